import { createHash } from 'node:crypto'
import path from 'node:path'
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer'
import { modulesMetaName } from '../../src/boot.ts'
import { escapeAttribute } from '../pages/head-tags.ts'

/*
 * What a page needs of the client build, read from Vite's manifest: the modules it runs, the
 * page loader inlined as a script and the stylesheets inlined as styles, each with the hash the
 * CSP must allow.
 */

type ManifestChunk = { file: string; imports?: string[]; css?: string[] }
export type Manifest = Record<string, ManifestChunk>

/** The manifest keys of the app's entry (the page) and of the loader src/boot.ts. */
export const appEntryKey = 'index.html'
export const loaderKey = 'src/boot.ts'

export function manifestChunk(manifest: Manifest, key: string): ManifestChunk {
  const chunk = manifest[key]
  if (!chunk) throw new Error(`The Vite manifest has no ${key} entry`)
  return chunk
}

/**
 * The files of these chunks and of everything they import statically, each once, in an order
 * that runs each after what it imports.
 */
export function chunkClosure(keys: string[], manifest: Manifest): string[] {
  const visited = new Set<string>()
  const files: string[] = []
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || visited.has(key)) return
    visited.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
    files.push(chunk.file)
  }
  for (const key of keys) visit(key)
  return files
}

/**
 * What src/boot.ts reads: every module the page runs (the stack, the app, the code of the page
 * modules it shows) in the order to run them, the app's entry last.
 */
export function modulesMeta(moduleKeys: string[], manifest: Manifest, base: string): string {
  manifestChunk(manifest, appEntryKey)
  const urls = chunkClosure([...moduleKeys, appEntryKey], manifest).map((file) => `${base}${file}`)
  return `<meta name="${modulesMetaName}" content="${escapeAttribute(urls.join(' '))}">`
}

/** `sha256-…` as a CSP source for an inline `<style>` or `<script>` with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The built loader as an inline script: the page then requests no code at all before its first
 * paint. Returns the element and the hash the CSP must allow.
 */
export async function inlineLoader(loaderCode: string): Promise<{ tag: string; hash: string }> {
  const code = loaderCode.replace(/\n\/\/# sourceMappingURL=.*$/, '').trim()
  if (/<\/script/i.test(code)) throw new Error('The loader contains "</script": cannot inline it')
  // Its dynamic import() of the app is the point; a static import would be a request before
  // the first paint, and a relative one would not even resolve from an inline script.
  await initModuleLexer
  const [imports] = parseModule(code)
  if (imports.some((entry) => entry.type !== 'dynamic')) {
    throw new Error('The loader imports a module: it must be self-contained to be inlined')
  }
  return { tag: `<script type="module">${code}</script>`, hash: cspHash(code) }
}

/**
 * A stylesheet of the build (`assets/…css`) as an inline style, so the first paint waits for no
 * second request. Relative `url()`s are rebased, as the CSS no longer sits in assets/.
 */
export function inlineStylesheet(
  file: string,
  css: string,
  base: string,
): { tag: string; hash: string } {
  const rebased = css
    .replace(
      /url\((['"]?)(?!data:|[a-z]+:|\/|#)(?:\.\/)?/gi,
      `url($1${base}${path.posix.dirname(file)}/`,
    )
    .trim()
  if (/<\/style/i.test(rebased)) throw new Error(`${file} contains "</style": cannot inline it`)
  return { tag: `<style>${rebased}</style>`, hash: cspHash(rebased) }
}

/** Fills the CSP of the `_headers` file with the inline styles' and scripts' hashes. */
export function completeHeadersFile(
  text: string,
  hashes: { styles: string[]; scripts: string[] },
): { text: string; contentSecurityPolicy: string } {
  const completed = text
    .replaceAll('STYLE_HASHES', hashes.styles.join(' '))
    .replaceAll('SCRIPT_HASHES', hashes.scripts.join(' '))
  const policy = completed.match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1]?.trim()
  if (!policy) throw new Error('_headers has no Content-Security-Policy')
  return { text: completed, contentSecurityPolicy: policy }
}

/**
 * The CSP as a `<meta>` for hosts that cannot send headers (GitHub Pages). Browsers ignore
 * frame-ancestors (and report-uri, sandbox) in a meta policy, so they are left out of it.
 */
export function metaPolicy(policy: string): string {
  const kept = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^(frame-ancestors|report-uri|sandbox)\b/.test(directive))
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(kept.join('; '))}">`
}
