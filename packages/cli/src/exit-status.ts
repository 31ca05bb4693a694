/**
 * Exit statuses of `vanban`, for scripts (listed in `--help` and the README).
 * Signals give 128 + their number (stop-signals.ts): 129 SIGHUP, 130 SIGINT, 143 SIGTERM.
 */
export const exitStatus = {
  /** Every file succeeded (or `--allow-failures`). */
  ok: 0,
  /** A file failed, no file was found to read, or `text` could not read its file. */
  failed: 1,
  /** A usage error: unknown option, bad value, missing argument. */
  usage: 2,
  /**
   * Refused before any work because of an output: it would overwrite an input,
   * it cannot be written, or another run is writing to the output folder.
   */
  outputRefused: 3
} as const
