import { preloadMetaName } from './app-state'
import './styles.css'

/*
 * The page's entry. A prerendered page is complete HTML with its CSS inlined, so the browser can
 * paint it at once; the app (React, the router, the page's code) starts loading only once the
 * page has loaded and painted, so on a slow phone downloading and running it never holds the
 * paint back.
 * The prerenderer lists the page's own route chunk in <meta name="app-preload">, to fetch it
 * alongside the app instead of after it.
 */

function start() {
  const urls = document.querySelector<HTMLMetaElement>(`meta[name="${preloadMetaName}"]`)?.content
  for (const href of urls?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    document.head.append(link)
  }
  void import('./main')
}

// After the page has loaded (its HTML parsed and painted), wait one more frame: the frame
// callback runs just before a paint, the timeout just after it. A page opened in a background
// tab paints nothing until shown, so it starts straight away.
const afterNextPaint = () => requestAnimationFrame(() => setTimeout(start, 0))
if (document.visibilityState === 'hidden') start()
else if (document.readyState === 'complete') afterNextPaint()
else window.addEventListener('load', afterNextPaint, { once: true })
