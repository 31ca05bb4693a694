import type {Task} from '@vanban/core'
import {taskFields} from '@vanban/core'
import {warningLabels} from '../data/warning-labels.ts'
import {xlsxColumns, xlsxFills, xlsxKinds, xlsxSheetName} from '../data/xlsx-columns.ts'
import {neutralizeFormula} from '../formula-guard.ts'
import {cellText} from '../task-cells.ts'
import type {OutputFormat} from './format.ts'

type CellValue = string | number | Date | null

/**
 * A record's cells: `due` a real date (the sheet shows it dd/mm/yyyy and can
 * sort and filter on it), `page` a number, every other cell a string set as a
 * string value, never a formula object, and guarded as in CSV.
 */
function rowValues(task: Task): CellValue[] {
  return taskFields.map((field): CellValue => {
    if (field === 'due') return task.due === null ? null : isoDateToUtc(task.due)
    if (field === 'page') return task.page
    if (field === 'kind') return xlsxKinds[task.kind]
    if (field === 'warnings') return task.warnings.length === 0 ? null : [...new Set(task.warnings.map((warning) => warningLabels[warning.code]))].join('\n')
    const text = cellText(task, field)
    return text === '' ? null : neutralizeFormula(text)
  })
}

/** `2026-03-31` → midnight UTC of that day: exceljs turns a Date into a serial day through UTC. */
const isoDateToUtc = (iso: string): Date => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day))
}

/**
 * Excel workbook with one sheet, `Nhiệm vụ`: Vietnamese headers, the header row
 * frozen with an autofilter, wrapped text, group headings bold on grey, rows
 * with warnings on yellow saying in Vietnamese what to check. exceljs (MIT) is
 * loaded on first use only: importing it took 1.5 s on this (busy) machine, a
 * cost a CSV run must not pay. The zip step's fflate likewise (92 kB of code a
 * CSV run parsed and ran for nothing, ~15-20 ms).
 */
export const xlsxFormat: OutputFormat = {
  name: 'xlsx',
  extension: '.xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  async write(tasks: readonly Task[]) {
    const {default: ExcelJS} = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    workbook.creator = 'vanban'
    const sheet = workbook.addWorksheet(xlsxSheetName, {
      views: [{state: 'frozen', ySplit: 1}],
      // Printed as clerks hand these lists on: A4 landscape, as wide as the page, the header on every page.
      pageSetup: {paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1'}
    })
    sheet.columns = taskFields.map((field) => ({
      key: field,
      width: xlsxColumns[field].width,
      style: field === 'due' ? {numFmt: 'dd/mm/yyyy', alignment: {vertical: 'top'}} : {alignment: {vertical: 'top', wrapText: true}}
    }))
    const header = sheet.getRow(1)
    header.values = taskFields.map((field) => xlsxColumns[field].header)
    header.font = {bold: true}
    header.alignment = {vertical: 'middle', wrapText: true}
    header.eachCell((cell) => {
      cell.fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: xlsxFills.header}}
    })
    for (const task of tasks) {
      const row = sheet.addRow(rowValues(task))
      const fill = task.warnings.length > 0 ? xlsxFills.warning : task.kind === 'group' ? xlsxFills.group : null
      if (task.kind === 'group') row.font = {bold: true}
      // The specifics (which row, which phrase) as the cell's note: the cell itself says what to check.
      if (task.warnings.length > 0) row.getCell(taskFields.length).note = neutralizeFormula(task.warnings.map((warning) => warning.message).join('\n'))
      if (fill) {
        for (let column = 1; column <= taskFields.length; column++) {
          row.getCell(column).fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: fill}}
        }
      }
    }
    sheet.autoFilter = {from: {row: 1, column: 1}, to: {row: Math.max(1, tasks.length + 1), column: taskFields.length}}
    const {stableZip} = await import('./stable-zip.ts')
    return stableZip(new Uint8Array(await workbook.xlsx.writeBuffer()))
  }
}
