import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

const heading = () => screen.findByRole('heading', { level: 1 })
const manifest = 'search/index.json'
const searchReads = (requested: string[]) => requested.filter((path) => path.startsWith('search'))
/** The results' live region once the index has loaded (it says "Loading" before). */
const statusSays = (text: string | RegExp) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text))

describe('/search', () => {
  it('shows a GET form and loads no index until there is a query', async () => {
    const { requested } = renderRoute('/search')
    expect(await heading()).toHaveTextContent('Search')
    const form = screen.getByRole('search')
    expect(form).toHaveAttribute('method', 'get')
    expect(form).toHaveAttribute('action', '/search')
    expect(within(form).getByRole('searchbox')).toHaveAttribute('name', 'q')
    expect(searchReads(requested)).toEqual([])
  })

  it('groups results by kind, links each to its page and says why it matched', async () => {
    const { requested } = renderRoute('/search?q=jeon')
    await statusSays(/results? for “jeon”/)
    // "jeon" and its sound key "jon" both start in the shard of "j"; too short for typos.
    expect(searchReads(requested)).toEqual([manifest, 'search/p/j.json'])
    const people = screen.getByRole('region', { name: /People/ })
    expect(within(people).getByRole('link', { name: 'Jeon Jong-seo' })).toHaveAttribute(
      'href',
      '/people/jeon-jong-seo',
    )
    expect(within(people).getByText('Start of the name')).toBeInTheDocument()
  })

  it('finds a character under another spelling and links to the actor', async () => {
    renderRoute('/search?q=ok-joo')
    await statusSays('1 result for “ok-joo”')
    const characters = screen.getByRole('region', { name: /Characters/ })
    expect(within(characters).getByRole('link', { name: 'Ok-ju' })).toHaveAttribute(
      'href',
      '/people/jeon-jong-seo',
    )
    expect(within(characters).getByText('Also written Ok-joo')).toBeInTheDocument()
    expect(
      within(characters).getByText('Jeon Jong-seo plays Ok-ju in Ballerina'),
    ).toBeInTheDocument()
  })

  it('links works to their page and events to the timeline', async () => {
    renderRoute('/search?q=ballerina')
    const works = await screen.findByRole('region', { name: /Films and series/ })
    expect(within(works).getByRole('link', { name: 'Ballerina' })).toHaveAttribute(
      'href',
      '/films/ballerina-2023',
    )
    const events = screen.getByRole('region', { name: /Timeline events/ })
    expect(
      within(events).getByRole('link', { name: 'Lee Chung-hyun on the ideas behind Ballerina' }),
    ).toHaveAttribute('href', '/films/ballerina-2023/timeline')
  })

  it('searches Hangul initials as they are typed', async () => {
    const { user } = renderRoute('/search')
    await heading()
    await user.type(screen.getByRole('searchbox'), 'ㅈㅈㅅ')
    const people = await screen.findByRole('region', { name: /People/ })
    expect(within(people).getByRole('link', { name: 'Jeon Jong-seo' })).toBeInTheDocument()
    expect(within(people).getByText('Hangul initials ㅈㅈㅅ (전종서)')).toBeInTheDocument()
  })

  it('puts the query in the address when the form is submitted', async () => {
    const { user, router } = renderRoute('/search')
    await heading()
    await user.type(screen.getByRole('searchbox'), 'choi pro{Enter}')
    await waitFor(() => expect(router.state.location.search).toBe('?q=choi+pro'))
    expect(await screen.findByRole('link', { name: 'Choi Pro' })).toBeInTheDocument()
  })

  it('says clearly when nothing matches, with suggestions', async () => {
    renderRoute('/search?q=keanu')
    await statusSays('No results for “keanu”.')
    expect(screen.getByRole('link', { name: 'cast and crew' })).toBeInTheDocument()
  })

  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['regex characters', '.*+?^${}()|[]\\'],
    ['10,000 characters', 'a'.repeat(10_000)],
  ])('renders %s as text, without error', async (_, query) => {
    renderRoute(`/search?q=${encodeURIComponent(query)}`)
    await statusSays('No results')
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByRole('searchbox')).toHaveValue(query)
  })

  it('takes a lone surrogate, typed or in the address, without error', async () => {
    renderRoute('/search?q=%ED%A0%80')
    await statusSays('No results')
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'ok\uD800' } })
    // The lone surrogate folds away: what is left, “ok”, finds Ok-ju.
    await statusSays('1 result for “ok\uD800”')
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '\uDC00전종서' } })
    expect(await screen.findByRole('link', { name: 'Jeon Jong-seo' })).toBeInTheDocument()
  })
})

describe('not-found suggestions', () => {
  it('offers Jeon Jong-seo for /people/jeon-jongseo', async () => {
    const { requested } = renderRoute('/people/jeon-jongseo')
    expect(await heading()).toHaveTextContent('Page not found')
    const suggestions = await screen.findByRole('region', { name: 'Did you mean' })
    expect(within(suggestions).getByRole('link', { name: 'Jeon Jong-seo' })).toHaveAttribute(
      'href',
      '/people/jeon-jong-seo',
    )
    expect(requested).toContain(manifest)
    // The manifest and shards, never a whole index.
    expect(
      searchReads(requested).every((path) => path === manifest || /^search\/[pt]\//.test(path)),
    ).toBe(true)
  })

  it('offers the film for a mistyped work slug', async () => {
    renderRoute('/films/balerina/cast')
    const suggestions = await screen.findByRole('region', { name: 'Did you mean' })
    expect(within(suggestions).getAllByRole('link')[0]).toHaveAccessibleName('Ballerina')
  })

  it('offers nothing, and says nothing, when no name is close', async () => {
    renderRoute('/people/nobody-at-all')
    expect(await heading()).toHaveTextContent('Page not found')
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    expect(screen.queryByRole('region', { name: 'Did you mean' })).toBeNull()
  })
})

describe('/search when the names cannot load', () => {
  it('keeps the page and the box, says what failed, and searches on Retry', async () => {
    let failures = 1
    const { user } = renderRoute('/search?q=jeon', {
      wrapLoad: (load) => async (path) => {
        if (path.startsWith('search/p/') && failures-- > 0) throw new TypeError('Failed to fetch')
        return load(path)
      },
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Search could not load')
    expect(screen.getByRole('searchbox')).toBeVisible()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await statusSays(/results? for “jeon”/)
  })
})
