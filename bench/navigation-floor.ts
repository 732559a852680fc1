/*
 * The in-page half of the navigation benchmark's floor: the least any script can do for the
 * film → person click. The person page's first screen, cut from its prerendered HTML with its
 * later parts left empty (as the app's first frame leaves them), waits hidden in `main`; the
 * click removes the film page and shows it, with the focus and scroll a page change needs. What
 * remains is the browser's own work (input, style, layout, paint), which no app code goes below.
 */

/**
 * Stages the swap (runs in the page through page.evaluate, so it names nothing outside itself).
 * The click's handler listens on `<html>` in the capture phase: after the probe's listener on the
 * document, and before React's on the app's root, which it keeps from navigating.
 */
export const stageSwap = ({
  html,
  laterPartsAttribute,
}: {
  html: string
  laterPartsAttribute: string
}): void => {
  const next = new DOMParser().parseFromString(html, 'text/html').querySelector('main')
  const main = document.querySelector('main')
  if (!next || !main) throw new Error('no <main> to swap')
  const staged = document.createElement('div')
  staged.hidden = true
  staged.append(...[...next.childNodes].map((node) => document.importNode(node, true)))
  for (const part of staged.querySelectorAll(`[${laterPartsAttribute}]`)) {
    part.replaceChildren()
    part.classList.add('min-h-dvh')
  }
  main.append(staged)
  document.documentElement.addEventListener(
    'click',
    (event) => {
      event.preventDefault()
      event.stopPropagation()
      for (const child of [...main.childNodes]) if (child !== staged) child.remove()
      staged.hidden = false
      staged.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
      window.scrollTo(0, 0)
    },
    { capture: true, once: true },
  )
}
