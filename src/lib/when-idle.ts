/** Runs `callback` once the browser is idle, or shortly, where it cannot tell (Safari). */
export function whenIdle(callback: () => void): void {
  if (window.requestIdleCallback) window.requestIdleCallback(callback)
  else setTimeout(callback, 200)
}
