// The `prepack` of every package: packing must go through pnpm, which swaps in the
// `publishConfig` exports (types from dist, not src) and turns `workspace:*` into
// versions. `npm pack` or `yarn pack` would ship a package that cannot be installed:
// refuse them with one line that says what to run.
import {existsSync} from 'node:fs'
import path from 'node:path'

const agent = process.env.npm_config_user_agent ?? ''
const name = process.env.npm_package_name ?? path.basename(process.cwd())
if (!agent.startsWith('pnpm/')) {
  console.error(`${name}: pack with pnpm (\`pnpm pack\` or \`pnpm publish\`): ${agent.split(' ')[0] || 'this client'} would ship "types": "./src/index.ts" and workspace:* dependencies`)
  process.exit(1)
}
if (!existsSync(path.join(process.cwd(), 'dist', 'index.js'))) {
  console.error(`${name}: no dist/index.js: run \`pnpm build\` at the repository root first`)
  process.exit(1)
}
if (!existsSync(path.join(process.cwd(), 'LICENSE'))) {
  console.error(`${name}: no LICENSE file in the package folder`)
  process.exit(1)
}
