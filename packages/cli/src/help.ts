/** Help texts, kept apart from parsing so `--help` output is easy to review (and is locked by tests). */

/** Option lines `text` and `tasks` share: how a document is read. */
const readingOptions = `  --repair auto|always|never  Vietnamese diacritic repair (default: auto)
  --model FILE                repair model written by \`vanban train\`
                              (default: the shipped model)
  --ocr auto|always|never     when to OCR PDF pages; auto: pages without a
                              usable text layer (default: auto)
`
const ocrOptions = `  --page-timeout SEC          give up OCR of one page after SEC seconds
                              (default: 120)
  --jobs N                    OCR workers (default: number of CPUs)
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

Exit status: 0 on success, 1 when a file failed, 2 on a usage error,
130/143 when interrupted (SIGINT/SIGTERM).
`

export const textHelp = `Usage: vanban text <file> [options]

Prints the normalized text of one document on stdout: one paragraph a line,
table rows one a line (cells separated by tabs), no page numbers or repeated
headers.

Options:
${readingOptions}  --password P                password of an encrypted PDF (or set
                              VANBAN_PASSWORD)
  --max-pages N               refuse documents with more than N pages
${ocrOptions}  --verbose                   show stack traces of errors
  -h, --help                  show this help
`

export const tasksHelp = `Usage: vanban tasks <files or folders...> [options]

Extracts the tasks (who leads, with whom, what, by when) of every input. A
folder means every supported file in it (.pdf .txt .md .png .jpg .jpeg .tif
.tiff), recursively, in sorted order. A bad file is reported on one line and
the rest of the batch goes on.

Output:
  --format csv|json|jsonl     output format (default: from the --out/--combine
                              extension, else csv)
  --out PATH                  a .csv/.json/.jsonl path (or any path when the
                              input is one file): one output file; otherwise a
                              folder with one output per input (same relative
                              path, new extension) and a manifest for --resume.
                              Without --out: stdout
  --combine FILE              also write every task of the run into FILE
  --no-bom                    CSV without the UTF-8 byte order mark (Excel
                              needs it to show Vietnamese)
  --resume                    with --out <folder>: skip inputs whose output is
                              already complete for the same content and options

Reading:
${readingOptions}  --password P                password of encrypted PDFs (or set
                              VANBAN_PASSWORD)
  --max-pages N               fail documents with more than N pages
${ocrOptions}
Run:
  --allow-failures            exit 0 even when some files failed (they are
                              still reported)
  --quiet                     no progress and no summary; failures are
                              still printed
  --verbose                   list warnings and show stack traces of errors
  -h, --help                  show this help

Every output is written to a temporary file and renamed into place; Ctrl-C
stops after discarding the file in flight and leaves only complete outputs.
`

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
