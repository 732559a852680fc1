import { createContext } from 'react'

/**
 * Where a history entry was left: how far it was scrolled, and where each of its page's later
 * parts (by name) began then, in document coordinates.
 */
export type LeftAt = { scrollY: number; laterPartTops: Record<string, number> }

/**
 * Each history entry's place when the reader left it, by the router's location key. One map per
 * app, provided by the root layout: another app (a test's) starts its history with the same key.
 */
export type ScrollPositions = Map<string, LeftAt>

export const ScrollPositionsContext = createContext<ScrollPositions>(new Map())
