import type {ConnectionOptions} from 'bullmq'

/**
 * A Redis URL (`redis://[user:password@]host:port[/db]`, `rediss://` for TLS) → BullMQ
 * connection options. A malformed URL is a TypeError naming it, before any socket opens.
 */
export function connectionOf(url: string): ConnectionOptions {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new TypeError(`not a Redis URL: "${url}" (expected redis://host:port)`)
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new TypeError(`not a Redis URL: "${url}" (expected redis://host:port)`)
  }
  // BullMQ's workers block on Redis; ioredis must retry those commands forever instead of
  // failing them after 20 tries (BullMQ refuses a worker connection without this).
  return {url, maxRetriesPerRequest: null}
}
