import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { startWorker } from '../worker-thread.ts'
import type { PageJob } from './render-page.ts'
import type { WorkerReply, WorkerRequest, WorkerSetup } from './render-worker.ts'

/*
 * Renders pages on worker threads, one per core: rendering is CPU-bound and each page is
 * independent, so the cores share the pages. Workers pull small batches, so a slow page (a
 * catalogue-sized cast) holds up only its own batch, and hand each page back as it is done for
 * the main thread to write.
 */

/** Pages a worker renders between messages: enough to amortise a message, few enough to share. */
const batchSize = 8

function workerCount(pages: number): number {
  const fromEnv = Number(process.env.PRERENDER_WORKERS)
  const cores = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism()
  return Math.max(1, Math.min(cores, Math.ceil(pages / batchSize)))
}

/**
 * Renders every job across the workers; `done` gets each job back with its page's document as it
 * arrives. Resolves to the number of workers it started.
 */
export async function renderInWorkers<Job extends PageJob>(
  setup: WorkerSetup,
  jobs: Job[],
  done: (job: Job, html: string) => void,
): Promise<number> {
  if (jobs.length === 0) return 0
  let next = 0
  let failed = false
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let batch: Job[] = []
      let finished = false
      const fail = (error: unknown) => {
        failed = true
        reject(error instanceof Error ? error : new Error(String(error)))
      }
      const send = () => {
        batch = jobs.slice(next, next + batchSize)
        next += batch.length
        if (batch.length === 0 || failed) {
          finished = true
          return resolve()
        }
        const request: WorkerRequest = { jobs: batch }
        worker.postMessage(request)
      }
      worker.on('message', (message: WorkerReply | 'ready') => {
        if (message === 'ready') return send()
        if ('error' in message) return fail(new Error(message.error))
        try {
          message.pages.forEach((html, i) => {
            const job = batch[i]
            if (job) done(job, html)
          })
        } catch (error) {
          return fail(error)
        }
        send()
      })
      worker.on('error', fail)
      // A worker that ends before its last batch, even with code 0, would leave its pages unwritten.
      worker.on('exit', (code) => {
        if (!finished) fail(new Error(`A render worker exited early, with code ${code}`))
      })
    })
  const workers = Array.from({ length: workerCount(jobs.length) }, () =>
    startWorker(new URL('./render-worker.ts', import.meta.url), setup),
  )
  try {
    await Promise.all(workers.map(run))
    return workers.length
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
