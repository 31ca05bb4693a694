import type {DocumentInfo, Task} from './api.ts'
import {documentUrl} from './api.ts'
import {words} from './labels.ts'
import {findSpan, matchKey} from './text-match.ts'

type Pdfjs = typeof import('pdfjs-dist')
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>

let pdfjsLoading: Promise<Pdfjs> | null = null

/** pdf.js and its worker, bundled with the page and loaded on the first PDF shown. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default
    return pdfjs
  })
  return pdfjsLoading
}

/**
 * The source pane: for a PDF the task's page rendered by pdf.js with the
 * text-layer pieces of the task's lines marked; for an image the image; for
 * text (and the formats read as text) the task's paragraph with its
 * neighbours. Documents are opened once and kept while the page lives.
 */
export class SourceView {
  readonly #root: HTMLElement
  readonly #pdfs = new Map<string, Promise<PdfDocument>>()
  readonly #texts = new Map<string, Promise<string[]>>()
  #request = 0

  constructor(root: HTMLElement) {
    this.#root = root
  }

  clear(message = ''): void {
    this.#request++
    this.#root.replaceChildren(note(message))
  }

  forget(id: string): void {
    void this.#pdfs.get(id)?.then((pdf) => pdf.destroy()).catch(() => {})
    this.#pdfs.delete(id)
    this.#texts.delete(id)
  }

  async show(info: DocumentInfo, task: Task): Promise<void> {
    const request = ++this.#request
    const current = () => request === this.#request
    try {
      if (info.sourceType === 'pdf') await this.#showPdf(info, task, current)
      else if (info.sourceType === 'png' || info.sourceType === 'jpeg') this.#showImage(info)
      else if (info.sourceType === 'tiff') this.#root.replaceChildren(note(words.noPreview))
      else await this.#showParagraph(info, task, current)
    } catch (error) {
      if (current()) this.#root.replaceChildren(note((error as Error).message))
    }
  }

  #showImage(info: DocumentInfo): void {
    const image = document.createElement('img')
    image.src = `${documentUrl(info.id)}/source`
    image.alt = info.name
    image.className = 'page-image'
    this.#root.replaceChildren(image)
  }

  async #showPdf(info: DocumentInfo, task: Task, current: () => boolean): Promise<void> {
    if (task.page === null) {
      this.#root.replaceChildren(note(words.noPage))
      return
    }
    let loading = this.#pdfs.get(info.id)
    if (!loading) {
      loading = loadPdfjs().then((pdfjs) => pdfjs.getDocument({
        url: `${documentUrl(info.id)}/source`,
        cMapUrl: '/pdfjs/cmaps/',
        cMapPacked: true,
        standardFontDataUrl: '/pdfjs/standard_fonts/',
        wasmUrl: '/pdfjs/wasm/',
        isEvalSupported: false
      }).promise)
      this.#pdfs.set(info.id, loading)
    }
    const pdf = await loading
    const page = await pdf.getPage(task.page)
    const width = Math.max(320, this.#root.clientWidth - 8)
    const base = page.getViewport({scale: 1})
    const viewport = page.getViewport({scale: width / base.width})
    const ratio = window.devicePixelRatio || 1
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(viewport.width * ratio)
    canvas.height = Math.round(viewport.height * ratio)
    canvas.style.width = `${viewport.width}px`
    canvas.style.height = `${viewport.height}px`
    await page.render({canvas, viewport: page.getViewport({scale: (width / base.width) * ratio})}).promise
    if (!current()) return

    const frame = document.createElement('div')
    frame.className = 'page-frame'
    frame.style.width = `${viewport.width}px`
    frame.style.height = `${viewport.height}px`
    frame.append(canvas)
    const caption = document.createElement('p')
    caption.className = 'page-caption'
    caption.textContent = words.pageOf(task.page)

    const content = await page.getTextContent()
    const items = content.items.filter((item): item is Extract<typeof item, {str: string}> => 'str' in item)
    let marked = 0
    if (items.length === 0) {
      caption.textContent += ` — ${words.scanPage}`
    } else {
      // One match key for the page, remembering which text item each of its characters came from.
      let haystack = ''
      const owner: number[] = []
      items.forEach((item, index) => {
        const key = matchKey(item.str)
        haystack += key
        for (let i = 0; i < key.length; i++) owner.push(index)
      })
      const span = findSpan(haystack, task.text)
      const hit = new Set(span ? owner.slice(span.start, span.end) : [])
      for (const index of hit) {
        const item = items[index]!
        const [x, y] = [item.transform[4]!, item.transform[5]!]
        const height = Math.hypot(item.transform[2]!, item.transform[3]!) || 10
        const [left, top, right, bottom] = viewport.convertToViewportRectangle([x, y - height * 0.25, x + item.width, y + height])
        const mark = document.createElement('div')
        mark.className = 'line-mark'
        Object.assign(mark.style, {
          left: `${Math.min(left, right)}px`,
          top: `${Math.min(top, bottom)}px`,
          width: `${Math.abs(right - left)}px`,
          height: `${Math.abs(bottom - top)}px`
        })
        frame.append(mark)
        marked++
      }
      if (marked === 0) caption.textContent += ` — ${words.noMatch}`
    }
    this.#root.replaceChildren(caption, frame)
    frame.querySelector('.line-mark')?.scrollIntoView({block: 'center'})
  }

  async #showParagraph(info: DocumentInfo, task: Task, current: () => boolean): Promise<void> {
    let loading = this.#texts.get(info.id)
    if (!loading) {
      loading = fetch(`${documentUrl(info.id)}/text`).then(async (response) => {
        if (!response.ok) throw new Error(((await response.json()) as {error: string}).error)
        return (await response.text()).split('\n')
      })
      this.#texts.set(info.id, loading)
    }
    const lines = await loading
    if (!current()) return
    const keys = lines.map(matchKey)
    const index = keys.findIndex((key) => findSpan(key, task.text) !== null)
    if (index < 0) {
      this.#root.replaceChildren(note(words.noParagraph))
      return
    }
    const list = document.createElement('div')
    list.className = 'paragraphs'
    for (let i = Math.max(0, index - 1); i <= Math.min(lines.length - 1, index + 1); i++) {
      const paragraph = document.createElement('p')
      paragraph.textContent = lines[i]!
      if (i === index) paragraph.className = 'source-paragraph'
      list.append(paragraph)
    }
    this.#root.replaceChildren(list)
  }
}

const note = (text: string): HTMLElement => {
  const paragraph = document.createElement('p')
  paragraph.className = 'muted'
  paragraph.textContent = text
  return paragraph
}
