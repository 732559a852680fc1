/*
 * The in-page half of the navigation benchmark's floor: the least a page can take for the
 * film → person click when its first screen is ready before the click. The person page's first
 * screen, cut from its prerendered HTML with its later parts left empty (as the app's first frame
 * leaves them), waits in `main`: either hidden, to be styled and laid out after the click, or
 * already laid out over the film page, transparent. The click removes the film page, shows the
 * staged screen, and gives it the focus and scroll a page change needs; no app code runs.
 */

/** How the staged screen waits: hidden (`display: none`), or laid out and transparent. */
export type Staging = 'hidden' | 'laid out'

/**
 * Stages the swap (runs in the page through page.evaluate, so it names nothing outside itself).
 * The click's handler listens on `<html>` in the capture phase: after the probe's listener on the
 * document, and before React's on the app's root, which it keeps from navigating.
 */
export const stageSwap = ({
  html,
  laterPartsAttribute,
  staging,
}: {
  html: string
  laterPartsAttribute: string
  staging: Staging
}): void => {
  const next = new DOMParser().parseFromString(html, 'text/html').querySelector('main')
  const main = document.querySelector('main')
  const shown = main?.firstElementChild
  if (!next || !main || !shown) throw new Error('no <main> to swap')
  const staged = document.createElement('div')
  staged.append(...[...next.childNodes].map((node) => document.importNode(node, true)))
  for (const part of staged.querySelectorAll(`[${laterPartsAttribute}]`)) {
    part.replaceChildren()
    part.classList.add('min-h-dvh')
  }
  if (staging === 'hidden') staged.hidden = true
  else {
    // Where the film page's content sits, so showing it needs no layout of its own; it stays out
    // of flow after the swap.
    const box = shown.getBoundingClientRect()
    Object.assign(staged.style, {
      position: 'absolute',
      top: `${box.top + window.scrollY}px`,
      left: `${box.left + window.scrollX}px`,
      width: `${box.width}px`,
      opacity: '0',
      pointerEvents: 'none',
    })
  }
  main.append(staged)
  document.documentElement.addEventListener(
    'click',
    (event) => {
      event.preventDefault()
      event.stopPropagation()
      for (const child of [...main.childNodes]) if (child !== staged) child.remove()
      staged.hidden = false
      staged.style.opacity = ''
      staged.style.pointerEvents = ''
      staged.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
      window.scrollTo(0, 0)
    },
    { capture: true, once: true },
  )
}
