import path from 'node:path'
import {expandInputs, toFileError, writeFileAtomic} from '@vanban/batch'
import {renderText} from '@vanban/export'
import {readDocument} from '@vanban/ingest'
import {normalizeDocument, repairModelFromLanguageModel, trainLanguageModel} from '@vanban/normalize'
import {parseCommand, positiveNumber, UsageError} from '../args.ts'
import {trainHelp} from '../help.ts'
import {type CliIO, write} from '../io.ts'

/**
 * Only text that is already right may teach the model: plain text and PDF text
 * layers. Scans would teach it OCR errors, so images are not read and OCR is off.
 */
const trainableExtensions = new Set(['.txt', '.md', '.pdf'])

const options = {
  out: {type: 'string', short: 'o'},
  'min-count': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  verbose: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

/** `vanban train <files or folders...> --out model.json`: a syllable language model from clean notices. */
export async function trainCommand(args: readonly string[], io: CliIO): Promise<number> {
  const {values, positionals} = parseCommand(args, options)
  if (values.help) {
    await write(io.stdout, trainHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('give at least one file or folder of clean text')
  if (values.out === undefined) throw new UsageError('--out <model.json> is required')
  const minCount = positiveNumber('min-count', values['min-count']) ?? 1

  const files = (await expandInputs(positionals)).filter(({file}) => trainableExtensions.has(path.extname(file).toLowerCase()))
  const texts: string[] = []
  let failed = 0
  for (const {file} of files) {
    try {
      // No repair: a repaired guess fed back as truth would only confirm the model's own mistakes.
      texts.push(renderText(normalizeDocument(await readDocument(file, {ocr: 'never'}), {repair: 'never'})))
      if (!values.quiet) await write(io.stderr, `read  ${file}\n`)
    } catch (error) {
      failed++
      const failure = toFileError(file, error)
      await write(io.stderr, `FAIL  ${failure.message}\n${values.verbose && failure.stack ? failure.stack + '\n' : ''}`)
    }
  }
  if (texts.length === 0) {
    await write(io.stderr, `vanban: no readable .txt, .md or .pdf file in ${positionals.join(', ')}\n`)
    return 1
  }
  const lm = trainLanguageModel(texts, {minBigramCount: minCount, minTrigramCount: minCount})
  // A complete repair model (the shipped OCR channel with the new language model), ready for --model.
  const json = JSON.stringify(repairModelFromLanguageModel(lm))
  await writeFileAtomic(values.out, json + '\n')
  if (!values.quiet) {
    await write(io.stderr, `vanban: trained on ${texts.length} file${texts.length === 1 ? '' : 's'} (${lm.vocab.length} syllables in the vocabulary), ` +
      `${failed} failed → ${values.out} (${Math.ceil(json.length / 1024)} KB)\n`)
  }
  return failed > 0 ? 1 : 0
}
