/** Help texts, kept apart from parsing so `--help` output is easy to review (and is locked by tests). */

/** The exit statuses (exit-status.ts), in the main help and `tasks --help`. */
const exitStatusHelp = `Exit status:
  0        success (with --allow-failures: even when files failed)
  1        a file failed, or there was no file to read
  2        usage error (unknown option, bad value, missing argument)
  3        refused before any work: an output would overwrite an input, an
           output cannot be written, or another run writes to the folder
  130/143  interrupted by SIGINT/SIGTERM (129: SIGHUP)
`

/** Option lines `text` and `tasks` share: how a document is read. */
const readingOptions = `  --repair auto|always|never  Vietnamese diacritic repair (default: auto)
  --model FILE                repair model written by \`vanban train\`
                              (default: the shipped model)
  --ocr auto|always|never     when to OCR PDF pages; auto: pages without a
                              usable text layer (default: auto)
  --name NAME                 the name of standard input (-) in records and
                              messages; its extension hints at the type
                              (default: stdin)
`
const ocrOptions = `  --page-timeout SEC          give up OCR of one page after SEC seconds
                              (default: 120)
  --ocr-engine auto|wasm|native
                              wasm: tesseract.js; native: the system
                              tesseract (faster); auto: native when
                              installed (default: wasm)
  --jobs N                    OCR workers (default: number of CPUs), and
                              files read at once by \`tasks\` (default: one
                              less)
`
/** Limits on one document, so a hostile file ends with a reason. */
const limitOptions = `  --max-file-mb N             refuse files larger than N MB (default: 50
                              for text, 500 for anything else)
  --max-stream-mb N           refuse PDFs with a stream inflating past N MB
                              (default: 256)
  --parse-timeout SEC         give up a PDF page's text layer after SEC
                              seconds (default: 20)
`

export const mainHelp = `Usage: vanban <command> [options]

Turns Vietnamese government notices (PDF, scans, .txt, .md) into task lists.

Commands:
  text <file>                 print the document's normalized text, one
                              paragraph a line
  tasks <files or folders...> extract the tasks as CSV, JSON or JSON Lines
  schema                      print the JSON Schema of one task record
  train <folders...> --out F  build a syllable language model from clean text
  serve                       the clerk's desk: a local web page to convert,
                              review, correct and export (Excel, CSV, JSON)

Options:
  -h, --help                  show help (also: vanban <command> --help)
  -v, --version               show the version

${exitStatusHelp}`

export const textHelp = `Usage: vanban text <file> [options]

Prints the normalized text of one document on stdout: one paragraph a line,
table rows one a line (cells separated by tabs), no page numbers or repeated
headers.

Options:
${readingOptions}  --password P                password of an encrypted PDF (or set
                              VANBAN_PASSWORD)
  --max-pages N               refuse documents with more than N pages
${limitOptions}${ocrOptions}  --verbose                   show stack traces of errors
  -h, --help                  show this help
`

export const tasksHelp = `Usage: vanban tasks <files or folders...> [options]

Extracts the tasks (who leads, with whom, what, by when) of every input. A
folder means every supported file in it, recursively, in sorted order; - is
standard input (its type read from the content). A bad file is reported on
one line and the rest of the batch goes on.

Output:
  --format csv|json|jsonl|xlsx
                              output format (default: from the --out/--combine
                              extension, else csv)
  --out PATH                  a .csv/.json/.jsonl/.xlsx path (or any path when
                              the input is one file): one output file;
                              otherwise a folder with one output per input
                              (same relative path, new extension) and a
                              manifest for --resume. Without --out, or with
                              --out -: stdout
  --combine FILE              also write every task of the run into FILE
                              (- for stdout)
  --report FILE               one JSON object a line per input: file, status
                              (ok, warn, failed, skipped), code, message,
                              tasks, pages, seconds
  --no-bom                    CSV without the UTF-8 byte order mark (Excel
                              needs it to show Vietnamese)
  --resume                    with --out <folder>: skip inputs whose output is
                              already complete for the same content and options

Reading:
${readingOptions}  --password P                password of encrypted PDFs (or set
                              VANBAN_PASSWORD)
  --max-pages N               fail documents with more than N pages
${limitOptions}  --agencies FILE             agency names to recognise as owners, one a line
${ocrOptions}
Run:
  --allow-failures            exit 0 even when some files failed (they are
                              still reported)
  --quiet                     no progress and no summary; failures are
                              still printed
  --verbose                   list warnings and show stack traces of errors
  -h, --help                  show this help

Every output is written to a temporary file and renamed into place; one run
at a time writes to an output folder. Ctrl-C stops after discarding the files
in flight and leaves only complete outputs.

${exitStatusHelp}`

export const schemaHelp = `Usage: vanban schema

Prints the JSON Schema (draft 2020-12) of one task record, the contract of
every JSON and JSON Lines output (CSV columns follow the same order).

Options:
  -h, --help                  show this help
`

export const trainHelp = `Usage: vanban train <files or folders...> --out model.json

Counts syllable n-grams over clean Vietnamese text (.txt, .md and PDF text
layers; scans are not read, OCR errors must not be learnt) and writes a
repair model: that language model with the shipped OCR channel. Use it with
\`vanban text --model FILE\` and \`vanban tasks --model FILE\`.

Options:
  -o, --out FILE              where to write the model (JSON, atomically)
  --min-count N               drop bigrams and trigrams seen fewer than N times
                              (smaller file; default: 1)
  --quiet                     no per-file lines and no summary
  --verbose                   show stack traces of errors
  -h, --help                  show this help
`

export const serveHelp = `Usage: vanban serve [options]

Starts the clerk's desk, a web page on this computer: drop notices on it (PDF,
scans, .txt, .md …), follow their progress, review the tasks beside the page
they came from, correct them, and download Excel, CSV or JSON. Documents and
edits are kept in the data folder, so a restart keeps them. Ctrl-C stops.

Options:
  --port N                    port to listen on (default: 5757)
  --host ADDR                 address to listen on (default: 127.0.0.1, this
                              computer only; the page has no login)
  --data DIR                  where uploads, tasks and edits are kept
                              (default: ~/.vanban/desk)
  --open                      open the page in the default browser
  --max-upload-mb N           refuse larger uploads (default: 100)
${readingOptions}${ocrOptions}  -h, --help                  show this help
`
