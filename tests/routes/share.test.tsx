import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderRoute } from './render-route'

const shareButton = () => screen.findByRole('button', { name: 'Share' })

describe('the Share control', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('copies the page’s public address with its filters when there is no share sheet', async () => {
    vi.stubEnv('BASE_URL', '/explorer/')
    vi.stubEnv('VITE_SITE_ORIGIN', 'https://example.org')
    const { user } = renderRoute('/films/ballerina-2023/cast?dept=crew')
    expect('share' in navigator).toBe(false)
    await user.click(await shareButton())
    expect(await navigator.clipboard.readText()).toBe(
      'https://example.org/explorer/films/ballerina-2023/cast?dept=crew',
    )
    // Said where screen readers hear it, not only shown.
    const said = await screen.findByText('Link copied')
    expect(said).toBeVisible()
    expect(said).toHaveAttribute('aria-live', 'polite')
  })

  it('uses the page’s own origin when the build does not know the site’s', async () => {
    const { user } = renderRoute('/people/jeon-jong-seo')
    await user.click(await shareButton())
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/people/jeon-jong-seo`,
    )
  })

  it('opens the system share sheet with the page’s title, text and address where there is one', async () => {
    const share = vi.fn(async () => {})
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { share }))
    const { user } = renderRoute('/films/ballerina-2023/timeline?kind=festival')
    await user.click(await shareButton())
    expect(share).toHaveBeenCalledWith({
      title: 'Timeline of Ballerina · Ballerina Explorer',
      text: expect.stringContaining('Ballerina') as string,
      url: `${window.location.origin}/films/ballerina-2023/timeline?kind=festival`,
    })
    expect(await screen.findByText('Shared')).toBeVisible()
  })
})
