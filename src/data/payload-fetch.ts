/**
 * A `fetch` that answers payload URLs from memory, exactly as the build writes them to `api/`:
 * the prerenderer, the benchmarks and the route tests run the real loaders against it.
 */
export function payloadFetch(
  payloads: Map<string, unknown>,
  prefix: string,
  onRequest?: (path: string) => void,
): typeof fetch {
  return async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = decodeURIComponent(new URL(url, 'http://localhost').pathname).replace(prefix, '')
    onRequest?.(path)
    const payload = payloads.get(path)
    return payload == null
      ? new Response('{}', { status: 404 })
      : new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } })
  }
}
