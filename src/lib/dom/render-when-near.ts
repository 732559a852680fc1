import { shownPage } from './shown-page'

/*
 * Sections laid out only when near (the render-when-near utility) stand in with an estimated
 * height until then, so a scroll target below them would land elsewhere: the ones above it are
 * laid out for real first.
 */

/** Lays out the shown page's sections before `target` and the one holding it. */
export function layOutUpTo(target: Element) {
  for (const section of shownPage().querySelectorAll<HTMLElement>('.render-when-near')) {
    const before = section.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING
    if (before || section.contains(target)) section.style.contentVisibility = 'visible'
  }
}

/** Lays out the shown page's sections that start above the bottom of a screen scrolled to `top`. */
export function layOutAbove(top: number) {
  for (const section of shownPage().querySelectorAll<HTMLElement>('.render-when-near')) {
    // Each section laid out moves the ones after it, so each is measured after the last.
    if (section.getBoundingClientRect().top + window.scrollY > top + window.innerHeight) break
    section.style.contentVisibility = 'visible'
  }
}
