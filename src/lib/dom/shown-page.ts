/** The shown page's wrapper: a page rendered ahead of a click sits beside it in `<main>`. */
export function shownPage(): ParentNode {
  return document.querySelector('[data-page-layer="shown"]') ?? document
}

/** The shown page's element with `id`, not the one a page rendered ahead may also have. */
export function shownElementById(id: string): HTMLElement | null {
  return shownPage().querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`)
}
