import { assertValidDataset } from '../build/dataset/load.ts'
import { indexDataset } from '../build/dataset/selectors.ts'
import { pageMetaFor, pagesOf } from '../build/pages/page-kinds.ts'
import { headTags } from '../build/pages/head-tags.ts'
import { folderDigest } from '../build/prerender/page-cache.ts'
const dir = process.env.DATA_DIR!
let t = performance.now()
const lap = (label: string) => {
  const n = performance.now()
  console.log(label, (n - t).toFixed(0), 'ms')
  t = n
}
const dataset = assertValidDataset(dir)
lap('validate')
const index = indexDataset(dataset)
lap('index')
const pages = pagesOf(index)
lap(`pagesOf ${pages.length}`)
const metas = pages.map((p) => pageMetaFor(index, p.path))
lap('meta')
const host = { base: '/', siteUrl: undefined }
metas.forEach((m) => headTags(m, host, { withTitle: false }))
lap('headTags')
metas.forEach((m) => JSON.stringify(m))
lap('stringify meta')
folderDigest('build')
folderDigest('src')
folderDigest('node_modules/.cache/prerender-ssr')
lap('folder digests')
