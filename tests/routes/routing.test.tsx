import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

const heading = () => screen.findByRole('heading', { level: 1 })

describe('routing', () => {
  it('shows the film at the root', async () => {
    renderRoute('/')
    expect(await heading()).toHaveTextContent('Ballerina')
  })

  it('opens a person page from its URL, loading only that person’s data', async () => {
    const { requested } = renderRoute('/people/kim-ji-hoon')
    expect(await heading()).toHaveTextContent('Kim Ji-hoon')
    expect(requested).toEqual(['people/kim-ji-hoon.json'])
  })

  it('shows the not-found page for an unknown person, work or source', async () => {
    for (const url of ['/people/nobody', '/films/ballerina-1999', '/sources/nope']) {
      const view = renderRoute(url)
      expect(await heading()).toHaveTextContent('Page not found')
      view.unmount()
    }
  })

  it('shows the not-found page for an unknown path, naming it', async () => {
    renderRoute('/festivals/busan')
    expect(await heading()).toHaveTextContent('Page not found')
    expect(screen.getByText('/festivals/busan')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the film page' })).toBeInTheDocument()
  })

  it('follows a link from the film to a person and moves focus to the new heading', async () => {
    const { user } = renderRoute('/films/ballerina-2023')
    await heading()
    // The cast preview is among the parts rendered just after the page's first screen.
    await user.click((await screen.findAllByRole('link', { name: 'Park Yu-rim' }))[0]!)
    const personHeading = await screen.findByRole('heading', { level: 1, name: 'Park Yu-rim' })
    // Focus moves in an effect after the new page is committed, so a moment after it appears.
    await waitFor(() => expect(personHeading).toHaveFocus())
  })

  it('offers a skip link to the main content first', async () => {
    renderRoute('/sources')
    await heading()
    const links = screen.getAllByRole('link')
    expect(links[0]).toHaveAccessibleName('Skip to content')
    expect(links[0]).toHaveAttribute('href', '#main')
  })
})
