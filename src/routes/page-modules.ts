import type { ComponentType } from 'react'
import { LoadError } from '@/data/payload-paths'

/*
 * The page modules, each its own chunk: a first visit downloads the shell and the one page it
 * shows, and a link's page can be fetched ahead of the click.
 */
const pageModules = import.meta.glob<{ Component: ComponentType }>('./pages/*.tsx')

/** Loads a page module by its name in the route table (`film` for ./pages/film.tsx). */
export function loadPageModule(module: string) {
  const load = pageModules[`./pages/${module}.tsx`]
  if (!load) throw new Error(`src/routes/pages/${module}.tsx does not exist`)
  return load().catch(() => {
    throw new LoadError('code', `the ${module} page`)
  })
}
