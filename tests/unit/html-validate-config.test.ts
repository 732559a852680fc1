import { describe, expect, it } from 'vitest'
import { errorLines, htmlValidate } from '../html-validator'

/*
 * The configuration the page check (tests/e2e/html-validate.test.ts) uses flags what issue #15
 * found, and lets through only React's way of writing HTML.
 */

/** A whole page around `body`, as the prerender writes one; validated as if it were in dist/. */
async function errorsIn(body: string, title = 'A page · Ballerina Explorer') {
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>${title}</title>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>
`
  return errorLines(await htmlValidate.validateString(page, 'dist/page/index.html')).map((line) =>
    line.replace(/^\S+ /, ''),
  )
}

describe('the html-validate configuration', () => {
  it('flags a list in a span', async () => {
    expect(await errorsIn('<span><ul><li>One</li></ul></span>')).toEqual([
      'element-permitted-content <ul> element is not permitted as content under <span>',
    ])
  })

  it('flags a form without a submit button', async () => {
    const errors = await errorsIn(
      '<form method="get"><label for="q">Name</label><input id="q" type="search" name="q" /></form>',
    )
    expect(errors).toEqual(['wcag/h32 <form> element must have a submit button'])
  })

  it('flags a named list', async () => {
    const errors = await errorsIn('<ul aria-label="Credits"><li>One</li></ul>')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^aria-label-misuse /)
  })

  it('flags a duplicated class and a title over 70 characters', async () => {
    expect(await errorsIn('<p class="size-14 ring-1 size-14">Hi</p>')).toEqual([
      'no-dup-class Class "size-14" duplicated',
    ])
    expect(await errorsIn('<p>Hi</p>', 'x'.repeat(71))).toEqual([
      'long-title title text cannot be longer than 70 characters',
    ])
  })

  it('accepts how React writes HTML: self-closed, camelCase, empty values, useId ids', async () => {
    const react =
      '<form method="get" action="/films/x/cast"><label for="_R_e9hd_">Name</label>' +
      '<input id="_R_e9hd_" type="search" name="q" autoComplete="off" maxLength="100" value=""/>' +
      '<label><input type="radio" name="dept" value="" checked=""/> All</label>' +
      '<button type="submit">Apply</button></form><p hidden="">Later</p>'
    expect(await errorsIn(react)).toEqual([])
  })
})
