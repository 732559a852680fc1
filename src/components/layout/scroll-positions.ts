import { createContext } from 'react'

/**
 * Where a history entry was left: how far it was scrolled, and where the part of its page that
 * renders after the first screen began then (document coordinates; Infinity for a page without).
 */
export type LeftAt = { scrollY: number; laterPartsTop: number }

/**
 * Each history entry's place when the reader left it, by the router's location key. One map per
 * app, provided by the root layout: another app (a test's) starts its history with the same key.
 */
export type ScrollPositions = Map<string, LeftAt>

export const ScrollPositionsContext = createContext<ScrollPositions>(new Map())
