import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SourceListPayload } from '@/data/payload-types'
import { notFoundView, renderRoute } from './render-route'

const heading = () => screen.findByRole('heading', { level: 1 }, { timeout: 5000 })

describe('the sources page', () => {
  it('lists each article with publication, title, byline, date and summary', async () => {
    renderRoute('/sources')
    expect(await heading()).toHaveTextContent('Sources')
    expect(document.title).toBe('Sources · Ballerina Explorer')
    const articles = screen.getByRole('region', { name: 'The articles' })
    expect(within(articles).getAllByRole('article')).toHaveLength(5)

    const sayart = within(articles).getByRole('article', {
      name: '“Netflix\'s "Ballerina" Achieves International Success Following Release”',
    })
    expect(sayart).toHaveTextContent('Sayart.net·by Joy·11 October 2023, 19:02')
    expect(within(sayart).getByText('11 October 2023, 19:02')).toHaveAttribute(
      'datetime',
      '2023-10-11T19:02',
    )
    expect(sayart).toHaveTextContent(/Reports the film's first-week performance/)

    const jtbc = within(articles).getByRole('article', { name: /To Unleash Ruthless Revenge/ })
    expect(jtbc).toHaveTextContent('Unnamed site, citing jTBC News')
    expect(jtbc).toHaveTextContent('Undated')
    expect(jtbc).toHaveTextContent(/written before the release/)
  })

  it('says how many more pages a source supports than the list names', async () => {
    renderRoute('/sources', {
      // A source cited on more pages than the list names, as in a large catalogue.
      wrapLoad: (load) => async (path) => {
        const payload = await load(path)
        if (path !== 'sources.json') return payload
        const list = payload as SourceListPayload
        const [first, ...rest] = list.sources
        return { ...list, sources: [{ ...first!, pageCount: first!.pages.length + 7 }, ...rest] }
      },
    })
    await heading()
    const articles = screen.getByRole('region', { name: 'The articles' })
    const [first, second] = within(articles).getAllByRole('article')
    expect(first).toHaveTextContent('And 7 more pages.')
    expect(second).not.toHaveTextContent(/more pages?\./)
  })

  it('shows what each article supports, linked to where it appears', async () => {
    renderRoute('/sources')
    await heading()
    const sayart = screen.getByRole('article', { name: /Achieves International Success/ })
    const pages = within(sayart).getByText(/on these pages:$/).nextElementSibling as HTMLElement
    expect(pages).toHaveRole('list')
    expect(within(pages).getByRole('link', { name: /^Ballerina \d+ facts$/ })).toHaveAttribute(
      'href',
      '/films/ballerina-2023',
    )
    expect(within(pages).getByRole('link', { name: /^Kim Min-hye 1 fact$/ })).toHaveAttribute(
      'href',
      '/people/kim-min-hye',
    )
    expect(within(sayart).getByRole('link', { name: /^Every fact it supports/ })).toHaveAttribute(
      'href',
      '/sources/sayart-2023-10-11',
    )
  })

  it('reads the list of sources, not every fact each one supports', async () => {
    const { requested } = renderRoute('/sources')
    await heading()
    expect(requested).toEqual(['sources.json'])
  })

  it('offers the whole dataset as a JSON download', async () => {
    renderRoute('/sources')
    await heading()
    const download = screen.getByRole('link', { name: /Download the dataset/ })
    expect(download.getAttribute('href')).toMatch(/\/api\/ballerina-dataset\.json$/)
    expect(download).toHaveAttribute('download')
  })

  it('lists where the sources disagree, with each value and its source', async () => {
    renderRoute('/sources')
    await heading()
    const section = screen.getByRole('region', { name: 'Where the sources disagree' })
    const ballerina = within(section).getByRole('region', { name: 'On Ballerina' })
    const rank = within(ballerina).getByText('Sources differ').closest('li')!
    expect(rank).toHaveTextContent(/rank/)
    expect(
      within(within(rank).getByText('No. 3').closest('li')!).getByRole('link', {
        name: /11 October 2023$/,
      }),
    ).toBeInTheDocument()
    expect(
      within(within(rank).getByText('No. 1').closest('li')!).getByRole('link', {
        name: /15 October 2023$/,
      }),
    ).toBeInTheDocument()

    const park = within(section).getByRole('region', { name: 'On Park Yu-rim' })
    expect(park).toHaveTextContent(/An article says: Park Yu-rim won Academy Awards/)
    expect(park).toHaveTextContent(/Doubtful: That category honours a film/)
    expect(within(park).getByRole('link', { name: 'Park Yu-rim' })).toHaveAttribute(
      'href',
      '/people/park-yu-rim',
    )
  })

  it('explains the editorial source', async () => {
    renderRoute('/sources')
    await heading()
    const editorial = screen.getByRole('region', { name: 'The editorial source' })
    expect(editorial).toHaveTextContent(/Hangul spellings/)
    expect(within(editorial).getByRole('article', { name: 'Editorial additions' })).toBeVisible()
  })

  it('keeps headings in order', async () => {
    renderRoute('/sources')
    await heading()
    const levels = screen.getAllByRole('heading').map((node) => Number(node.tagName.slice(1)))
    expect(levels.filter((level) => level === 1)).toHaveLength(1)
    levels.forEach((level, index) =>
      expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1),
    )
  })
})

describe('a source’s own page', () => {
  it('lists every fact it supports under the page where it appears', async () => {
    renderRoute('/sources/kdrama-blog-preview')
    expect(await heading()).toHaveTextContent(
      "“Netflix's 'Ballerina': A Stunning Blend of Action and Emotion”",
    )
    // Its own title alone (with the site's name it would pass 70 characters), quotes made curly.
    expect(document.title).toBe('Netflix’s ‘Ballerina’: A Stunning Blend of Action and Emotion')
    const supports = screen.getByRole('region', { name: 'What it supports' })
    const ballerina = within(supports).getByRole('region', { name: 'Ballerina' })
    expect(within(ballerina).getByRole('link', { name: 'Ballerina' })).toHaveAttribute(
      'href',
      '/films/ballerina-2023',
    )
    expect(ballerina).toHaveTextContent('Timeline: 28th Busan International Film Festival')
    expect(ballerina).toHaveTextContent('Credit: Jeon Jong-seo as Ok-ju')
    expect(screen.getByRole('link', { name: /Download the dataset/ })).toBeInTheDocument()
  })

  it('reads that source’s payload only', async () => {
    const { requested } = renderRoute('/sources/kdrama-blog-preview')
    await heading()
    expect(requested).toEqual(['sources/kdrama-blog-preview.json'])
  })

  it('shows where the article differs or is doubted', async () => {
    renderRoute('/sources/sayart-2023-10-15')
    await heading()
    const disputed = screen.getByRole('region', { name: 'Where it differs or is doubted' })
    expect(within(disputed).getByText('Sources differ')).toBeInTheDocument()
    expect(within(disputed).getByText('No. 1')).toBeInTheDocument()
    // Markers carry the numbers the sources page gives the articles, not a numbering of their own.
    expect(
      within(disputed).getByRole('link', { name: /^Sources: 5\. Sayart\.net \(15 Oct\)/ }),
    ).toBeInTheDocument()
    expect(
      within(disputed).getByRole('link', { name: /^Sources: 1\. Sayart\.net \(11 Oct\)/ }),
    ).toBeInTheDocument()
    // Each marker leads to its entry in the page's own list of the sources it cites.
    const cited = screen.getByRole('region', { name: 'Sources' })
    const marker = within(disputed).getByRole('link', { name: /^Sources: 1\. / })
    const entry = cited.querySelector(marker.getAttribute('href') ?? '')
    expect(entry).toHaveTextContent(/^\[1\]\s*Sayart\.net \(11 Oct\)/)
  })

  it('shows not found, not an error, for an unknown source id', async () => {
    const { requested } = renderRoute('/sources/no-such-source')
    expect(await notFoundView()).toBeVisible()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(requested).toEqual(['sources/no-such-source.json'])
  })

  it('reads no payload for an id that cannot be a source', async () => {
    const { requested } = renderRoute('/sources/..%2Fsources')
    expect(await heading()).toHaveTextContent('Page not found')
    // The view's suggestions may read the search index; nothing the address named is read.
    expect(requested.filter((path) => !path.startsWith('search/'))).toEqual([])
  })

  it('follows a supported fact to its page', async () => {
    const { user } = renderRoute('/sources/sayart-2023-10-11')
    await heading()
    const supports = screen.getByRole('region', { name: 'What it supports' })
    await user.click(within(supports).getByRole('link', { name: 'Kim Min-hye' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kim Min-hye' }, { timeout: 5000 }),
    ).toBeInTheDocument()
  })

  it('explains the editorial source on its page', async () => {
    renderRoute('/sources/editorial')
    expect(await heading()).toHaveTextContent('Editorial additions')
    expect(screen.getByText(/Not an article: additions by the editors/)).toBeInTheDocument()
  })
})
