/**
 * Writes the rule list of the package README from `ruleIds` (src/rules.ts), between the
 * `<!-- rules:start -->` and `<!-- rules:end -->` markers. Run after adding a rule:
 * npx tsx packages/tasks/scripts/render-rules.ts (test/rules.test.ts checks the README is current).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {ruleIds} from '../src/rules.ts'

export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url))

/** The README section: one table row per rule id, in the order of `ruleIds`. */
export function rulesSection(): string {
  const rows = Object.entries(ruleIds).map(([id, what]) => `| \`${id}\` | ${what.replace(/\|/g, '\\|')} |`)
  return ['<!-- rules:start -->', '| rule | what it recognises |', '|---|---|', ...rows, '<!-- rules:end -->'].join('\n')
}

/** `readme` with its rules section replaced by the current one. */
export function withRulesSection(readme: string): string {
  return readme.replace(/<!-- rules:start -->[^]*<!-- rules:end -->/u, rulesSection())
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(readmePath, withRulesSection(readFileSync(readmePath, 'utf8')))
}
