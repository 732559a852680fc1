import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { laterPartsShown, notFoundView, renderRoute } from './render-route'

async function openPerson(url: string, name: string) {
  const view = renderRoute(url)
  await screen.findByRole('heading', { level: 1, name }, { timeout: 4000 })
  await laterPartsShown()
  return view
}

const section = (name: string) => screen.getByRole('region', { name })

const expectCount = (text: string) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text), { timeout: 4000 })

describe('person page', () => {
  it('shows the name, the Hangul, what they are known as and where that comes from', async () => {
    await openPerson('/people/jeon-jong-seo', 'Jeon Jong-seo')
    expect(document.title).toContain('Jeon Jong-seo')
    expect(screen.getByText('전종서')).toHaveAttribute('lang', 'ko')
    expect(screen.getByText('South Korean actress')).toBeInTheDocument()
    // The note on the differing wording shows beside the value.
    expect(screen.getByText(/says "South Korean actor"/)).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
  })

  it('lists every other spelling with its note and source', async () => {
    await openPerson('/people/jeon-jong-seo', 'Jeon Jong-seo')
    const aliases = within(section('Also written as')).getAllByRole('listitem')
    expect(aliases.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Jeon Jong-Seo.*capitalisation variant$/),
      expect.stringMatching(/^Jeon Jong-Soo.*misspelling$/),
      expect.stringMatching(/^Jeon Jong Seo.*spacing variant, no hyphen$/),
    ])
    for (const alias of aliases) {
      expect(within(alias).getByRole('link', { name: /^Sources: / })).toBeInTheDocument()
    }
  })

  it('shows the role in Ballerina with how each article describes it', async () => {
    await openPerson('/people/jeon-jong-seo', 'Jeon Jong-seo')
    const role = section('In Ballerina')
    expect(within(role).getByText('Ok-ju')).toBeInTheDocument()
    expect(within(role).getByText('옥주')).toHaveAttribute('lang', 'ko')
    expect(within(role).getByText('Ok-joo')).toBeInTheDocument()
    expect(within(role).getByText(/A former bodyguard out to make the leader/)).toBeInTheDocument()
    expect(within(role).getByRole('link', { name: 'Full cast and crew' })).toHaveAttribute(
      'href',
      '/films/ballerina-2023/cast',
    )
  })

  it('says so when the articles name no character', async () => {
    await openPerson('/people/shin-se-hwi', 'Shin Se-hwi')
    expect(
      within(section('In Ballerina')).getByText(/character not named in the sources/i),
    ).toBeInTheDocument()
  })

  it('flags doubtful facts instead of stating them', async () => {
    await openPerson('/people/kim-ji-hoon', 'Kim Ji-hoon')
    const facts = section('What the articles say')
    const ballerinaClaim = within(facts)
      .getByText(/helps "his role as a ballerina"/)
      .closest('li')!
    expect(within(ballerinaClaim).getByText('Doubtful:')).toBeInTheDocument()
    expect(within(ballerinaClaim).getByText(/He does not play a ballerina/)).toBeInTheDocument()
  })

  it('lists the filmography in chronological order, undated works last', async () => {
    await openPerson('/people/jeon-jong-seo', 'Jeon Jong-seo')
    const filmography = section('Filmography')
    expect(
      within(filmography)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['2017', '2018', '2020', '2023', 'Year not given'])
    const titles = within(filmography)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/films/'))
      .map((link) => link.textContent)
    expect(titles).toEqual([
      'Lisa and the Blood Moon',
      'Burning',
      'The Call',
      'Ballerina',
      'Money Heist: Korea – Joint Economic Area',
    ])
    expect(within(filmography).getByText('Mona "Lisa" Lee')).toBeInTheDocument()
    expect(within(filmography).getAllByText('Doubtful:').length).toBeGreaterThan(0)
    expect(screen.getByRole('status')).toHaveTextContent('5 of 5 credits')
  })

  it('filters the filmography by role through the URL', async () => {
    const { user, router } = await openPerson('/people/jeon-jong-seo?role=crew', 'Jeon Jong-seo')
    const filters = screen.getByRole('navigation', { name: 'Filter the filmography by role' })
    await expectCount('0 of 5 credits')
    expect(within(filters).getByRole('link', { name: /Crew/ })).toHaveAttribute(
      'aria-current',
      'true',
    )
    expect(screen.getByText(/No crew credits in the articles/)).toBeInTheDocument()

    await user.click(within(filters).getByRole('link', { name: /Cast/ }))
    expect(router.state.location.search).toBe('?role=cast')
    await expectCount('5 of 5 credits')
    expect(within(filters).getByRole('link', { name: /Cast/ })).toHaveAttribute(
      'aria-current',
      'true',
    )

    await user.click(within(filters).getByRole('link', { name: /All roles/ }))
    expect(router.state.location.search).toBe('')
    await expectCount('5 of 5 credits')
  })

  it('ignores an unknown role', async () => {
    await openPerson('/people/lee-chung-hyun?role=stunts&x=%E0%A4%A', 'Lee Chung-hyun')
    expect(screen.getByRole('status')).toHaveTextContent('4 of 4 credits')
    expect(
      within(screen.getByRole('navigation', { name: /by role/ })).getByRole('link', {
        name: /All roles/,
      }),
    ).toHaveAttribute('aria-current', 'true')
  })

  it('shows awards and nominations, flagging the doubtful Academy Award claim', async () => {
    await openPerson('/people/park-yu-rim', 'Park Yu-rim')
    const awards = section('Awards and nominations')
    const [oscar] = within(awards).getAllByRole('listitem')
    expect(oscar).toHaveTextContent('International Feature Film')
    expect(oscar).toHaveTextContent('94th Academy Awards')
    expect(oscar).toHaveTextContent('Won')
    expect(within(oscar!).getByRole('link', { name: 'Drive My Car' })).toBeInTheDocument()
    expect(within(oscar!).getByText('Doubtful:')).toBeInTheDocument()
    expect(within(oscar!).getByText(/That category honours a film, not a performer/)).toBeVisible()
  })

  it('names a nomination as such and an unnamed ceremony honestly', async () => {
    const view = await openPerson('/people/kim-ji-hoon', 'Kim Ji-hoon')
    const awards = within(section('Awards and nominations'))
    expect(awards.getByText('Nominated')).toBeInTheDocument()
    expect(awards.getByText('Year not given')).toBeInTheDocument()
    view.unmount()

    await openPerson('/people/lee-chung-hyun', 'Lee Chung-hyun')
    expect(
      within(section('Awards and nominations')).getByText('Ceremony not named'),
    ).toBeInTheDocument()
  })

  it('lists the people they worked with on other works', async () => {
    await openPerson('/people/jeon-jong-seo', 'Jeon Jong-seo')
    const workedWith = section('Worked with')
    expect(within(workedWith).getByRole('link', { name: 'Kim Ji-hoon' })).toHaveAttribute(
      'href',
      '/people/kim-ji-hoon',
    )
    expect(within(workedWith).getByRole('link', { name: 'The Call' })).toHaveAttribute(
      'href',
      '/films/the-call-2020',
    )
  })

  it('ends with the sources it cites', async () => {
    await openPerson('/people/gray', 'Gray')
    const sources = section('Sources')
    expect(within(sources).getAllByRole('listitem').length).toBeGreaterThan(1)
  })

  it('shows "Page not found" for an unknown person', async () => {
    renderRoute('/people/nobody-at-all')
    expect(await notFoundView()).toBeVisible()
  })
})
