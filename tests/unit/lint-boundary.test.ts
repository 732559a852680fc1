import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/* The lint rule that keeps build-only code out of the client bundle, tried on probe files. */
describe('the build-only boundary', () => {
  const eslint = new ESLint()
  const problemsIn = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath })
    return (result?.messages ?? []).map((message) => message.ruleId)
  }
  const rule = '@typescript-eslint/no-restricted-imports'

  it('fails browser code that imports build code by a relative path or the @/ alias', async () => {
    const relative = `import { indexDataset } from '../../build/dataset/selectors.ts'\nexport const x = indexDataset\n`
    const aliased = `import { payloadFiles } from '@/../build/dataset/payload-groups'\nexport const x = payloadFiles\n`
    expect(await problemsIn('src/features/cast/probe.ts', relative)).toContain(rule)
    expect(await problemsIn('src/routes/probe.tsx', aliased)).toContain(rule)
  })

  it('lets browser code import build types, and build code import anything', async () => {
    const typeOnly = `import type { Dataset } from '../../build/dataset/schema.ts'\nexport type X = Dataset\n`
    const value = `import { indexDataset } from '../dataset/selectors.ts'\nexport const x = indexDataset\n`
    expect(await problemsIn('src/features/cast/probe.ts', typeOnly)).not.toContain(rule)
    expect(await problemsIn('build/pages/probe.ts', value)).not.toContain(rule)
  })
})
