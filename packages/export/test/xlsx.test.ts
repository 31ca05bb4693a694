import {type Task, warningCodes} from '@vanban/core'
import ExcelJS from 'exceljs'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {formatOfPath, getFormat, outputFormats, warningLabels, writeTasks} from '../src/index.ts'
import {sampleTask} from './support.ts'


const task = (overrides: Partial<Task> = {}): Task => sampleTask({file: 'tb20.pdf', text: 'Nghiên cứu, lựa chọn thể chế, chính sách "sandbox"', ...overrides})

const tasks = [
  task({id: '3', kind: 'group', parent: null, text: 'Chỉ đạo, điều hành', owner: null, coordinators: [], deadlineText: null, due: null, page: 8}),
  task(),
  task({id: '3.c.2', owner: null, due: '2026-02-28', warnings: [{code: 'owner-missing', message: 'không tìm thấy cơ quan chủ trì'}, {code: 'deadline-year-assumed', message: 'năm được giả định'}]})
]

async function readBack(tasksIn: readonly Task[]) {
  const bytes = (await writeTasks(tasksIn, {format: 'xlsx'})) as Uint8Array
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return {bytes, sheet: workbook.getWorksheet('Nhiệm vụ')!}
}

describe('xlsx', () => {
  it('writes a zip with one sheet named Nhiệm vụ and Vietnamese headers', async () => {
    const {bytes, sheet} = await readBack(tasks)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
    expect(sheet.getRow(1).values).toEqual([undefined, 'Tệp', 'Số thứ tự', 'Loại', 'Thuộc mục', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì',
      'Cơ quan phối hợp', 'Thời hạn (nguyên văn)', 'Hạn hoàn thành', 'Định kỳ', 'Sản phẩm', 'Trang', 'Cần kiểm tra'])
    expect(sheet.rowCount).toBe(4)
  })

  it('freezes the header row and filters every column', async () => {
    const {sheet} = await readBack(tasks)
    expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1})
    expect(sheet.autoFilter).toBe('A1:M4')
  })

  it('prints on A4 landscape, one page wide, the header on every page', async () => {
    const {sheet} = await readBack(tasks)
    expect(sheet.pageSetup).toMatchObject({paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1'})
  })

  it('writes due as a date cell shown dd/mm/yyyy and page as a number', async () => {
    const {sheet} = await readBack(tasks)
    const due = sheet.getRow(3).getCell(9)
    expect(due.type).toBe(ExcelJS.ValueType.Date)
    expect((due.value as Date).toISOString()).toBe('2026-06-30T00:00:00.000Z')
    expect(due.numFmt).toBe('dd/mm/yyyy')
    expect(sheet.getRow(4).getCell(9).value).toEqual(new Date('2026-02-28T00:00:00Z'))
    expect(sheet.getRow(3).getCell(12).value).toBe(9)
    expect(sheet.getRow(2).getCell(9).value).toBe(null)
  })

  it('wraps text, joins lists, says what to check in Vietnamese (the messages in a note), colours rows to check and groups', async () => {
    const {sheet} = await readBack(tasks)
    const [group, plain, checked] = [sheet.getRow(2), sheet.getRow(3), sheet.getRow(4)]
    expect(plain.getCell(5).alignment).toMatchObject({wrapText: true})
    expect(plain.getCell(7).value).toBe('Bộ Tư pháp; Hà Nội, Đà Nẵng')
    expect(checked.getCell(13).value).toBe('Chưa xác định được cơ quan chủ trì\nThời hạn không ghi năm: đã lấy năm của văn bản')
    expect(checked.getCell(13).note).toBe('không tìm thấy cơ quan chủ trì\nnăm được giả định')
    expect(plain.getCell(13).value).toBe(null)
    const fill = (row: ExcelJS.Row) => (row.getCell(5).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb
    expect(fill(checked)).toBe('FFFFF2CC')
    expect(fill(group)).toBe('FFEDEDED')
    expect(fill(plain)).toBeUndefined()
    expect(group.getCell(5).font).toMatchObject({bold: true})
    expect(group.getCell(3).value).toBe('nhóm')
    expect(plain.getCell(3).value).toBe('nhiệm vụ')
  })

  it('has Vietnamese words for every warning code', () => {
    expect(Object.keys(warningLabels).sort()).toEqual(Object.keys(warningCodes).sort())
    expect(new Set(Object.values(warningLabels)).size).toBe(Object.keys(warningCodes).length)
  })

  it('writes the same bytes for the same tasks (no time stamps), at any time zone', async () => {
    const first = (await writeTasks(tasks, {format: 'xlsx'})) as Uint8Array
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const second = (await writeTasks(tasks, {format: 'xlsx'})) as Uint8Array
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    const core = strFromU8(unzipSync(first)['docProps/core.xml']!)
    expect(core).not.toMatch(/dcterms:(created|modified)/)
    expect(core).toContain('<dc:creator>vanban</dc:creator>')
  })

  it('writes an empty sheet with its header for no tasks', async () => {
    const {sheet} = await readBack([])
    expect(sheet.rowCount).toBe(1)
  })
})

describe('the format registry', () => {
  it.each([
    ['csv', '.csv', 'text/csv; charset=utf-8'],
    ['json', '.json', 'application/json; charset=utf-8'],
    ['jsonl', '.jsonl', 'application/jsonl; charset=utf-8'],
    ['xlsx', '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
  ] as const)('%s: %s, %s', (name, extension, mediaType) => {
    expect(getFormat(name)).toBe(outputFormats[name])
    expect(outputFormats[name]).toMatchObject({name, extension, mediaType})
    expect(formatOfPath(`out/all${extension.toUpperCase()}`)).toBe(outputFormats[name])
  })

  it('knows no other format', () => {
    expect(() => getFormat('xls')).toThrow(/unknown format "xls"; use csv, json, jsonl, xlsx/)
    expect(formatOfPath('notes.txt')).toBeUndefined()
  })

  it('returns text for text formats and bytes for xlsx', async () => {
    expect(typeof (await writeTasks(tasks, {format: 'jsonl'}))).toBe('string')
    expect(await writeTasks(tasks, {format: 'xlsx'})).toBeInstanceOf(Uint8Array)
  })
})
