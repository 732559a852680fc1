import type { Plugin } from 'vite'

const helperId = '\0vite/preload-helper.js'

/**
 * Vite wraps every dynamic import in a helper that preloads the imported chunk's dependencies
 * and stylesheets. With `modulePreload: false` the dependency lists are empty and the app's one
 * stylesheet is the entry's, so the helper only calls the import, yet every page downloads it.
 * This plugin puts a helper that just calls the import in its place, and fails the build if any
 * chunk but the entry ever brings a stylesheet of its own: the real helper would load those of
 * lazily loaded chunks, and telling them from the statically imported ones is not worth it here.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    resolveId(id) {
      return id === helperId ? helperId : null
    },
    load(id) {
      return id === helperId ? 'export const __vitePreload = (load) => load()' : null
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file.isEntry) continue
        const styles = file.viteMetadata?.importedCss
        if (styles && styles.size > 0) {
          this.error(
            `${file.fileName} imports ${[...styles].join(', ')}: plainDynamicImports would not ` +
              'load it; drop the plugin from vite.config.ts or import the CSS from the entry.',
          )
        }
      }
    },
  }
}
