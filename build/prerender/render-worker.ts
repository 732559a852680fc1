import { parentPort, workerData } from 'node:worker_threads'
import {
  loadFromFiles,
  renderPageFile,
  type PageFrame,
  type PageJob,
  type Renderer,
} from './render-page.ts'

/*
 * A render worker (render-pool.ts starts them): it imports the server renderer once, then turns
 * each batch of pages it is sent into their documents, reading payloads from the built `api/`.
 */

export type WorkerSetup = { rendererUrl: string; apiDir: string; frame: PageFrame }
export type WorkerRequest = { jobs: PageJob[] }
export type WorkerReply = { pages: string[] } | { error: string }

const setup = workerData as WorkerSetup
const port = parentPort
if (!port) throw new Error('render-worker.ts runs as a worker thread')
const renderer = (await import(setup.rendererUrl)) as Renderer
const loadPayload = loadFromFiles(setup.apiDir)

port.on('message', (request: WorkerRequest) => {
  void renderBatch(request).then((reply) => port.postMessage(reply))
})
port.postMessage('ready')

async function renderBatch({ jobs }: WorkerRequest): Promise<WorkerReply> {
  try {
    const pages: string[] = []
    for (const job of jobs)
      pages.push(await renderPageFile(renderer, setup.frame, loadPayload, job))
    return { pages }
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}
