import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { laterPartsShown, renderRoute, withExtraCredits } from './render-route'

/** The page's h1, once the whole page is there. */
async function heading() {
  const h1 = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })
  await laterPartsShown()
  return h1
}

/** One h1, and no heading level skipped on the way down. */
function expectHeadingsInOrder() {
  const levels = screen.getAllByRole('heading').map((node) => Number(node.tagName.slice(1)))
  expect(levels.filter((level) => level === 1)).toHaveLength(1)
  levels.forEach((level, index) => expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1))
}

const region = (name: string | RegExp) => screen.getByRole('region', { name })

describe('the film page', () => {
  it('gives the title in English and Korean, with the page title and one h1', async () => {
    renderRoute('/films/ballerina-2023')
    expect(await heading()).toHaveTextContent('Ballerina')
    const korean = screen.getByText('발레리나')
    expect(korean).toHaveAttribute('lang', 'ko')
    expect(document.title).toBe('Ballerina · Ballerina Explorer')
    expectHeadingsInOrder()
  })

  it('shows the featured film at the root', async () => {
    renderRoute('/')
    expect(await heading()).toHaveTextContent('Ballerina')
    expect(screen.getByRole('region', { name: 'Chart performance' })).toBeInTheDocument()
  })

  it('cites every fact at a glance and links the key credits to their people', async () => {
    renderRoute('/films/ballerina-2023')
    await heading()
    const glance = region('At a glance')
    for (const [job, name, slug] of [
      ['Director', 'Lee Chung-hyun', 'lee-chung-hyun'],
      ['Writer', 'Lee Chung-hyun', 'lee-chung-hyun'],
      ['Music director', 'Gray', 'gray'],
      ['Artistic director', 'Kim Min-hye', 'kim-min-hye'],
    ] as const) {
      const row = within(glance).getByText(job).parentElement!
      expect(within(row).getByRole('link', { name })).toHaveAttribute('href', `/people/${slug}`)
      expect(within(row).getByRole('link', { name: /^Sources: / })).toBeInTheDocument()
    }
    for (const term of ['Year', 'Kind', 'Platform']) {
      const row = within(glance).getByText(term).parentElement!
      expect(within(row).getByRole('link', { name: /^Sources: / })).toBeInTheDocument()
    }
    expect(within(glance).getByText('Netflix')).toBeInTheDocument()
    // The list follows its (visually hidden) heading; lists themselves are left unnamed.
    const genres = screen.getByRole('heading', { name: 'Genre' }).nextElementSibling as HTMLElement
    expect(genres).toHaveRole('list')
    expect(within(genres).getAllByRole('listitem')).toHaveLength(3)
    for (const item of within(genres).getAllByRole('listitem')) {
      expect(within(item).getByRole('link', { name: /^Sources: / })).toBeInTheDocument()
    }
  })

  it('draws each rating with its value, scale, average, date and source', async () => {
    renderRoute('/films/ballerina-2023')
    await heading()
    const ratings = region('Ratings')
    const tomatoes = within(ratings).getByRole('heading', { name: 'Rotten Tomatoes' })
      .parentElement!.parentElement!
    expect(tomatoes).toHaveTextContent('100%')
    expect(tomatoes).toHaveTextContent('out of 100%')
    expect(tomatoes).toHaveTextContent('Average score7.1out of 10')
    expect(tomatoes).toHaveTextContent('As of 11 October 2023')
    expect(
      within(tomatoes).getByRole('link', {
        name: /^Sources: [\d, ]+\. Sayart\.net.*, 11 October 2023$/,
      }),
    ).toBeInTheDocument()
    const imdb = within(ratings).getByRole('heading', { name: 'IMDb' }).parentElement!
      .parentElement!
    expect(imdb).toHaveTextContent('6.3out of 10')
    expect(imdb).not.toHaveTextContent('Average score')
  })

  it('says the sources differ on the chart rank, each value with its own source', async () => {
    renderRoute('/films/ballerina-2023')
    await heading()
    const chart = region('Chart performance')
    expect(within(chart).getByText('Sources differ')).toBeInTheDocument()
    const third = within(chart).getByText('No. 3').closest('li')!
    expect(
      within(third).getByRole('link', {
        name: /^Sources: [\d, ]+\. Sayart\.net.*, 11 October 2023$/,
      }),
    ).toBeInTheDocument()
    const first = within(chart).getByText('No. 1').closest('li')!
    expect(
      within(first).getByRole('link', {
        name: /^Sources: [\d, ]+\. Sayart\.net.*, 15 October 2023$/,
      }),
    ).toBeInTheDocument()
    expect(chart).toHaveTextContent('62countries with the film in their top 10')
    for (const country of ['France', 'Germany', 'Italy', 'Japan']) {
      expect(within(chart).getByText(country)).toBeInTheDocument()
    }
  })

  it('previews the cast and the timeline, linking to the full views', async () => {
    renderRoute('/films/ballerina-2023')
    await heading()
    const cast = region('Cast')
    const people = within(cast).getAllByRole('listitem')
    expect(people.length).toBeGreaterThan(0)
    expect(people.length).toBeLessThanOrEqual(6)
    expect(people[0]).toHaveTextContent('Jeon Jong-seo')
    expect(people[0]).toHaveTextContent('as Ok-ju')
    expect(within(cast).getByRole('link', { name: 'Jeon Jong-seo' })).toHaveAttribute(
      'href',
      '/people/jeon-jong-seo',
    )
    expect(within(cast).getByRole('link', { name: /All cast and crew/ })).toHaveAttribute(
      'href',
      '/films/ballerina-2023/cast',
    )

    const timeline = region('Premiere and release')
    const events = within(timeline).getAllByRole('listitem')
    expect(events.map((event) => event.textContent)).toEqual([
      expect.stringContaining('Festival premiere'),
      expect.stringContaining('Release'),
    ])
    expect(events[1]).toHaveTextContent('6 October 2023')
    expect(within(timeline).getByRole('link', { name: /Full timeline/ })).toHaveAttribute(
      'href',
      '/films/ballerina-2023/timeline',
    )
  })

  it('flags a doubtful claim as the article’s, not as fact', async () => {
    renderRoute('/films/ballerina-2023')
    await heading()
    const said = region('What the articles say')
    const bargain = within(said)
      .getByText(/Said to be based on "Bargain"/)
      .closest('li')!
    expect(bargain).toHaveTextContent('An article claims:')
    expect(bargain).toHaveTextContent(/Doubtful: .*No other article mentions an adaptation/)
  })

  it('ends with the list of the sources it cites', async () => {
    renderRoute('/films/ballerina-2023')
    await heading()
    const sources = region('Sources')
    expect(within(sources).getAllByRole('listitem')).toHaveLength(6)
  })

  it('follows a key credit to the person page and comes back with history', async () => {
    const { user, router } = renderRoute('/films/ballerina-2023')
    await heading()
    await user.click(within(region('At a glance')).getByRole('link', { name: 'Gray' }))
    const gray = await screen.findByRole('heading', { level: 1, name: 'Gray' }, { timeout: 5000 })
    await waitFor(() => expect(gray).toHaveFocus())
    await router.navigate(-1)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ballerina' }, { timeout: 5000 }),
    ).toBeInTheDocument()
  })
})

describe('a lighter work page', () => {
  it('shows the work, what the articles say of it and who of our people is credited', async () => {
    renderRoute('/films/the-call-2020')
    expect(await heading()).toHaveTextContent('The Call')
    expect(document.title).toBe('The Call · Ballerina Explorer')
    const glance = region('At a glance')
    expect(within(glance).getByText('2020')).toBeInTheDocument()
    expect(within(glance).getByText('Film')).toBeInTheDocument()
    const credits = region('Ballerina’s people in this work')
    const jeon = within(credits).getByRole('link', { name: 'Jeon Jong-seo' }).closest('li')!
    expect(jeon).toHaveTextContent('as Young-Sook')
    const lee = within(credits).getByRole('link', { name: 'Lee Chung-hyun' }).closest('li')!
    expect(lee).toHaveTextContent('Director')
    const said = region('What the articles say')
    expect(said).toHaveTextContent(/Doubtful: The sentence in .* is garbled/)
    const awards = region('Awards and nominations')
    expect(awards).toHaveTextContent('Best New Director')
    expect(screen.queryByRole('region', { name: 'Ratings' })).not.toBeInTheDocument()
    expectHeadingsInOrder()
  })

  it('shows a doubted year flagged, and a work of unstated kind as such', async () => {
    renderRoute('/films/lisa-and-the-blood-moon-2017')
    await heading()
    expect(region('At a glance')).toHaveTextContent(
      /2017.*Doubtful: Editors' note, not from the articles: Mona Lisa and the Blood Moon, the film meant here, is a 2021 film/,
    )
    const view = renderRoute('/films/bargain')
    expect(
      await screen.findAllByRole('heading', { level: 1, name: 'Bargain' }, { timeout: 5000 }),
    ).toHaveLength(1)
    await laterPartsShown()
    const glance = within(view.container).getByRole('region', { name: 'At a glance' })
    expect(glance).toHaveTextContent('Kind not stated')
    const awards = within(view.container).getByRole('region', { name: 'Awards and nominations' })
    expect(awards).toHaveTextContent('Cannes International Series Festival')
    expect(awards).toHaveTextContent('Award not named')
  })
})

describe('a work with a catalogue-sized cast', () => {
  it('lists the first credits and links to all of them on the cast page', async () => {
    renderRoute('/films/the-call-2020', { dataset: withExtraCredits('the-call-2020', 40) })
    expect(await heading()).toHaveTextContent('The Call')
    const section = screen.getByRole('region', { name: 'Ballerina’s people in this work' })
    expect(within(section).getAllByRole('listitem')).toHaveLength(24)
    const all = within(section).getByRole('link', { name: 'All 42 credits' })
    expect(all).toHaveAttribute('href', '/films/the-call-2020/cast')
  })

  it('names the key crew and counts every credit when they fill several pages', async () => {
    const { requested } = renderRoute('/films/ballerina-2023', {
      dataset: withExtraCredits('ballerina-2023', 600),
    })
    await heading()
    // The extras are billed before the crew, which the payload's first page leaves out.
    const director = within(region('At a glance')).getByText('Director').parentElement!
    expect(within(director).getByRole('link', { name: 'Lee Chung-hyun' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All cast and crew (609)' })).toBeInTheDocument()
    expect(requested).toEqual(['works/ballerina-2023.json'])
  })
})
