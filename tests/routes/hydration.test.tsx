import { act, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { HydrationProvider, useHydrated } from '@/lib/use-hydrated'
import { optionalPart } from '@/lib/optional-part'

const ShareButton = optionalPart(() => Promise.resolve(() => <button type="button">Share</button>))

function Page() {
  const hydrated = useHydrated()
  return (
    <main>
      <h1>{hydrated ? 'Filtered to the crew' : 'The whole cast'}</h1>
      <ShareButton placeholder={<span>Share needs JavaScript</span>} />
    </main>
  )
}

const page = (hydrating: boolean) => (
  <HydrationProvider hydrating={hydrating}>
    <Page />
  </HydrationProvider>
)

afterEach(() => document.body.replaceChildren())

describe('hydrating a prerendered page', () => {
  it('takes over the server HTML as it is, then switches to what needs the app running', async () => {
    const container = document.createElement('div')
    container.innerHTML = renderToString(page(true))
    document.body.append(container)
    expect(screen.getByRole('heading')).toHaveTextContent('The whole cast')

    const mismatches: unknown[] = []
    await act(async () => {
      hydrateRoot(container, page(true), { onRecoverableError: (error) => mismatches.push(error) })
    })

    expect(mismatches).toEqual([])
    expect(await screen.findByRole('heading', { name: 'Filtered to the crew' })).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Share' })).toBeInTheDocument()
    expect(screen.queryByText('Share needs JavaScript')).not.toBeInTheDocument()
  })

  it('renders as hydrated from the first render when there is nothing to hydrate', async () => {
    const seen: boolean[] = []
    function Witness() {
      seen.push(useHydrated())
      return null
    }
    const container = document.body.appendChild(document.createElement('div'))
    await act(async () =>
      createRoot(container).render(
        <HydrationProvider hydrating={false}>
          <Witness />
        </HydrationProvider>,
      ),
    )
    expect(seen[0]).toBe(true)
    expect(seen).not.toContain(false)
  })
})
