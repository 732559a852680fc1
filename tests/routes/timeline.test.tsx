import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

const heading = () => screen.findByRole('heading', { level: 1 }, { timeout: 5000 })
const eventTitles = () =>
  screen.getAllByRole('heading', { level: 3 }).map((node) => node.textContent ?? '')
const filterLink = (name: RegExp) =>
  within(screen.getByRole('navigation', { name: 'Show events of one kind' })).getByRole('link', {
    name,
  })

describe('the timeline', () => {
  it('shows every event in order, grouped, with the undated ones labelled honestly', async () => {
    renderRoute('/films/ballerina-2023/timeline')
    expect(await heading()).toHaveTextContent('Timeline')
    expect(document.title).toBe('Timeline of Ballerina · Ballerina Explorer')
    expect(eventTitles()).toEqual([
      'Netflix confirms the production',
      'Release date, teaser poster and teaser trailer',
      '28th Busan International Film Festival',
      'Release on Netflix',
      'Weekly Netflix chart results',
      'Making-of film released',
      'Lee Chung-hyun on the ideas behind Ballerina',
    ])
    const groups = screen.getAllByRole('heading', { level: 2 }).map((node) => node.textContent)
    expect(groups.slice(0, 2)).toEqual(['Before 6 October 2023Date unknown', 'October 2023'])
    const before = screen.getByRole('region', { name: /Before 6 October 2023/ })
    expect(before).toHaveTextContent('only known to come before 6 October 2023')
    expect(within(before).getAllByText('Exact date unknown: before 6 October 2023')).toHaveLength(3)
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 7 events.')
  })

  it('makes the festival premiere and the release stand out in words, not colour alone', async () => {
    renderRoute('/films/ballerina-2023/timeline')
    await heading()
    const festival = screen.getByRole('article', { name: '28th Busan International Film Festival' })
    expect(festival).toHaveTextContent('Festival premiere')
    const release = screen.getByRole('article', { name: 'Release on Netflix' })
    expect(within(release).getByText('Release')).toBeInTheDocument()
    expect(release.closest('li')).toHaveTextContent('6 October 2023Date stated in the articles')
  })

  it('gives each event its date basis, quotes and sources', async () => {
    renderRoute('/films/ballerina-2023/timeline')
    await heading()
    const chart = screen.getByRole('article', { name: 'Weekly Netflix chart results' })
    expect(chart.closest('li')).toHaveTextContent('Day worked out from the article’s own date')
    expect(chart).toHaveTextContent(/About the date: .*"on Tuesday"/)
    expect(within(chart).getAllByRole('link', { name: /^Sources: / }).length).toBeGreaterThan(0)

    const teaser = screen.getByRole('article', { name: /teaser trailer/ })
    const quote = within(teaser).getByText('“The one I wanted to protect”')
    expect(quote.tagName).toBe('BLOCKQUOTE')
    const figure = quote.closest('figure')!
    expect(figure).toHaveTextContent('Teaser poster caption')
    expect(
      within(figure).getByRole('link', { name: /^Sources: [\d, ]+\. K-drama blog/ }),
    ).toBeInTheDocument()
  })

  it('shows the chart rank disagreement on the chart event, with each value cited', async () => {
    renderRoute('/films/ballerina-2023/timeline')
    await heading()
    const chart = screen.getByRole('article', { name: 'Weekly Netflix chart results' })
    expect(within(chart).getByText('Sources differ')).toBeInTheDocument()
    for (const [rank, date] of [
      ['No. 3', '11 October 2023'],
      ['No. 1', '15 October 2023'],
    ] as const) {
      const claim = within(chart).getByText(rank).closest('li')!
      expect(
        within(claim).getByRole('link', { name: new RegExp(`^Sources: .*${date}$`) }),
      ).toBeInTheDocument()
    }
    expect(within(chart).getByRole('link', { name: /Why the ranks differ/ })).toHaveAttribute(
      'href',
      '/films/ballerina-2023#chart-performance',
    )
  })

  it('filters by kind from the URL and announces how many events it shows', async () => {
    renderRoute('/films/ballerina-2023/timeline?kind=festival')
    await heading()
    expect(eventTitles()).toEqual(['28th Busan International Film Festival'])
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 event of 7: Festival.')
    expect(filterLink(/^Festival/)).toHaveAttribute('aria-current', 'page')
    expect(filterLink(/^All kinds/)).not.toHaveAttribute('aria-current')
  })

  it('takes several kinds as a comma list or a repeated parameter', async () => {
    for (const url of [
      '/films/ballerina-2023/timeline?kind=festival,release',
      '/films/ballerina-2023/timeline?kind=release&kind=festival',
    ]) {
      const view = renderRoute(url)
      await heading()
      expect(eventTitles()).toEqual([
        '28th Busan International Film Festival',
        'Release on Netflix',
      ])
      expect(screen.getByRole('status')).toHaveTextContent('Showing 2 events of 7')
      expect(filterLink(/^Festival/)).toHaveAttribute('aria-current', 'page')
      expect(filterLink(/^Release/)).toHaveAttribute('aria-current', 'page')
      view.unmount()
    }
  })

  it('ignores unknown kinds and stray parameters, showing everything without error', async () => {
    renderRoute('/films/ballerina-2023/timeline?kind=bogus&x=%3Cscript%3Ealert(1)%3C/script%3E')
    await heading()
    expect(eventTitles()).toHaveLength(7)
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 7 events.')
    expect(filterLink(/^All kinds/)).toHaveAttribute('aria-current', 'page')
    expect(document.querySelector('main script')).toBeNull()
  })

  it('filters with plain links that keep back and forward working', async () => {
    const { user, router } = renderRoute('/films/ballerina-2023/timeline')
    await heading()
    expect(filterLink(/^Chart/)).toHaveAttribute(
      'href',
      '/films/ballerina-2023/timeline?kind=chart',
    )
    await user.click(filterLink(/^Chart/))
    // The status line is there before the click: wait for it to announce the new count.
    expect(await screen.findByText('Showing 1 event of 7: Chart.')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 event of 7: Chart.')
    expect(router.state.location.search).toBe('?kind=chart')
    await router.navigate(-1)
    expect(await screen.findByText('Showing all 7 events.')).toBeInTheDocument()
    await user.click(filterLink(/^Remarks/))
    expect(await screen.findByText('Showing 1 event of 7: Remarks.')).toBeInTheDocument()
    expect(eventTitles()).toEqual(['Lee Chung-hyun on the ideas behind Ballerina'])
    await user.click(filterLink(/^All kinds/))
    expect(await screen.findByText('Showing all 7 events.')).toBeInTheDocument()
    expect(eventTitles()).toHaveLength(7)
  })

  it('says so when a work has no dated events', async () => {
    renderRoute('/films/burning-2018/timeline?kind=festival')
    await heading()
    expect(screen.getByText(/The articles give no dated events for this work/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the work’s page' })).toHaveAttribute(
      'href',
      '/films/burning-2018',
    )
  })
})
