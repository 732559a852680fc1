/*
 * The in-page half of the navigation benchmark: armed before an action, it notes when the action
 * began (the input event's own timestamp, or the call for history moves), when the page reached
 * the awaited state, and when the frame showing it was painted. Everything is read in the page,
 * so no round trip between Node and Chromium counts in a figure.
 */

export type ProbeTarget =
  | { kind: 'h1'; text: string }
  | { kind: 'palette' }
  | { kind: 'people-links-not'; count: number }
  | { kind: 'busy' }

export type ProbeSpec = {
  start: 'click' | 'keydown' | 'input' | 'back' | 'forward'
  until: ProbeTarget
}

/** Page times, ms since the page's time origin. */
export type ProbeTimes = { started: number; reached: number; painted: number }

type ProbeWindow = Window & { navigationProbe?: Promise<ProbeTimes> }

/**
 * Arms the probe (runs in the page through page.evaluate, in a page given the `__name`
 * stand-in that tsx's compiled inner functions call).
 */
export const armProbe = (spec: ProbeSpec): void => {
  let started = Number.NaN
  let finished = false
  const probeWindow = window as ProbeWindow
  probeWindow.navigationProbe = new Promise<ProbeTimes>((resolve) => {
    const state = {
      check: (): void => {
        if (finished || Number.isNaN(started)) return
        const until = spec.until
        const active = document.activeElement
        const reached =
          until.kind === 'h1'
            ? document.querySelector('main [data-page-layer="shown"] h1')?.textContent.trim() ===
              until.text
            : until.kind === 'palette'
              ? active instanceof HTMLInputElement &&
                active.getAttribute('role') === 'combobox' &&
                active.closest('dialog')?.open === true &&
                active.getClientRects().length > 0
              : until.kind === 'busy'
                ? document.querySelector('main[aria-busy="true"]') !== null
                : document.querySelectorAll('main [data-page-layer="shown"] a[href*="/people/"]')
                    .length !== until.count
        if (!reached) return
        finished = true
        observer.disconnect()
        const reachedAt = performance.now()
        // The rAF callback runs just before the frame is drawn; a message posted from it is
        // handled once that frame's rendering work is done, so this marks the frame as painted.
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () =>
            resolve({ started, reached: reachedAt, painted: performance.now() })
          channel.port2.postMessage(null)
        })
      },
    }
    const observer = new MutationObserver(() => state.check())
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
    document.addEventListener('focusin', () => state.check(), true)
    if (spec.start === 'back' || spec.start === 'forward') {
      started = performance.now()
      if (spec.start === 'back') history.back()
      else history.forward()
      return
    }
    document.addEventListener(
      spec.start,
      (event) => {
        started = event.timeStamp
        state.check()
      },
      { capture: true, once: true },
    )
  })
}

/** How long a probe waits for the awaited state before it fails the run. */
export const probeDeadlineMs = 10_000

/**
 * Waits (in the page) for the armed probe's times, or fails after `deadlineMs`: a state that
 * never comes (a bar that never shows, a page that never opens) must end the run, not hang it.
 */
export const readProbe = (deadlineMs: number): Promise<ProbeTimes> => {
  const probe = (window as ProbeWindow).navigationProbe
  if (!probe) throw new Error('no navigation probe armed')
  const deadline = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`the awaited state did not come within ${deadlineMs} ms`)),
      deadlineMs,
    ),
  )
  return Promise.race([probe, deadline])
}
