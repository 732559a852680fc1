/** The shown page's wrapper: pages rendered ahead of a click or of Back sit beside it. */
export function shownPage(): ParentNode {
  return document.querySelector('[data-page-layer="shown"]') ?? document
}

/** The shown page's element with `id`, not one a page rendered ahead may also have. */
export function shownElementById(id: string): HTMLElement | null {
  return shownPage().querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`)
}
