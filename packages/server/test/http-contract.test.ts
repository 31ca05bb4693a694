import {randomBytes} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Task} from '@vanban/core'
import {startServer} from '../src/index.ts'
import {fixture, settled, startTestServer, upload} from './support.ts'

type Started = Awaited<ReturnType<typeof startTestServer>>
let desk: Started
let pdfId = ''
let mdId = ''
let tasks: Task[] = []

beforeAll(async () => {
  desk = await startTestServer({maxUploadBytes: 1024 * 1024})
  const response = await upload(desk.api('/api/documents'), 'Thông báo 20.pdf', await fs.readFile(fixture('tb20-2026-notice.pdf')))
  expect(response.status).toBe(201)
  const created = (await response.json()) as {id: string; name: string; status: string}
  expect(created).toEqual({id: expect.stringMatching(/^[0-9a-f]{12}$/), name: 'Thông báo 20.pdf', status: 'queued'})
  pdfId = created.id
  const info = await settled(desk.api(`/api/documents/${pdfId}`))
  expect(info).toMatchObject({status: "done", pages: 13, pagesDone: 13})
  expect(info).not.toHaveProperty("error")
  tasks = (await (await fetch(desk.api(`/api/documents/${pdfId}/tasks`))).json()) as Task[]
})

afterAll(async () => {
  await desk.server.close()
  await fs.rm(desk.dataDir, {recursive: true, force: true})
})

describe('documents', () => {
  it('reads the uploaded PDF through the CLI pipeline: 52 tasks, records naming the upload', () => {
    expect(tasks.filter((task) => task.kind === 'task')).toHaveLength(52)
    expect(new Set(tasks.map((task) => task.file))).toEqual(new Set(['Thông báo 20.pdf']))
  })

  it('lists documents and reports one, with counts', async () => {
    const list = (await (await fetch(desk.api('/api/documents'))).json()) as {id: string}[]
    expect(list.map((info) => info.id)).toContain(pdfId)
    const info = await (await fetch(desk.api(`/api/documents/${pdfId}`))).json()
    expect(info).toMatchObject({id: pdfId, name: 'Thông báo 20.pdf', status: 'done', tasks: tasks.length, extension: '.pdf', sourceType: 'pdf'})
    expect(info).not.toHaveProperty('error')
  })

  it('says what it reads, writes and accepts', async () => {
    const info = (await (await fetch(desk.api('/api/info'))).json()) as {readable: string[]; exports: string[]; maxUploadBytes: number}
    expect(info.readable).toEqual(expect.arrayContaining(['.pdf', '.txt', '.md', '.png', '.jpg']))
    expect(info).toMatchObject({exports: ['csv', 'json', 'jsonl', 'xlsx'], maxUploadBytes: 1024 * 1024})
  })

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['000000000000', '..%2F..%2Fetc', 'x']) {
      const response = await fetch(desk.api(`/api/documents/${id}`))
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({error: 'no such document'})
    }
  })

  it('reports a file of random bytes as failed with the CLI reason, naming the upload, and goes on', async () => {
    const created = (await (await upload(desk.api('/api/documents'), 'noise.pdf', randomBytes(4096))).json()) as {id: string}
    const info = (await settled(desk.api(`/api/documents/${created.id}`))) as {status: string; error: string; errorCode: string}
    expect(info.status).toBe('failed')
    expect(info.error).toMatch(/^noise\.pdf: /)
    expect(info.error).not.toContain(desk.dataDir)
    expect(info.error).not.toContain('\n')
    // The server is still up and reads the next file.
    const next = (await (await upload(desk.api('/api/documents'), 'ghi-chu.md', Buffer.from('# Thông báo\n\n1. Bộ Tài chính chủ trì xây dựng đề án, hoàn thành trong quý I/2026.\n'))).json()) as {id: string}
    expect(await settled(desk.api(`/api/documents/${next.id}`))).toMatchObject({status: 'done', tasks: 1})
    mdId = next.id
  })

  it('never uses the uploaded name as a path', async () => {
    const response = await upload(desk.api('/api/documents'), '../../../evil.md', Buffer.from('1. Bộ Công an chủ trì kiểm tra.\n'))
    const created = (await response.json()) as {id: string; name: string}
    expect(created.name).toBe('evil.md')
    expect(await fs.readdir(path.join(desk.dataDir, created.id))).toContain('source.md')
    await expect(fs.stat(path.join(desk.dataDir, '..', 'evil.md'))).rejects.toThrow()
  })

  it('reads a Word file like the CLI and gives its paragraphs for the source pane', async () => {
    const created = (await (await upload(desk.api('/api/documents'), 'Nghị quyết.docx', await fs.readFile(fixture('formats/government-resolution.docx')))).json()) as {id: string}
    expect(await settled(desk.api(`/api/documents/${created.id}`))).toMatchObject({status: 'done', sourceType: 'other'})
    const found = (await (await fetch(desk.api(`/api/documents/${created.id}/tasks`))).json()) as Task[]
    expect(found.length).toBeGreaterThan(5)
    const text = await (await fetch(desk.api(`/api/documents/${created.id}/text`))).text()
    const first = found.find((task) => task.kind === 'task')!
    expect(text.split('\n').some((line) => line.includes(first.text.slice(0, 30)))).toBe(true)
    await fetch(desk.api(`/api/documents/${created.id}`), {method: 'DELETE'})
  })

  it('knows an upload by its bytes, not its name, for showing it', async () => {
    const created = (await (await upload(desk.api('/api/documents'), 'scan', Buffer.from('%PDF-1.4\n%%EOF\n'))).json()) as {id: string}
    const info = (await (await fetch(desk.api(`/api/documents/${created.id}`))).json()) as {extension: string; sourceType: string}
    expect(info).toMatchObject({extension: '', sourceType: 'pdf'})
    const source = await fetch(desk.api(`/api/documents/${created.id}/source`))
    expect(source.headers.get('content-type')).toBe('application/pdf')
    const html = (await (await upload(desk.api('/api/documents'), 'page.pdf', Buffer.from('<html><script>alert(1)</script>'))).json()) as {id: string}
    const served = await fetch(desk.api(`/api/documents/${html.id}/source`))
    expect([served.headers.get('content-type'), served.headers.get('content-disposition')]).toEqual(['application/octet-stream', 'attachment'])
    await settled(desk.api(`/api/documents/${created.id}`))
    await fetch(desk.api(`/api/documents/${created.id}`), {method: 'DELETE'})
    await settled(desk.api(`/api/documents/${html.id}`))
    await fetch(desk.api(`/api/documents/${html.id}`), {method: 'DELETE'})
  })

  it('refuses an upload over --max-upload-mb with 413 and keeps nothing', async () => {
    const before = await fs.readdir(desk.dataDir)
    const response = await upload(desk.api('/api/documents'), 'big.pdf', new Uint8Array(1024 * 1024 + 10))
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({error: 'the upload is larger than --max-upload-mb (1 MB)'})
    expect(await fs.readdir(desk.dataDir)).toEqual(before)
  })

  it('forgets an upload cut off mid-way and keeps serving', async () => {
    const before = await fs.readdir(desk.dataDir)
    const {port} = new URL(desk.server.url)
    const net = await import('node:net')
    const socket = net.connect(Number(port), '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    const boundary = 'vanbanboundary'
    socket.write(`POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
      `Content-Length: 100000\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\n\r\n%PDF-1.7 partial`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    socket.destroy()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await fs.readdir(desk.dataDir)).toEqual(before)
    expect((await fetch(desk.api('/api/documents'))).status).toBe(200)
  })

  it('refuses a POST without a file field (400) and one from another site (403)', async () => {
    const form = new FormData()
    form.append('note', 'x')
    expect((await fetch(desk.api('/api/documents'), {method: 'POST', body: form})).status).toBe(400)
    const cross = new FormData()
    cross.append('file', new Blob(['1. Bộ Tài chính chủ trì.']), 'a.md')
    const response = await fetch(desk.api('/api/documents'), {method: 'POST', body: cross, headers: {origin: 'http://evil.example'}})
    expect(response.status).toBe(403)
  })
})

describe('edits and exports', () => {
  const taskUrl = (id: string) => desk.api(`/api/documents/${pdfId}/tasks/${encodeURIComponent(id)}`)
  const patch = (id: string, body: unknown) =>
    fetch(taskUrl(id), {method: 'PATCH', body: JSON.stringify(body), headers: {'content-type': 'application/json'}})

  it('applies an edit and answers the edited record', async () => {
    const target = tasks.find((task) => task.kind === 'task')!
    const response = await patch(target.id, {owner: 'Văn phòng Chính phủ (đã sửa)', due: '2026-12-31'})
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({...target, owner: 'Văn phòng Chính phủ (đã sửa)', due: '2026-12-31'})
    const after = (await (await fetch(desk.api(`/api/documents/${pdfId}/tasks`))).json()) as Task[]
    expect(after.find((task) => task.id === target.id)!.owner).toBe('Văn phòng Chính phủ (đã sửa)')
    expect(await (await fetch(desk.api(`/api/documents/${pdfId}/edits`))).json()).toEqual({[target.id]: {owner: 'Văn phòng Chính phủ (đã sửa)', due: '2026-12-31'}})
  })

  it('reverts the corrections of a field, then of a whole task', async () => {
    const target = tasks.filter((task) => task.kind === 'task')[1]!
    await patch(target.id, {owner: 'Bộ Nội vụ', recurrence: 'hằng quý'})
    const revert = (query: string) => fetch(`${taskUrl(target.id)}/edits${query}`, {method: 'DELETE'})
    expect(await (await revert('?field=owner')).json()).toEqual({...target, recurrence: 'hằng quý'})
    expect((await revert('?field=page')).status).toBe(400)
    expect(await (await revert('')).json()).toEqual(target)
    const edits = (await (await fetch(desk.api(`/api/documents/${pdfId}/edits`))).json()) as Record<string, unknown>
    expect(edits).not.toHaveProperty(target.id)
  })

  it('answers 400 with a message for an impossible date, 404 for an unknown task', async () => {
    const target = tasks.find((task) => task.kind === 'task')!
    const response = await patch(target.id, {due: '2026-02-30'})
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({error: 'due: "2026-02-30" is not a real date (YYYY-MM-DD)'})
    expect((await patch('no-such-task', {owner: 'x'})).status).toBe(404)
  })

  it('exports the reviewed tasks as xlsx, csv and json, for one document and for all', async () => {
    const target = tasks.find((task) => task.kind === 'task')!
    const xlsx = await fetch(desk.api(`/api/documents/${pdfId}/export.xlsx`))
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="Thong bao 20.nhiem-vu.xlsx"; filename*=UTF-8''${encodeURIComponent('Thông báo 20.nhiem-vu.xlsx')}`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer)
    const sheet = workbook.getWorksheet('Nhiệm vụ')!
    expect(sheet.rowCount).toBe(tasks.length + 1)
    const row = sheet.getRows(2, tasks.length)!.find((r) => r.getCell(2).value === target.id)!
    expect(row.getCell(6).value).toBe('Văn phòng Chính phủ (đã sửa)')
    expect((row.getCell(9).value as Date).toISOString().slice(0, 10)).toBe('2026-12-31')

    const csv = await (await fetch(desk.api(`/api/documents/${pdfId}/export.csv`))).text()
    expect(csv).toContain('Văn phòng Chính phủ (đã sửa)')
    const json = (await (await fetch(desk.api(`/api/documents/${pdfId}/export.json`))).json()) as {tasks: Task[]}
    expect(json.tasks).toHaveLength(tasks.length)

    const all = (await (await fetch(desk.api('/api/export.json'))).json()) as {tasks: Task[]}
    expect(all.tasks.filter((task) => task.file === 'Thông báo 20.pdf')).toHaveLength(tasks.length)
    expect(new Set(all.tasks.map((task) => task.file)).size).toBeGreaterThan(1)
    expect((await fetch(desk.api('/api/export.xls'))).status).toBe(404)
  })

  it('keeps the edits across a restart', async () => {
    const target = tasks.find((task) => task.kind === 'task')!
    await desk.server.close()
    desk = {...desk, ...(await startTestServer({dataDir: desk.dataDir, maxUploadBytes: 1024 * 1024}))}
    const after = (await (await fetch(desk.api(`/api/documents/${pdfId}/tasks`))).json()) as Task[]
    expect(after.find((task) => task.id === target.id)).toMatchObject({owner: 'Văn phòng Chính phủ (đã sửa)', due: '2026-12-31'})
  })

  it('serves the source and the normalized text of a document', async () => {
    const source = await fetch(desk.api(`/api/documents/${pdfId}/source`))
    expect(source.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await source.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    const text = await (await fetch(desk.api(`/api/documents/${mdId}/text`))).text()
    expect(text).toBe('Thông báo\n1. Bộ Tài chính chủ trì xây dựng đề án, hoàn thành trong quý I/2026.\n')
  })

  it('pushes page progress while a PDF is read, then its final state', async () => {
    const controller = new AbortController()
    const response = await fetch(desk.api('/api/events'), {signal: controller.signal})
    const reader = response.body!.getReader()
    const created = (await (await upload(desk.api('/api/documents'), 'again.pdf', await fs.readFile(fixture('tb20-2026-notice.pdf')))).json()) as {id: string}
    const states: {status: string; pages: number; pagesDone: number}[] = []
    let buffer = ''
    while (!states.some((state) => state.status === 'done' || state.status === 'failed')) {
      buffer += new TextDecoder().decode((await reader.read()).value)
      const events = buffer.split('\n\n')
      buffer = events.pop()!
      for (const event of events) {
        const data = /^data: (.*)$/m.exec(event)?.[1]
        const info = data ? (JSON.parse(data) as {id: string; status: string; pages: number; pagesDone: number}) : null
        if (info?.id === created.id) states.push(info)
      }
    }
    controller.abort()
    expect(states[0]!.status).toBe('queued')
    const running = states.filter((state) => state.status === 'running' && state.pages === 13)
    expect(running.length).toBeGreaterThan(1)
    expect(running.map((state) => state.pagesDone)).toEqual([...running.map((state) => state.pagesDone)].sort((a, b) => a - b))
    expect(states.at(-1)).toMatchObject({status: 'done', pages: 13, pagesDone: 13})
  })

  it('pushes document states as server-sent events', async () => {
    const controller = new AbortController()
    const response = await fetch(desk.api('/api/events'), {signal: controller.signal})
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    const reader = response.body!.getReader()
    let text = ''
    while (!text.includes(pdfId)) text += new TextDecoder().decode((await reader.read()).value)
    controller.abort()
    expect(text).toMatch(/event: document\ndata: \{"id":"[0-9a-f]{12}"/)
  })

  it('deletes a document and its folder', async () => {
    const response = await fetch(desk.api(`/api/documents/${pdfId}`), {method: 'DELETE'})
    expect(response.status).toBe(204)
    expect((await fetch(desk.api(`/api/documents/${pdfId}`))).status).toBe(404)
    await expect(fs.stat(path.join(desk.dataDir, pdfId))).rejects.toThrow()
  })
})

it('refuses a Host that is not loopback when listening on loopback (DNS rebinding)', async () => {
  const dataDir = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'vanban-desk-'))
  const server = await startServer({port: 0, dataDir})
  try {
    const http = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      http.get(new URL('/api/documents', server.url), {headers: {host: 'attacker.example:5757'}}, (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      }).on('error', reject)
    })
    expect(status).toBe(403)
  } finally {
    await server.close()
    await fs.rm(dataDir, {recursive: true, force: true})
  }
})
