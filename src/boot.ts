/*
 * The loader of a prerendered page. scripts/prerender.ts inlines the built file into every page
 * (the CSP allows it by its hash), so it costs no request of its own; it imports nothing for the
 * same reason.
 *
 * A prerendered page is complete HTML with its CSS inlined: the browser can paint it at once.
 * The app (React, the router, the page's code) starts loading only after that first paint, so
 * on a slow phone neither its download nor its start-up holds the paint back. The prerenderer
 * lists every module the page runs in <meta name="app-modules">, dependencies first and the app's
 * entry last: all are fetched at once, then run one at a time with a pause between, so that
 * compiling and running them is a few short tasks instead of one long one that input would wait
 * behind.
 */

export const modulesMetaName = 'app-modules'

/** How long to wait for a first paint the browser never reports, before starting anyway. */
const paintTimeoutMs = 3000

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

let started = false

async function startApp() {
  if (started) return
  started = true
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${modulesMetaName}"]`)
  const modules = meta?.content.split(' ').filter(Boolean) ?? []
  for (const href of modules) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    document.head.append(link)
  }
  for (const href of modules) {
    await import(/* @vite-ignore */ href)
    await nextTask()
  }
}

function startAfterFirstPaint() {
  // Nothing to wait for: a page in a background tab paints nothing until shown, and the 404
  // shell's content is drawn by the app itself.
  const hasContent = document.getElementById('root')?.hasChildNodes() ?? false
  if (document.visibilityState === 'hidden' || !hasContent) return void startApp()

  // The first contentful paint, as the browser reports it once the frame is on screen; then one
  // more task, so the app's work begins after the paint rather than inside its frame.
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      setTimeout(() => void startApp(), 0)
    })
    observer.observe({ type: 'paint', buffered: true })
  } else {
    // No paint timing: after the page has loaded, one frame callback (just before a paint) and
    // a timeout (just after it).
    const afterNextFrame = () => requestAnimationFrame(() => setTimeout(() => void startApp(), 0))
    if (document.readyState === 'complete') afterNextFrame()
    else window.addEventListener('load', afterNextFrame, { once: true })
  }
  setTimeout(() => void startApp(), paintTimeoutMs)
}

// The prerenderer imports this module for the names above; only a browser starts anything.
if (typeof document !== 'undefined') startAfterFirstPaint()
