import { stripBase } from '@/lib/canonical-path'
import { copyLink, outcomeText, publicPageUrl } from './share-link'

/*
 * Turns a click on any "Copy link" of the page (components/ui/copy-link.tsx) into copying the
 * item's public address, with the page's filters, and says so, visibly and to screen readers.
 */

const copiedForMs = 2500

function announcer(): HTMLElement {
  const region = document.createElement('div')
  region.setAttribute('aria-live', 'polite')
  region.className = 'sr-only'
  document.body.append(region)
  return region
}

export function listenForCopyLinks() {
  const region = announcer()
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-copy-link]') : null
    if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    const { pathname, search } = window.location
    const path = stripBase(pathname, import.meta.env.BASE_URL) ?? '/'
    void copyLink(publicPageUrl(`${path}${search}${link.hash}`)).then((outcome) => {
      // Emptied first, so copying twice is announced twice.
      region.textContent = ''
      setTimeout(() => (region.textContent = outcomeText[outcome]), 50)
      if (outcome !== 'copied') return
      link.dataset.copied = ''
      setTimeout(() => delete link.dataset.copied, copiedForMs)
    })
  })
}
