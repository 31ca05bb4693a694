/**
 * Writes the rule lists of the package README from `ruleIds` (src/rules.ts) and `notTaskRules`
 * (src/not-tasks.ts), between the `<!-- rules:… -->`, `<!-- not-tasks:… -->` and `<!-- ocr:… -->` markers. Run after adding a rule:
 * npx tsx packages/tasks/scripts/render-rules.ts (test/rules.test.ts checks the README is current).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {notTaskRules} from '../src/not-tasks.ts'
import {ocrMarkerRules} from '../src/ocr-markers.ts'
import {ocrNameRule} from '../src/ocr-names.ts'
import {ocrTableRule} from '../src/ocr-table.ts'
import {ruleIds} from '../src/rules.ts'

export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url))

/** The README section: one table row per rule id, in the order of `ruleIds`. */
export function rulesSection(): string {
  const rows = Object.entries(ruleIds).map(([id, what]) => `| \`${id}\` | ${what.replace(/\|/g, '\\|')} |`)
  return ['<!-- rules:start -->', '| rule | what it recognises |', '|---|---|', ...rows, '<!-- rules:end -->'].join('\n')
}

/** The README section on what is not a task: the rules of `notTaskRules`, in the order they are tried. */
export function notTasksSection(): string {
  const rows = notTaskRules.map(({id, what}) => `| \`${id}\` | ${what.replace(/\|/g, '\\|')} |`)
  return ['<!-- not-tasks:start -->', '| rule | not a task |', '|---|---|', ...rows, '<!-- not-tasks:end -->'].join('\n')
}

/** The README section on text read by OCR: the marker rules in the order they run, then the name check. */
export function ocrSection(): string {
  const rows = [...ocrMarkerRules, ocrNameRule, ocrTableRule].map(({id, what}) => `| \`${id}\` | ${what.replace(/\|/g, '\\|')} |`)
  return ['<!-- ocr:start -->', '| rule | what it restores |', '|---|---|', ...rows, '<!-- ocr:end -->'].join('\n')
}

/** `readme` with its generated sections replaced by the current ones. */
export function withRulesSection(readme: string): string {
  return readme.replace(/<!-- rules:start -->[^]*<!-- rules:end -->/u, rulesSection()).replace(/<!-- not-tasks:start -->[^]*<!-- not-tasks:end -->/u, notTasksSection()).replace(/<!-- ocr:start -->[^]*<!-- ocr:end -->/u, ocrSection())
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(readmePath, withRulesSection(readFileSync(readmePath, 'utf8')))
}
