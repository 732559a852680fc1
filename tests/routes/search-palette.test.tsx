import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRoute } from './render-route'

const heading = () => screen.findByRole('heading', { level: 1 })
// The palette is a lazily loaded chunk: the first open in a test file transforms it first.
const paletteDialog = () => screen.findByRole('dialog', { name: 'Search' }, { timeout: 10_000 })

// Generous: the first open loads the palette's chunk, slow on a busy two-core machine.
describe('command palette', { timeout: 20_000 }, () => {
  it('loads nothing for search until it is opened', async () => {
    const { requested } = renderRoute('/people/gray')
    await heading()
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute(
      'aria-haspopup',
      'dialog',
    )
    expect(requested).toEqual(['people/gray.json'])
  })

  it('opens with "/", finds a character by another spelling and opens it with the keyboard', async () => {
    const { user, requested } = renderRoute('/sources')
    await heading()
    await user.keyboard('/')
    const dialog = await paletteDialog()
    const combobox = within(dialog).getByRole('combobox')
    expect(combobox).toHaveFocus()
    expect(combobox).toHaveValue('')
    await user.type(combobox, 'ok-joo')
    const listbox = within(dialog).getByRole('listbox')
    const option = await within(listbox).findByRole('option', { name: /Ok-ju/ })
    expect(option).toHaveTextContent('Also written Ok-joo')
    expect(combobox).toHaveAttribute('aria-expanded', 'true')
    // The first result is active as soon as it appears; arrows move from there and back.
    expect(combobox).toHaveAttribute('aria-activedescendant', option.id)
    expect(option).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowDown}')
    expect(option).toHaveAttribute('aria-selected', 'false')
    await user.keyboard('{ArrowUp}')
    expect(option).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    const person = await screen.findByRole('heading', { level: 1, name: 'Jeon Jong-seo' })
    await waitFor(() => expect(person).toHaveFocus())
    expect(screen.queryByRole('dialog')).toBeNull()
    // The manifest and the shards of "o" (ok-joo, okju), nothing of the whole index.
    expect(requested.filter((path) => path.startsWith('search'))).toEqual([
      'search/index.json',
      'search/p/o.json',
    ])
  })

  it('opens with Ctrl+K even from a text field, and Escape returns focus', async () => {
    const { user } = renderRoute('/search')
    await heading()
    const field = screen.getByRole('searchbox')
    await user.click(field)
    await user.keyboard('/')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(field).toHaveValue('/')
    await user.keyboard('{Control>}k{/Control}')
    const dialog = await paletteDialog()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    await waitFor(() => expect(field).toHaveFocus())
  })

  it('opens the full search page from its last option', async () => {
    const { user, router } = renderRoute('/sources')
    await heading()
    await user.click(screen.getByRole('button', { name: 'Search' }))
    const dialog = await paletteDialog()
    // Each app remembers its own query: what an earlier test typed here is not carried over.
    expect(within(dialog).getByRole('combobox')).toHaveValue('')
    await user.type(within(dialog).getByRole('combobox'), 'kim')
    await within(dialog).findByRole('option', { name: /Kim Ji-hoon/ })
    await user.keyboard('{ArrowUp}')
    const last = within(dialog).getAllByRole('option').at(-1)
    expect(last).toHaveTextContent('See all results for “kim”')
    expect(last).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    expect(router.state.location.search).toBe('?q=kim')
  })

  it('opens the first result on Enter, and keeps the query when closed and reopened', async () => {
    const { user, router } = renderRoute('/sources')
    await heading()
    await user.keyboard('/')
    let dialog = await paletteDialog()
    await user.type(within(dialog).getByRole('combobox'), 'park yu')
    await within(dialog).findByRole('option', { name: /Park Yu-rim/ })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    await user.keyboard('/')
    dialog = await paletteDialog()
    expect(within(dialog).getByRole('combobox')).toHaveValue('park yu')
    await within(dialog).findByRole('option', { name: /Park Yu-rim/ })
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/park-yu-rim'))
  })
})
