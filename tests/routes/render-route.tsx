import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { NotFoundError, type LoadPayload } from '@/data/payload-paths'
import { createQueryClient } from '@/data/queries'
import { laterPartsAttribute } from '@/components/layout/later-parts'
import { NavigationPendingContext } from '@/components/layout/navigation-pending'
import { withPendingDelay } from '@/routes/pending-delay'
import { createRoutes } from '@/routes/route-tree'
import { loadAndValidate } from '../../build/dataset/load'
import { payloadFiles } from '../../build/dataset/payload-groups'
import type { Dataset } from '../../build/dataset/schema'

let realDataset: Dataset | undefined

/** The real dataset from data/, validated once per test file. */
export function loadRealDataset(): Dataset {
  if (!realDataset) {
    const { dataset, problems } = loadAndValidate('data')
    if (!dataset || problems.length > 0) throw new Error('data/ is invalid: run validate:data')
    realDataset = dataset
  }
  return realDataset
}

/** The real dataset plus `count` invented people credited on one work: a catalogue-sized cast. */
export function withExtraCredits(work: string, count: number): Dataset {
  const real = loadRealDataset()
  const source = 'sayart-2023-10-11'
  const people = Array.from({ length: count }, (_, index) => ({
    slug: `extra-${index}`,
    name: `Extra Person ${index}`,
    aliases: [],
    knownAs: { value: 'Actor', sources: [source] },
    facts: [],
    sources: [source],
  }))
  const credits = people.map((person) => ({
    id: `${work}-${person.slug}`,
    work,
    person: person.slug,
    department: 'cast' as const,
    billing: 'guest' as const,
    sources: [source],
  }))
  return { ...real, people: [...real.people, ...people], credits: [...real.credits, ...credits] }
}

/**
 * Loads the payloads the build would write, from memory, so a route test exercises the same
 * loaders, queries and payload code as the browser does. Records the requested paths.
 */
export function payloadLoader(dataset: Dataset = loadRealDataset()) {
  const files = payloadFiles(dataset)
  const requested: string[] = []
  const load = async (path: string) => {
    requested.push(path)
    const payload = files.get(path)
    if (payload == null) throw new NotFoundError(path)
    return payload
  }
  return { load, requested }
}

/** Renders the app's real routes at a URL, as a user arriving from a link would see them. */
export function renderRoute(
  url: string,
  options: { dataset?: Dataset; wrapLoad?: (load: LoadPayload) => LoadPayload } = {},
) {
  const { load, requested } = payloadLoader(options.dataset)
  const queryClient = createQueryClient(options.wrapLoad ? options.wrapLoad(load) : load, {
    retry: false,
  })
  const router = createMemoryRouter(createRoutes({ queryClient }), { initialEntries: [url] })
  const navigation = withPendingDelay(router)
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      {/* As the app's: a move renders at once, not as a transition, and a wait shows late. */}
      <NavigationPendingContext value={navigation.pending}>
        <RouterProvider router={navigation.router} useTransitions={false} />
      </NavigationPendingContext>
    </QueryClientProvider>,
  )
  return { ...view, user, router, requested }
}

/**
 * Waits for the parts of a page that render just after its first screen (LaterParts): a page the
 * tests open is rendered in the browser, as after a move within the app.
 */
export async function laterPartsShown() {
  await waitFor(
    () => {
      if (document.querySelector(`[${laterPartsAttribute}][aria-busy]`)) throw new Error('held')
    },
    { timeout: 4000 },
  )
}

/**
 * The not-found view's heading, once the view's code has arrived: until then a stand-in with the
 * same heading holds its place, and an element found then would be detached a moment later.
 */
export async function notFoundView() {
  await screen.findByRole('link', { name: 'Go to the film page' })
  return screen.getByRole('heading', { level: 1, name: 'Page not found' })
}
