import path from 'node:path'
import { FileSystemConfigLoader, HtmlValidate, type Report } from 'html-validate'

/** html-validate as the project configures it, in .htmlvalidate.mjs at the repository root. */
export const htmlValidate = new HtmlValidate(new FileSystemConfigLoader())

/** Each error of a report on one line: `file:line:column rule message`. */
export function errorLines(report: Report, root = process.cwd()): string[] {
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map(
        (message) =>
          `${path.relative(root, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
      ),
  )
}
