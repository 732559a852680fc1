import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { LoadPayload } from '@/data/payload-paths'
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
