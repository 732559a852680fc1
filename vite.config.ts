import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts'

/** BASE_PATH lets the site live under a sub-path of its host, e.g. `/explorer/`. */
function basePath(): string {
  const value = process.env.BASE_PATH?.trim() || '/'
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
}

export default defineConfig({
  base: basePath(),
  plugins: [react(), tailwindcss(), datasetPlugin({ dir: process.env.DATA_DIR || 'data' })],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  // The manifest tells the prerenderer which chunk each route needs, to preload it.
  build: {
    target: 'es2022',
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
            // The app's own shared code (shell, primitives, data helpers) likewise.
            {
              name: 'app',
              test: /[\\/]src[\\/](components|lib[\\/][^\\/]+\.ts|data|config)[\\/]?/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173 },
})
