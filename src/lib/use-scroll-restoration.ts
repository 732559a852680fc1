import { useEffect, useLayoutEffect } from 'react'
import { useLocation, useNavigationType } from 'react-router'

/**
 * Sections laid out only when near (the render-when-near utility) stand in with an estimated
 * height until then: the ones up to the target are laid out for real, or it would land elsewhere.
 */
function layOutUpTo(target: Element) {
  for (const section of document.querySelectorAll<HTMLElement>('.render-when-near')) {
    const before = section.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING
    if (before || section.contains(target)) section.style.contentVisibility = 'visible'
  }
}

/** Where each history entry was scrolled to, by the router's location key. */
const positions = new Map<string, number>()

/**
 * Back and Forward return to where the reader was; a new page starts at the top, or at the
 * element its fragment names (`#jeon-jong-seo`), which is marked as the one linked to. React Router's own ScrollRestoration does the
 * same with more options, at a cost on every first visit this app does not need.
 */
export function useScrollRestoration() {
  const { key, hash } = useLocation()
  const navigationType = useNavigationType()

  useEffect(() => {
    history.scrollRestoration = 'manual'
    let frame = 0
    const remember = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => positions.set(key, window.scrollY))
    }
    window.addEventListener('scroll', remember, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', remember)
    }
  }, [key])

  useLayoutEffect(() => {
    if (navigationType === 'POP' && positions.has(key)) {
      window.scrollTo(0, positions.get(key) ?? 0)
      return
    }
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null
    document.querySelector('[data-targeted]')?.removeAttribute('data-targeted')
    if (target) {
      target.setAttribute('data-targeted', '')
      layOutUpTo(target)
      target.scrollIntoView()
    } else if (navigationType !== 'POP') window.scrollTo(0, 0)
  }, [key, hash, navigationType])
}
