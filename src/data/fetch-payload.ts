import { LoadError, NotFoundError, payloadPaths } from './payload-paths.ts'

function payloadUrl(path: string): string {
  return `${import.meta.env.BASE_URL}api/${path}`
}

/** The browser's way to load a payload: from `api/` beside the pages. */
export async function fetchPayload(path: string): Promise<unknown> {
  const response = await fetch(payloadUrl(path)).catch(() => {
    throw new LoadError('data', path)
  })
  if (response.status === 404) throw new NotFoundError(path)
  if (!response.ok) throw new LoadError('data', path, response.status)
  return response.json()
}

export const datasetDownloadUrl = () => payloadUrl(payloadPaths.dataset)
