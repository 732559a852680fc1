import { describe, expect, it } from 'vitest'
import { matchPage } from '../../src/config/page-kinds'
import { indexDataset } from '../../build/dataset/selectors'
import { escapeAttribute, headTags, jsonLdFor, publicUrl } from '../../build/pages/head-tags'
import { pageMetaFor } from '../../build/pages/page-kinds'
import { truncate } from '../../build/pages/page-meta'
import { creditPageSize } from '../../src/features/cast/credit-pages'
import { assertValidDataset } from '../../build/dataset/load'

const dataset = assertValidDataset('data')
const index = indexDataset(dataset)
const root = { base: '/' }
const hosted = { base: '/explorer/', siteUrl: 'https://example.org' }

/** The JSON of every `<script type="application/ld+json">` block in some markup. */
function ldBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    ([, json]) => JSON.parse(json ?? '') as unknown,
  )
}

describe('matchPage', () => {
  it('recognises every kind of page from the route table', () => {
    const kindOf = (path: string) => {
      const page = matchPage(path)
      return page && { kind: page.kind, ...page.params }
    }
    expect(kindOf('/')).toEqual({ kind: 'home' })
    expect(kindOf('/films/ballerina-2023')).toEqual({ kind: 'film', slug: 'ballerina-2023' })
    expect(kindOf('/films/ballerina-2023/cast')).toEqual({ kind: 'cast', slug: 'ballerina-2023' })
    expect(kindOf('/films/x/timeline')).toEqual({ kind: 'timeline', slug: 'x' })
    expect(kindOf('/people/gray')).toEqual({ kind: 'person', slug: 'gray' })
    expect(kindOf('/sources')).toEqual({ kind: 'sources' })
    expect(kindOf('/sources/editorial')).toEqual({ kind: 'source', id: 'editorial' })
    expect(kindOf('/search')).toEqual({ kind: 'search' })
    expect(kindOf('/films/x/cast/more')).toBeUndefined()
    // As the router sees them: case matters, and a parameter must be a slug.
    expect(kindOf('/films/x/CAST')).toBeUndefined()
    expect(kindOf('/people/..%2Fsources')).toBeUndefined()
  })
})

describe('pageMetaFor', () => {
  it('describes a person from the data: who they are and their part in the film', () => {
    const meta = pageMetaFor(index, '/people/jeon-jong-seo')
    expect(meta.title).toBe('Jeon Jong-seo · Ballerina Explorer')
    expect(meta.shortTitle).toBe('Jeon Jong-seo')
    expect(meta.description).toBe(
      'Jeon Jong-seo (전종서): South Korean actress, plays Ok-ju in Ballerina (2023).',
    )
    expect(meta.ogType).toBe('profile')
    expect(meta.image.path).toBe('og/people/jeon-jong-seo.png')
    expect(meta.breadcrumbs.map((crumb) => crumb.name)).toEqual([
      'Ballerina Explorer',
      'Jeon Jong-seo',
    ])
  })

  it('describes the film with its logline, as a Movie with director and roles', () => {
    const meta = pageMetaFor(index, '/films/ballerina-2023')
    expect(meta.title).toBe('Ballerina · Ballerina Explorer')
    expect(meta.description).toMatch(/^Ballerina \(2023\), a film on Netflix\. Ok-ju/)
    expect(meta.description.length).toBeLessThanOrEqual(200)
    expect(meta.entity).toMatchObject({
      '@type': 'Movie',
      alternateName: ['발레리나'],
      datePublished: '2023-10-06',
      inLanguage: 'ko',
      director: [{ '@type': 'Person', name: 'Lee Chung-hyun' }],
    })
    expect(meta.entity?.actor).toContainEqual({
      '@type': 'PerformanceRole',
      actor: { '@type': 'Person', name: 'Jeon Jong-seo', url: '/people/jeon-jong-seo' },
      characterName: 'Ok-ju',
    })
    // The articles name no character for Shin Se-hwi: a plain Person, no invented role.
    expect(meta.entity?.actor).toContainEqual(
      expect.objectContaining({ '@type': 'Person', name: 'Shin Se-hwi' }),
    )
    expect(meta.entity).not.toHaveProperty('sameAs')
  })

  it('names as many of a catalogue-sized cast as the page carries', () => {
    const extras = Array.from({ length: creditPageSize + 20 }, (_, n) => `extra-${n}`)
    const big = {
      ...dataset,
      people: [
        ...dataset.people,
        ...extras.map((slug) => ({
          slug,
          name: slug,
          aliases: [],
          knownAs: { value: 'Actor', sources: [] },
          facts: [],
          sources: [],
        })),
      ],
      credits: [
        ...dataset.credits,
        ...extras.map((slug) => ({
          id: `ballerina-2023-${slug}`,
          work: 'ballerina-2023',
          person: slug,
          department: 'cast' as const,
          sources: [],
        })),
      ],
    }
    const meta = pageMetaFor(indexDataset(big), '/films/ballerina-2023')
    const actors = meta.entity?.actor as unknown[]
    expect(actors.length).toBeLessThanOrEqual(creditPageSize)
    expect(meta.entity?.director).toEqual([expect.objectContaining({ name: 'Lee Chung-hyun' })])
  })

  it('types a series as TVSeries and gives sources their summary', () => {
    const series = dataset.works.find((work) => work.kind === 'series')
    expect(pageMetaFor(index, `/films/${series?.slug}`).entity?.['@type']).toBe('TVSeries')
    const source = dataset.sources[0]
    expect(pageMetaFor(index, `/sources/${source?.id}`).description).toBe(
      truncate(source?.summary ?? ''),
    )
  })

  it('marks unknown pages as not to be indexed', () => {
    const meta = pageMetaFor(index, '/people/nobody')
    expect(meta.indexable).toBe(false)
    const tags = headTags(meta, hosted)
    expect(tags).toContain('<meta name="robots" content="noindex">')
    expect(tags).not.toContain('rel="canonical"')
    expect(ldBlocks(tags)).toEqual([])
  })
})

describe('URLs', () => {
  it('are absolute with SITE_URL and under the base, host-relative without', () => {
    expect(publicUrl('people/gray', hosted)).toBe('https://example.org/explorer/people/gray')
    expect(publicUrl('', hosted)).toBe('https://example.org/explorer/')
    expect(publicUrl('people/gray', root)).toBe('/people/gray')
    expect(publicUrl('og/site.png', { base: '/explorer/' })).toBe('/explorer/og/site.png')
  })

  it('give a canonical link only when the host is known', () => {
    const meta = pageMetaFor(index, '/people/gray')
    expect(headTags(meta, root)).not.toContain('rel="canonical"')
    expect(headTags(meta, hosted)).toContain(
      '<link rel="canonical" href="https://example.org/explorer/people/gray">',
    )
    expect(headTags(meta, hosted)).toContain(
      '<meta property="og:image" content="https://example.org/explorer/og/people/gray.png">',
    )
  })

  it('are made absolute inside JSON-LD too', () => {
    const [movie, breadcrumbs] = jsonLdFor(pageMetaFor(index, '/films/ballerina-2023'), hosted)
    expect(movie).toMatchObject({
      url: 'https://example.org/explorer/films/ballerina-2023',
      image: 'https://example.org/explorer/og/works/ballerina-2023.png',
      director: [{ url: 'https://example.org/explorer/people/lee-chung-hyun' }],
    })
    expect(breadcrumbs).toMatchObject({
      itemListElement: [
        { position: 1, item: 'https://example.org/explorer/' },
        {
          position: 2,
          name: 'Ballerina',
          item: 'https://example.org/explorer/films/ballerina-2023',
        },
      ],
    })
  })
})

describe('escaping', () => {
  const hostile = '</script><script>alert(1)</script><!-- " \' & \u2028\u2029'
  const poisoned = structuredClone(dataset)
  const film = poisoned.works.find((work) => work.slug === 'ballerina-2023')
  if (!film?.logline) throw new Error('the film has no logline')
  film.title = hostile
  film.logline.value = hostile
  const meta = pageMetaFor(indexDataset(poisoned), '/films/ballerina-2023')

  it('keeps data from breaking out of its script blocks', () => {
    const tags = headTags(meta, hosted)
    // Only the two JSON-LD blocks open a script; no data closes one early.
    expect(tags.match(/<script/g)).toHaveLength(2)
    expect(tags.match(/<\/script>/g)).toHaveLength(2)
    expect(tags).not.toContain('<!--')
    const scripts = [...tags.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body)
    // Line separators end a JS string in old engines: escaped inside script blocks.
    for (const body of scripts) expect(body).not.toMatch(/[\u2028\u2029<>]/)
    const [movie] = ldBlocks(tags)
    expect(movie).toMatchObject({ name: hostile, description: hostile })
  })

  it('keeps data from breaking out of attributes and the title', () => {
    const tags = headTags(meta, hosted)
    expect(tags).toContain(`<title>${escapeAttribute(meta.title)}</title>`)
    for (const [, content] of tags.matchAll(/content="([^"]*)"/g)) {
      expect(content).not.toMatch(/[<>"]/)
    }
    expect(escapeAttribute(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;')
  })
})

describe('truncate', () => {
  it('ends long text on a word with an ellipsis', () => {
    const text = 'word '.repeat(60)
    const cut = truncate(text, 50)
    expect(cut.length).toBeLessThanOrEqual(50)
    expect(cut).toMatch(/word…$/)
    expect(truncate('short')).toBe('short')
  })
})
