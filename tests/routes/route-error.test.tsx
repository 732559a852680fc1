import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LoadError, type LoadPayload } from '@/data/payload-paths'
import { notFoundView, renderRoute } from './render-route'

/** A loader whose first `failures` reads fail as the browser's does when the connection drops. */
function flaky(failures: number) {
  let left = failures
  return (load: LoadPayload): LoadPayload =>
    async (path) => {
      if (left > 0) {
        left -= 1
        throw new LoadError('data', path)
      }
      return load(path)
    }
}

describe('a page whose data fails to load', () => {
  it('says what failed, keeps the shell, and loads the page on Retry', async () => {
    const { user } = renderRoute('/people/kim-ji-hoon', { wrapLoad: flaky(1) })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The data of this page could not be downloaded.')
    expect(screen.getByRole('banner')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Kim Ji-hoon' })).toBeVisible()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows not found, not an error, for a slug that cannot be a page', async () => {
    const { requested } = renderRoute('/people/..%2Fsources')
    expect(await notFoundView()).toBeVisible()
    // The view's suggestions may read the search index; nothing the address named is read.
    expect(requested.filter((path) => !path.startsWith('search/'))).toEqual([])
  })

  it('treats a case variant of a page as not found, as static hosts do', async () => {
    renderRoute('/films/ballerina-2023/CAST')
    expect(await notFoundView()).toBeVisible()
  })
})
