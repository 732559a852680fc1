import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  notFoundModuleFile,
  notFoundRouteId,
  pageKinds,
  pageModuleFile,
  type PageKindName,
} from '../../src/config/page-kinds.ts'
import { NotFoundError, type LoadPayload } from '../../src/data/payload-paths.ts'
import type * as RendererModule from '../../src/entry-server.tsx'
import { withBase } from '../host.ts'
import { modulesMeta, type Manifest } from './assets.ts'
import { pageDocument } from './page-template.ts'
import { assertRenderedTitle, splitHoisted, stateScript } from './rendered-page.ts'

/*
 * Rendering one page into its HTML file's text, the same in the main thread and in the render
 * workers (render-worker.ts), so where a page is rendered never changes what it says.
 */

export type Renderer = typeof RendererModule

/** What every page shares, computed once by the main thread and handed to each worker. */
export type PageFrame = {
  base: string
  manifest: Manifest
  /** The CSP <meta>, the inlined stylesheets and the inline loader. */
  shared: { policy: string; styles: string; loader: string }
}

/** A page to render: its path, its head tags and title (from its meta), the payloads it reads. */
export type PageJob = { path: string; head: string; title: string; payloads: string[] }

/**
 * The manifest keys of the page modules of the routes a page matched; the not-found view's too,
 * which the app loads before rendering a page that needs it.
 */
export function pageModuleKeys(routeIds: string[]): string[] {
  return routeIds.flatMap((id) => {
    if (id === notFoundRouteId) return [notFoundModuleFile]
    return id in pageKinds ? [pageModuleFile(pageKinds[id as PageKindName].module)] : []
  })
}

/**
 * Answers the renderer's payload reads from the files the client build wrote into `api/`, the
 * very bytes the browser will fetch.
 */
export function loadFromFiles(apiDir: string): LoadPayload {
  return async (file) => {
    let text: string
    try {
      text = await readFile(path.join(apiDir, file), 'utf8')
    } catch {
      throw new NotFoundError(file)
    }
    const payload: unknown = JSON.parse(text)
    if (payload == null) throw new NotFoundError(file)
    return payload
  }
}

/** Answers the renderer's payload reads from memory, exactly as the build writes them to api/. */
export function loadFrom(payloads: Map<string, unknown>): LoadPayload {
  return async (file) => {
    const payload = payloads.get(file)
    if (payload == null) throw new NotFoundError(file)
    return payload
  }
}

/** Renders a page and composes its document; throws when the page is not what its meta says. */
export async function renderPageFile(
  renderer: Renderer,
  frame: PageFrame,
  loadPayload: LoadPayload,
  job: PageJob,
): Promise<string> {
  const read = new Set<string>()
  const load: LoadPayload = (file) => {
    read.add(file)
    return loadPayload(file)
  }
  // The router matches full paths under its basename: /explorer/people/x, not /people/x.
  const rendered = await renderer.renderPage(withBase(frame.base, job.path), load)
  if (rendered.status !== 200)
    throw new Error(`${job.path} rendered with status ${rendered.status}`)
  // The page cache keys a page by the payloads its kind declares: reading another would go stale.
  const undeclared = [...read].filter((file) => !job.payloads.includes(file))
  if (undeclared.length > 0) {
    throw new Error(`${job.path} read ${undeclared.join(', ')}, which its page kind does not name`)
  }
  const { head, body } = splitHoisted(rendered.html)
  assertRenderedTitle(head, job.title, job.path)
  return pageDocument(frame.base, {
    ...frame.shared,
    head: job.head + head,
    modules: modulesMeta(pageModuleKeys(rendered.routeIds), frame.manifest, frame.base),
    root: body,
    afterRoot: stateScript(rendered.state),
  })
}
