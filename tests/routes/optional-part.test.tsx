import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { optionalPart } from '@/lib/optional-part'

describe('an optional part', () => {
  it('shows the part once its code has loaded', async () => {
    const Part = optionalPart(() => Promise.resolve(({ name }: { name: string }) => <p>{name}</p>))
    render(<Part name="Loaded part" placeholder={<p>Placeholder</p>} />)
    expect(await screen.findByText('Loaded part')).toBeInTheDocument()
    expect(screen.queryByText('Placeholder')).not.toBeInTheDocument()
  })

  it('keeps its placeholder when its code cannot be downloaded', async () => {
    let fail: (error: Error) => void = () => {}
    const download = new Promise<() => null>((_, reject) => (fail = reject))
    const Part = optionalPart(() => download)
    render(<Part placeholder={<p>The first cards</p>} />)
    expect(screen.getByText('The first cards')).toBeInTheDocument()
    fail(new Error('Failed to fetch dynamically imported module'))
    await download.catch(() => {})
    // Still there after the failure has settled, not replaced by nothing.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.getByText('The first cards')).toBeInTheDocument()
  })
})
