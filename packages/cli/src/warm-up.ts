import type {PageInput} from '@vanban/layout'
import {cpuFreeMeter} from './cpu-free.ts'

/** Which stages the command runs on a document after it is read. */
export type Stages = 'text' | 'tasks'

/**
 * A warm-up for the previews of a PDF read ahead (`readPdfAhead`'s
 * `onPreview`). While the parse thread reads a long PDF, this thread waits;
 * after the last page it runs normalize and tasks cold, and their code
 * compiles and optimizes as it goes (on the 83-page nq71, ~0.45 s against
 * ~0.1 s warm). So each part of the pages read (five, then ten at a time) goes through
 * the same stages here — layout, normalize, tasks and their validation — and the result is
 * dropped but for what normalize keeps per text: the document's run then
 * finds those pages' paragraphs done (a part's layout gives the whole's
 * paragraphs, but at its edges). Normalize's tables and repair model are built
 * on the way. Each stage yields to the event loop first and is skipped once
 * the document is read. A preview is let go when other processes left no CPU
 * free for it beside the parse thread since the last one (`cpuFree`, see
 * cpu-free.ts): the work would then take CPU time from the parse thread
 * instead.
 */
export function warmUp(
  stages: Stages,
  repair: 'auto' | 'always' | 'never',
  cpuFree: () => boolean = cpuFreeMeter()
): (pages: PageInput[], isRead: () => boolean) => Promise<void> {
  // One warm-up at a time: a later preview waits for the one before.
  let running: Promise<void> = Promise.resolve()
  return (pages, isRead) => {
    if (!cpuFree()) return running
    running = running.then(() => run(pages, isRead, stages, repair)).catch(() => {
      // A warm-up that fails costs nothing but its time: the document's own run is what counts.
    })
    return running
  }
}

async function run(pages: PageInput[], isRead: () => boolean, stages: Stages, repair: 'auto' | 'always' | 'never'): Promise<void> {
  const next = async (): Promise<boolean> => {
    await new Promise((resolve) => setImmediate(resolve))
    return !isRead()
  }
  if (!(await next())) return
  const [{layoutPages}, {normalizeDocument, prepareNormalize}] = await Promise.all([import('@vanban/layout'), import('@vanban/normalize')])
  // The repair model too (once per process), which the first pages may not call for but the document will.
  prepareNormalize({repair})
  if (!(await next())) return
  const {pages: laidOut, blocks} = layoutPages(pages, {reuse: true})
  if (!(await next())) return
  const normalized = normalizeDocument({file: 'warm-up.pdf', pages: laidOut, blocks, warnings: []}, {repair})
  if (stages === 'text' || !(await next())) return
  const [{extractTasks}, {validateTasks}] = await Promise.all([import('@vanban/tasks'), import('@vanban/export')])
  if (!(await next())) return
  // The command validates its tasks with zod, whose checks are compiled on their first use.
  validateTasks(extractTasks(normalized))
}
