/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** SITE_URL's origin at build time, or empty: see vite.config.ts. */
  readonly VITE_SITE_ORIGIN: string
}
