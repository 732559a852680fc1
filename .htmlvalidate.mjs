import { defineConfig } from 'html-validate'

/*
 * html-validate, for every prerendered page (tests/e2e/html-validate.test.ts) and for
 * `npx html-validate dist`. The standard and a11y presets, and the recommended one, which has
 * every rule of both plus authoring checks such as duplicated classes (no-dup-class) and titles
 * over 70 characters (long-title).
 *
 * Off or relaxed: only rules that judge how the HTML is written out, not what it says. React
 * (and Prettier, for the shell in index.html) writes valid HTML in a style of its own, and a
 * component cannot choose another.
 */
export default defineConfig({
  root: true,
  extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:recommended'],
  rules: {
    // React, like Prettier, self-closes void elements: <meta />, <input />.
    'void-style': 'off',
    // React writes some attribute names in camelCase (autoComplete, maxLength, dateTime,
    // spellCheck, enterKeyHint); HTML attribute names are case-insensitive.
    'attr-case': 'off',
    // React writes boolean and empty attributes with an empty value: checked="", hidden="".
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // useId's ids (_R_e9hd_) start with an underscore, which the strict pattern refuses. Relaxed,
    // the rule still checks what HTML requires of an id (not empty, no whitespace), and no-dup-id
    // that each is unique.
    'valid-id': ['error', { relaxed: true }],
    // <!doctype html>, as Prettier writes index.html (the rule's default wants it uppercase).
    'doctype-style': ['error', { style: 'lowercase' }],
  },
})
