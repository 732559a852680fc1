import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderRoute, withExtraCredits } from './render-route'

const castUrl = '/films/ballerina-2023/cast'

async function openCast(search = '') {
  const view = renderRoute(`${castUrl}${search}`)
  await screen.findByRole('heading', { level: 1, name: 'Cast and crew' }, { timeout: 4000 })
  return view
}

/** Router updates render in a transition: wait for the announced count to catch up. */
const expectCount = (text: string) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text), { timeout: 4000 })

/** The list of cards, in the region that holds the results. */
const creditList = () => within(screen.getByRole('region', { name: 'Credits' })).getByRole('list')

const cardNames = () =>
  within(creditList())
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent)

describe('cast and crew', () => {
  it('shows a card per credit with name, Hangul, role, billing and a source', async () => {
    await openCast()
    expect(screen.getByRole('status')).toHaveTextContent('9 of 9 credits')
    const cards = within(creditList()).getAllByRole('listitem')
    expect(cards).toHaveLength(9)

    const lead = cards[0]!
    expect(within(lead).getByRole('heading', { name: 'Jeon Jong-seo' })).toBeInTheDocument()
    expect(within(lead).getByText('전종서')).toHaveAttribute('lang', 'ko')
    expect(within(lead).getByText('Ok-ju')).toBeInTheDocument()
    expect(within(lead).getByText('Lead role')).toBeInTheDocument()
    expect(within(lead).getByRole('link', { name: /^Sources: / })).toBeInTheDocument()
    // One link to the person per card, named by the person alone.
    expect(within(lead).getByRole('link', { name: 'Jeon Jong-seo' })).toHaveAttribute(
      'href',
      '/people/jeon-jong-seo',
    )
  })

  it('says so honestly where the articles name no character', async () => {
    await openCast()
    for (const name of ['Shin Se-hwi', 'Kim Mu-yeol']) {
      const card = screen.getByRole('heading', { name }).closest('li')!
      expect(within(card).getByText('Character not named in the sources')).toBeInTheDocument()
      expect(within(card).getByText('Supporting role')).toBeInTheDocument()
    }
  })

  it('shows crew by job with a text billing label', async () => {
    await openCast()
    const gray = screen.getByRole('heading', { name: 'Gray' }).closest('li')!
    expect(within(gray).getByText('Music director')).toBeInTheDocument()
    expect(within(gray).getByText('Crew')).toBeInTheDocument()
  })

  it('filters by department from the URL', async () => {
    await openCast('?dept=crew')
    expect(cardNames()).toEqual(['Lee Chung-hyun', 'Lee Chung-hyun', 'Gray', 'Kim Min-hye'])
    expect(screen.getByRole('status')).toHaveTextContent('4 of 9 credits')
    expect(screen.getByRole('radio', { name: /Crew/ })).toBeChecked()
  })

  it.each([
    ['ok-joo', ['Jeon Jong-seo']],
    ['Ji Hun-Kim', ['Kim Ji-hoon']],
    ['Lee Choong Hyun', ['Lee Chung-hyun', 'Lee Chung-hyun']],
    ['Min-hee', ['Park Yu-rim']],
    ['최프로', ['Kim Ji-hoon']],
  ])('matches ?q=%s in any spelling', async (query, expected) => {
    await openCast(`?q=${encodeURIComponent(query)}`)
    expect(cardNames()).toEqual(expected)
    expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of 9 credits`)
    expect(screen.getByRole('searchbox', { name: 'Name or character' })).toHaveValue(query)
  })

  it('sorts by name', async () => {
    await openCast('?sort=name&dept=cast')
    expect(cardNames()).toEqual([
      'Jeon Jong-seo',
      'Kim Ji-hoon',
      'Kim Mu-yeol',
      'Park Yu-rim',
      'Shin Se-hwi',
    ])
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('name')
  })

  it('updates the URL while typing, and clears from the empty state', async () => {
    const { user, router } = await openCast()
    const box = screen.getByRole('searchbox', { name: 'Name or character' })
    await user.type(box, 'choong')
    expect(router.state.location.search).toBe('?q=choong')
    await expectCount('2 of 9 credits')
    expect(box).toHaveFocus()
    expect(cardNames()).toEqual(['Lee Chung-hyun', 'Lee Chung-hyun'])

    await user.click(screen.getByRole('radio', { name: /Cast/ }))
    expect(router.state.location.search).toBe('?dept=cast&q=choong')
    await expectCount('0 of 9 credits')
    // The empty state's code loads when it is first needed.
    expect(await screen.findByRole('heading', { name: 'No matching credits' })).toBeInTheDocument()
    expect(screen.getByText(/Nothing in the cast matches/)).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Search cast and crew for “choong”' }))
    expect(router.state.location.search).toBe('?q=choong')
    await expectCount('2 of 9 credits')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name')
    expect(router.state.location.search).toBe('?q=choong&sort=name')

    await user.click(screen.getByRole('link', { name: 'Clear filters' }))
    expect(router.state.location.search).toBe('')
    await expectCount('9 of 9 credits')
    expect(box).toHaveValue('')
  })

  it('restores the search box on back and forward', async () => {
    const { user, router } = await openCast()
    const box = screen.getByRole('searchbox', { name: 'Name or character' })
    await user.type(box, 'gray')
    expect(router.state.location.search).toBe('?q=gray')
    await expectCount('1 of 9 credits')
    await router.navigate(-1)
    expect(router.state.location.search).toBe('')
    await expectCount('9 of 9 credits')
    expect(box).toHaveValue('')
    await router.navigate(1)
    expect(router.state.location.search).toBe('?q=gray')
    await expectCount('1 of 9 credits')
    expect(box).toHaveValue('gray')
  })

  it('has a submit button for the GET form, which adds no history entry once applied', async () => {
    const { user, router } = await openCast('?dept=crew')
    const form = screen.getByRole('search', { name: 'Filter the cast and crew' })
    expect(form).toHaveAttribute('method', 'get')
    expect(form).toHaveAttribute('action', castUrl)
    const apply = within(form).getByRole('button', { name: 'Apply' })
    expect(apply).toHaveAttribute('type', 'submit')
    const before = router.state.location.key
    await user.click(apply)
    expect(router.state.location.key).toBe(before)
    expect(router.state.location.search).toBe('?dept=crew')
    expect(screen.getByRole('status')).toHaveTextContent('4 of 9 credits')
  })

  it('offers a way out of an empty result', async () => {
    const { user } = await openCast('?q=zzzz-nobody')
    expect(screen.getByRole('status')).toHaveTextContent('0 of 9 credits')
    expect(await screen.findByText(/Try part of a name/)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Clear all filters' }))
    await expectCount('9 of 9 credits')
  })

  it.each([
    ['bad dept and sort', '?dept=bogus&sort=%E0%A4%A', 9],
    ['empty and unknown', '?sort=sideways&dept=&x=1', 9],
    ['a 10,000-character q', `?q=${'a'.repeat(10_000)}`, 0],
    ['markup in q', '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 0],
  ])('ignores unknown or malformed parameters: %s', async (_label, search, count) => {
    await openCast(search)
    expect(screen.getByRole('status')).toHaveTextContent(`${count} of 9 credits`)
    expect(document.querySelector('script')).toBeNull()
  })

  it('marks the card a link’s fragment names', async () => {
    await openCast('#jeon-jong-seo')
    const card = document.getElementById('jeon-jong-seo')
    expect(card).toHaveTextContent('Jeon Jong-seo')
    await waitFor(() => expect(card).toHaveAttribute('data-targeted'))
  })

  it('opens the page as usual when its fragment is not valid percent-encoding', async () => {
    history.scrollRestoration = 'auto'
    await openCast('#%E0%A4%A')
    // Set once the app has taken over scrolling, after it has looked for the fragment's target.
    await waitFor(() => expect(history.scrollRestoration).toBe('manual'))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Cast and crew' })).toBeVisible()
    expect(document.querySelector('[data-targeted]')).toBeNull()
  })

  it('opens the person page from a card', async () => {
    const { user } = await openCast()
    await user.click(screen.getByRole('link', { name: 'Kim Ji-hoon' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kim Ji-hoon' }, { timeout: 4000 }),
    ).toBeInTheDocument()
  })
})

describe('cast and crew of a very large work', () => {
  /** The real dataset plus many invented extras on the film, as the scale benchmark has. */
  const bigCast = () => withExtraCredits('ballerina-2023', 600)
  const laterPages = (requested: string[]) =>
    requested.filter((path) => path.startsWith('works/ballerina-2023/credits/'))

  // happy-dom lays nothing out: give each windowed row the height a browser would.
  beforeEach(() => {
    // Each test opens the page at the top, as a link does; happy-dom keeps one window throughout.
    window.scrollTo(0, 0)
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.hasAttribute('data-index') ? 200 : 0
    })
    // …and a document as tall as those rows make it, so the window can scroll to any of them.
    vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
      return this === document.documentElement ? 200 * 700 : 0
    })
    // happy-dom moves the window without a scroll event; a browser fires one at the next frame.
    const scrollTo = window.scrollTo.bind(window) as (...args: unknown[]) => void
    vi.spyOn(window, 'scrollTo').mockImplementation((...args: unknown[]) => {
      scrollTo(...args)
      requestAnimationFrame(() => window.dispatchEvent(new Event('scroll')))
    })
  })
  afterEach(() => vi.restoreAllMocks())

  it('lists the first page, and the next one on request', { timeout: 30_000 }, async () => {
    const { user, requested, router } = renderRoute(castUrl, { dataset: bigCast() })
    await screen.findByRole('heading', { level: 1, name: 'Cast and crew' }, { timeout: 4000 })
    await expectCount('100 of 609 credits')
    expect(within(creditList()).getAllByRole('listitem')).toHaveLength(100)
    expect(laterPages(requested)).toEqual([])

    await user.click(await screen.findByRole('button', { name: 'Show more credits' }))
    await expectCount('200 of 609 credits')
    expect(laterPages(requested)).toEqual(['works/ballerina-2023/credits/1.json'])
    // The department counts cover every credit, not just the ones listed.
    const castCredits = bigCast().credits.filter(
      (credit) => credit.work === 'ballerina-2023' && credit.department === 'cast',
    )
    expect(screen.getByRole('radio', { name: /^Cast/ }).parentElement).toHaveTextContent(
      `Cast${castCredits.length}`,
    )

    // Back from another page finds the list as long as it was, from the cache.
    await router.navigate('/people/jeon-jong-seo')
    await screen.findByRole('heading', { level: 1, name: 'Jeon Jong-seo' }, { timeout: 4000 })
    await router.navigate(-1)
    await expectCount('200 of 609 credits')
    expect(laterPages(requested)).toEqual(['works/ballerina-2023/credits/1.json'])
  })

  it('moves focus to the first card the button brought', { timeout: 30_000 }, async () => {
    // Few enough for the plain list, which happy-dom renders whole.
    const { user } = renderRoute(castUrl, { dataset: withExtraCredits('ballerina-2023', 120) })
    await expectCount('100 of 129 credits')
    await user.click(await screen.findByRole('button', { name: 'Show more credits' }))
    await expectCount('129 of 129 credits')
    const cards = within(creditList()).getAllByRole('listitem')
    await waitFor(() => expect(within(cards[100]!).getAllByRole('link')[0]).toHaveFocus())
    expect(screen.queryByRole('button', { name: 'Show more credits' })).not.toBeInTheDocument()
  })

  it('loads the next page as the end of the list comes near', { timeout: 30_000 }, async () => {
    // The end of the list stays in view here, as on a tall screen: page after page follows.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly report: IntersectionObserverCallback) {}
        observe(target: Element) {
          const entry = { isIntersecting: true, target } as IntersectionObserverEntry
          queueMicrotask(() => this.report([entry], this as unknown as IntersectionObserver))
        }
        disconnect() {}
      },
    )
    const { requested } = renderRoute(castUrl, { dataset: bigCast() })
    await expectCount('609 of 609 credits')
    expect(laterPages(requested)).toEqual(
      [1, 2, 3, 4, 5, 6].map((page) => `works/ballerina-2023/credits/${page}.json`),
    )
    vi.unstubAllGlobals()
  })

  it('filters every credit, loading the pages not yet listed', { timeout: 30_000 }, async () => {
    const { user, requested } = renderRoute(castUrl, { dataset: bigCast() })
    await expectCount('100 of 609 credits')
    await user.type(screen.getByRole('searchbox', { name: 'Name or character' }), '599')
    await expectCount('1 of 609 credits')
    expect(screen.getByRole('link', { name: 'Extra Person 599' })).toBeInTheDocument()
    expect(laterPages(requested)).toHaveLength(6)
  })

  it('lands on a card deep in the list that a fragment names', { timeout: 30_000 }, async () => {
    renderRoute(`${castUrl}#extra-590`, { dataset: bigCast() })
    await expectCount('609 of 609 credits')
    await waitFor(
      () => expect(document.getElementById('extra-590')).toHaveAttribute('data-targeted'),
      { timeout: 8000 },
    )
    expect(document.getElementById('extra-590')).toHaveTextContent('Extra Person 590')
    await expectCount('609 of 609 credits')
  })

  it('fetches no later page for a card the first page lists', { timeout: 30_000 }, async () => {
    const { requested } = renderRoute(`${castUrl}#extra-10`, { dataset: bigCast() })
    await waitFor(() =>
      expect(document.getElementById('extra-10')).toHaveAttribute('data-targeted'),
    )
    await expectCount('100 of 609 credits')
    expect(laterPages(requested)).toEqual([])
  })

  it('says when a page of credits failed, and Retry loads it', { timeout: 30_000 }, async () => {
    let failing = true
    const { user } = renderRoute(castUrl, {
      dataset: bigCast(),
      wrapLoad: (load) => (path) =>
        failing && path.includes('/credits/') ? Promise.reject(new Error('offline')) : load(path),
    })
    await expectCount('100 of 609 credits')
    await user.click(await screen.findByRole('button', { name: 'Show more credits' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The rest of the credits could not load',
    )
    // The button the reader pressed is the one that offers Retry: the focus stays on it.
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveFocus()
    failing = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await expectCount('200 of 609 credits')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
