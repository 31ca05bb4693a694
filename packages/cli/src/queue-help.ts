/** Help texts of the distributed commands (`vanban worker`, `vanban queue …`). */

const redisOptions = `  --redis URL                 Redis server, e.g. redis://127.0.0.1:6379
                              (default: $VANBAN_REDIS)
  --queue NAME                queue name (default: vanban)
`

export const workerHelp = `Usage: vanban worker --redis URL [options]

Takes file jobs from a Redis queue (added by \`vanban queue add\`) and runs each
through the same pipeline as \`vanban tasks\`, writing its output atomically where
the job says. Run one per machine (or more); stop it with SIGTERM or Ctrl-C: it
finishes the files in flight, then exits. A worker that dies mid-file loses
nothing: another takes the file after --lock-timeout.

Options:
${redisOptions}  --concurrency N             files at once (default: 1)
  --jobs N                    OCR workers per file (default: number of CPUs)
  --ocr-engine auto|wasm|native
                              native: this machine's tesseract with vanban's
                              model, the same text faster (default: wasm)
  --lock-timeout SEC          how long a dead worker's file stays claimed
                              (default: 30)
  -q, --quiet                 no line per file
  -h, --help                  show this help
`

export const queueHelp = `Usage: vanban queue <add|status|wait|retry-failed> [options]

  add <files or folders...> --out DIR [--format csv|json|jsonl] [--no-bom]
      [--repair …] [--ocr …] [--max-pages N] [--page-timeout SEC]
                              one job per file; paths must be on storage every
                              worker sees. Prints the batch id.
  status                      jobs per state
  wait [BATCH] [--combine FILE [--format csv|json|jsonl|xlsx]]
                              block until the batch (default: the newest) is
                              finished; one line per failed file. Exit 0 when
                              every file succeeded, 1 when any failed.
                              --combine: then write the tasks of every file
                              that succeeded into FILE, as \`vanban tasks
                              --combine\` would (format from its extension)
  retry-failed                put the failed jobs back in the queue

Options:
${redisOptions}  -h, --help                  show this help
`
