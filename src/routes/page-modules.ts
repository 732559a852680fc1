import type { ComponentType } from 'react'
import { LoadError } from '@/data/payload-paths'

/*
 * The page modules, each its own chunk: a first visit downloads the shell and the one page it
 * shows, and a link's page can be fetched ahead of the click.
 */
const pageModules = import.meta.glob<{ Component: ComponentType }>('./pages/*.tsx')

/**
 * Each page module's load, kept: an import() of a module already loaded still settles a task
 * later, which would hold up every navigation to the page. A failed load is forgotten, so the
 * next asks again.
 */
const loads: Record<string, Promise<{ Component: ComponentType }>> = {}

/** Loads a page module by its name in the route table (`film` for ./pages/film.tsx). */
export function loadPageModule(module: string) {
  const load = pageModules[`./pages/${module}.tsx`]
  if (!load) throw new Error(`src/routes/pages/${module}.tsx does not exist`)
  return (loads[module] ??= load().catch(() => {
    delete loads[module]
    throw new LoadError('code', `the ${module} page`)
  }))
}
