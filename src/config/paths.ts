/** Every URL of the app, built in one place. Paths are relative to the router's basename. */
export const paths = {
  home: () => '/',
  film: (slug: string) => `/films/${slug}`,
  cast: (slug: string) => `/films/${slug}/cast`,
  timeline: (slug: string) => `/films/${slug}/timeline`,
  person: (slug: string) => `/people/${slug}`,
  sources: () => '/sources',
  source: (id: string) => `/sources/${id}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
}
