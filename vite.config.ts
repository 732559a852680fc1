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
  plugins: [react(), tailwindcss(), datasetPlugin({ dir: 'data' })],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  build: { target: 'es2022' },
  preview: { port: 4173 },
})
