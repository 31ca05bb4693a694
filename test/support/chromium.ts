import fs from 'node:fs'

/** Debian's Chromium, which `.ci/run` installs (no browser can be downloaded here); `CHROMIUM_PATH` to use another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Chromium flags for a sandboxed CI container with no network and no GPU. */
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  // Containers often give /dev/shm 64 MB, which a rendered page can outgrow: use /tmp instead.
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

/**
 * The browser tests skip on a machine without Chromium, as the Redis and tesseract ones do without
 * theirs, so the README's `pnpm test` passes with only Node and npm; under CI (`.ci/run`, which
 * installs it) they run, and a missing Chromium fails them with the reason.
 */
export const skipWithoutChromium = !fs.existsSync(chromiumPath) && process.env.CI !== 'true'

if (skipWithoutChromium) console.warn(`browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`)
