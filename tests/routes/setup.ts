import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// Full pages with dozens of citation markers take a few hundred ms to render in happy-dom when
// several suites run at once; findBy* waiting 1 s made navigation tests flaky.
configure({ asyncUtilTimeout: 5000 })

// A React warning or a failed render logs to console.error: treat it as a failing test.
let consoleError: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  cleanup()
  const calls = consoleError.mock.calls
  consoleError.mockRestore()
  vi.unstubAllGlobals()
  if (calls.length > 0) {
    throw new Error(`console.error was called during the test:\n${calls.map(String).join('\n')}`)
  }
})
