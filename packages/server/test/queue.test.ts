import fs from 'node:fs/promises'
import ExcelJS from 'exceljs'
import {expect, it} from 'vitest'
import {fixture, settled, startTestServer, upload} from './support.ts'

const notice = (owner: string) => Buffer.from(`# Thông báo\n\n1. ${owner} chủ trì xây dựng đề án, hoàn thành trong quý I/2026.\n`)

it('a document deleted while queued or read is dropped; the queue goes on with the next', async () => {
  const desk = await startTestServer()
  try {
    const pdf = await fs.readFile(fixture('tb20-2026-notice.pdf'))
    const first = (await (await upload(desk.api('/api/documents'), 'a.pdf', pdf)).json()) as {id: string}
    const second = (await (await upload(desk.api('/api/documents'), 'b.pdf', pdf)).json()) as {id: string}
    const third = (await (await upload(desk.api('/api/documents'), 'c.md', notice('Bộ Tài chính'))).json()) as {id: string}
    expect((await fetch(desk.api(`/api/documents/${second.id}`), {method: 'DELETE'})).status).toBe(204)
    expect((await fetch(desk.api(`/api/documents/${first.id}`), {method: 'DELETE'})).status).toBe(204)
    expect(await settled(desk.api(`/api/documents/${third.id}`))).toMatchObject({status: 'done', tasks: 1})
    const left = (await (await fetch(desk.api('/api/documents'))).json()) as {id: string}[]
    expect(left.map((info) => info.id)).toEqual([third.id])
    expect(await fs.readdir(desk.dataDir)).toEqual([third.id])
  } finally {
    await desk.server.close()
    await fs.rm(desk.dataDir, {recursive: true, force: true})
  }
})

it('documents left queued when the server stopped are read at the next start; Excel for all holds every document', async () => {
  const first = await startTestServer()
  // A PDF first, so the notices behind it are still queued (and the PDF half read) when the server stops.
  const pdf = ((await (await upload(first.api('/api/documents'), 'tb20.pdf', await fs.readFile(fixture('tb20-2026-notice.pdf')))).json()) as {id: string}).id
  const ids: string[] = []
  for (const owner of ['Bộ Tài chính', 'Bộ Tư pháp', 'Bộ Công an']) {
    ids.push(((await (await upload(first.api('/api/documents'), `${owner}.md`, notice(owner))).json()) as {id: string}).id)
  }
  const states = (await (await fetch(first.api('/api/documents'))).json()) as {status: string}[]
  expect(states.filter((info) => info.status === 'queued').length).toBeGreaterThanOrEqual(3)
  await first.server.close()
  const desk = await startTestServer({dataDir: first.dataDir})
  try {
    expect(await settled(desk.api(`/api/documents/${pdf}`))).toMatchObject({status: 'done', pages: 13})
    for (const id of ids) expect(await settled(desk.api(`/api/documents/${id}`))).toMatchObject({status: 'done', tasks: 1})
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await (await fetch(desk.api('/api/export.xlsx'))).arrayBuffer()) as ArrayBuffer)
    const sheet = workbook.getWorksheet('Nhiệm vụ')!
    const rows = sheet.getRows(2, sheet.rowCount - 1)!
    expect(rows.filter((row) => row.getCell(1).value === 'tb20.pdf' && row.getCell(3).value === 'nhiệm vụ')).toHaveLength(52)
    expect(rows.slice(-3).map((row) => [row.getCell(1).value, row.getCell(6).value])).toEqual([
      ['Bộ Tài chính.md', 'Bộ Tài chính'],
      ['Bộ Tư pháp.md', 'Bộ Tư pháp'],
      ['Bộ Công an.md', 'Bộ Công an']
    ])
  } finally {
    await desk.server.close()
    await fs.rm(desk.dataDir, {recursive: true, force: true})
  }
})
