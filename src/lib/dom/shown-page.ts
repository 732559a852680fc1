/** The shown page's wrapper: the page just left, kept, and a page rendered ahead sit beside it. */
export function shownPage(): ParentNode {
  return document.querySelector('[data-page-layer="shown"]') ?? document
}

/** The shown page's element with `id`, not one a page kept or rendered ahead may also have. */
export function shownElementById(id: string): HTMLElement | null {
  return shownPage().querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`)
}

/**
 * Moves focus to the page's heading, as a full page load starts a screen reader or the keyboard
 * at the top of the new content: the shown page's, unless another `page` is given.
 */
export function focusHeading(page: ParentNode = shownPage()) {
  page.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
}
