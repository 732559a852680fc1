import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Link, RouterProvider, useFetcher } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { NavigationPendingContext } from '@/components/layout/navigation-pending'
import type { LoadPayload } from '@/data/payload-paths'
import { withPendingDelay } from '@/routes/pending-delay'
import { renderRoute } from './render-route'

/** Every value `main`'s aria-busy changed to from now on, in order. */
function watchMainBusy() {
  const mainBusy = () => document.querySelector('main')?.getAttribute('aria-busy') ?? null
  const seen: (string | null)[] = []
  let last = mainBusy()
  // Later parts mark themselves busy too: only main's changes count.
  const observer = new MutationObserver(() => {
    const busy = mainBusy()
    if (busy !== last) seen.push(busy)
    last = busy
  })
  observer.observe(document.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  })
  return { seen, stop: () => observer.disconnect() }
}

/** A loader that holds back people's payloads until `release()` is called. */
function heldPeople() {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const wrap =
    (load: LoadPayload): LoadPayload =>
    async (path) => {
      if (path.startsWith('people/')) await released
      return load(path)
    }
  return { wrap, release: () => release() }
}

let stopWatching = () => {}
afterEach(() => stopWatching())

describe('a navigation that waits', () => {
  it('marks the page busy only once the wait has lasted, and clears it when the page opens', async () => {
    const held = heldPeople()
    const { user } = renderRoute('/films/ballerina-2023', { wrapLoad: held.wrap })
    await screen.findByRole('heading', { level: 1, name: 'Ballerina' })
    const busy = watchMainBusy()
    stopWatching = busy.stop
    await user.click((await screen.findAllByRole('link', { name: 'Park Yu-rim' }))[0]!)
    expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy')
    await expect.poll(() => screen.getByRole('main').getAttribute('aria-busy')).toBe('true')
    held.release()
    expect(await screen.findByRole('heading', { level: 1, name: 'Park Yu-rim' })).toBeVisible()
    expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy')
    expect(busy.seen).toEqual(['true', null])
  })

  it('never marks the page busy when the next page’s data is already at hand', async () => {
    const { user } = renderRoute('/films/ballerina-2023')
    await screen.findByRole('heading', { level: 1, name: 'Ballerina' })
    await user.click((await screen.findAllByRole('link', { name: 'Park Yu-rim' }))[0]!)
    await screen.findByRole('heading', { level: 1, name: 'Park Yu-rim' })
    // Both pages' code and data are now cached: the way back finds them at hand.
    const busy = watchMainBusy()
    stopWatching = busy.stop
    const main = screen.getByRole('navigation', { name: 'Main' })
    await user.click(within(main).getByRole('link', { name: 'Film' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Ballerina' })).toBeVisible()
    expect(busy.seen).toEqual([])
  })
})

describe('the router the page hears', () => {
  it('still brings a fetcher’s data that arrives while a navigation waits', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    function Home() {
      const fetcher = useFetcher<string>()
      return (
        <>
          <h1>Home</h1>
          <button type="button" onClick={() => void fetcher.load('/data')}>
            Fetch
          </button>
          <p>{fetcher.data ?? 'nothing yet'}</p>
          <Link to="/slow">Slow page</Link>
        </>
      )
    }
    const router = createMemoryRouter([
      { path: '/', Component: Home },
      { path: '/data', loader: () => 'fetched' },
      {
        path: '/slow',
        loader: async () => {
          await held
          return null
        },
        Component: () => <h1>Slow</h1>,
      },
    ])
    const navigation = withPendingDelay(router)
    const user = userEvent.setup()
    render(
      <NavigationPendingContext value={navigation.pending}>
        <RouterProvider router={navigation.router} />
      </NavigationPendingContext>,
    )
    await user.click(screen.getByRole('link', { name: 'Slow page' }))
    await user.click(screen.getByRole('button', { name: 'Fetch' }))
    expect(await screen.findByText('fetched')).toBeVisible()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Home')
    release()
    expect(await screen.findByRole('heading', { level: 1, name: 'Slow' })).toBeVisible()
  })
})
