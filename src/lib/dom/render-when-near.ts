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

/**
 * Lays out the sections of `page` that start above the bottom of a screen scrolled to `top`: of
 * the shown page, or of the page just left, rendered ahead for Back where it sits higher (at the
 * top of the document), which lays out a little more than Back needs.
 */
export function layOutAbove(top: number, page: ParentNode = shownPage()) {
  for (const section of page.querySelectorAll<HTMLElement>('.render-when-near')) {
    // Each section laid out moves the ones after it, so each is measured after the last.
    if (section.getBoundingClientRect().top + window.scrollY > top + window.innerHeight) break
    section.style.contentVisibility = 'visible'
  }
}
