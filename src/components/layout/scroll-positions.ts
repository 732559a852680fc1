import { createContext } from 'react'

/**
 * Where a history entry was left: how far it was scrolled, where each of its page's later parts
 * (by name) began then, in document coordinates, and the page's element, which Back or Forward
 * finds again if it was kept, laid out as it was.
 */
export type LeftAt = {
  scrollY: number
  laterPartTops: Record<string, number>
  page: WeakRef<ParentNode>
}

/**
 * Each history entry's place when the reader left it, by the router's location key. One map per
 * app, provided by the root layout: another app (a test's) starts its history with the same key.
 */
export type ScrollPositions = Map<string, LeftAt>

export const ScrollPositionsContext = createContext<ScrollPositions>(new Map())
