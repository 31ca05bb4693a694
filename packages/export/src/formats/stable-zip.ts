import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'

/** Every entry's time: the first day a zip can say (DOS time), local fields so any time zone writes the same bytes. */
const fixedTime = new Date(1980, 0, 1)

/**
 * The same workbook, byte for byte, whenever the same tasks are written:
 * exceljs stamps the zip entries and the document properties with the
 * current time, so two runs over one input differ and a resumed batch could
 * not promise the bytes of an uninterrupted one. The entries are packed again
 * in their order with a fixed time, and the creation and modification dates
 * (optional in the Office core properties) are left out.
 */
export function stableZip(zip: Uint8Array): Uint8Array {
  const entries = unzipSync(zip)
  const core = entries['docProps/core.xml']
  if (core) entries['docProps/core.xml'] = strToU8(strFromU8(core).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, ''))
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, {mtime: fixedTime, level: 6}]])))
}
