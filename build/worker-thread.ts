import { Worker } from 'node:worker_threads'

/*
 * Worker threads for the build's CPU-bound steps (rendering pages, computing the search shards),
 * which then run on the machine's other cores while the main thread goes on.
 */

/**
 * Starts a worker thread running the TypeScript module at `entry`: workers do not inherit tsx's
 * loader from the parent, so the worker registers it before importing the module.
 */
export function startWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api')
  const code =
    `import(${JSON.stringify(tsx)})` +
    `.then((api) => { api.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(code, { eval: true, workerData })
}
