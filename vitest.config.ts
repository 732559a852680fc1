import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'routes',
            include: ['tests/routes/**/*.test.{ts,tsx}'],
            environment: 'happy-dom',
            setupFiles: ['tests/routes/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 60_000,
            hookTimeout: 60_000,
            // One Chromium at a time: the machine has two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
