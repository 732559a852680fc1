import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { basePathFrom, siteUrlFrom } from './build/host.ts'
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts'
import { plainDynamicImports } from './scripts/vite-plugin-plain-imports.ts'

export default defineConfig({
  // BASE_PATH lets the site live under a sub-path of its host, e.g. `/explorer/`.
  base: basePathFrom(process.env.BASE_PATH),
  // SITE_URL's origin is for the links readers share; empty when the build does not know it.
  define: {
    'import.meta.env.VITE_SITE_ORIGIN': JSON.stringify(siteUrlFrom(process.env.SITE_URL) ?? ''),
  },
  plugins: [
    react(),
    tailwindcss(),
    datasetPlugin({ dir: process.env.DATA_DIR || 'data' }),
    plainDynamicImports(),
  ],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  build: {
    target: 'es2022',
    // The page loader preloads every module a first visit runs, and the prefetcher fetches a
    // link's page ahead of the click: Vite's own preload helper and dependency lists would only
    // add bytes to every page.
    modulePreload: false,
    // The prerenderer reads it for the modules each page runs (which the page loader loads) and
    // for the stylesheets and loader it inlines.
    manifest: true,
    rolldownOptions: {
      // The page loader is built on its own, with no imports, for the prerenderer to inline.
      input: { index: 'index.html', boot: 'src/boot.ts' },
      output: {
        codeSplitting: {
          groups: [
            // The stack every page needs, as one chunk: one request, and it compresses better
            // than the handful of pieces automatic splitting cuts it into.
            {
              name: 'stack',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack[\\/](react-query|query-core))[\\/]/,
            },
            // The app's own shared code (shell, primitives, data helpers, the page-module map and the
            // Share button most pages show) likewise.
            {
              name: 'app',
              test: /[\\/]src[\\/](components|lib[\\/][^\\/]+\.ts|data|config|routes[\\/]page-modules|features[\\/]share[\\/]share-button)[\\/.]?/,
            },
            // The cast view in one chunk: automatic splitting would cut the cards and the name
            // folding off on their own, for the parts loaded later, at a request each.
            {
              name: 'cast-view',
              test: /[\\/]src[\\/](features[\\/]cast[\\/](?!virtual-credit-grid|no-matching-credits|paging[\\/])|routes[\\/]pages[\\/]cast\.)/,
              // Not what the view imports: the search shares the name folding.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173 },
})
