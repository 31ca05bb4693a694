/**
 * Runs `start(0)`, `start(1)`, … with at most `window` of them in flight and
 * yields their results in index order: later items work while an earlier one
 * is still being written. Stops starting new items once the consumer stops
 * pulling; results of items started but not consumed are ignored.
 */
export async function* inOrder<T>(count: number, window: number, start: (index: number) => Promise<T>): AsyncGenerator<T> {
  const started: Promise<T>[] = []
  const launch = (index: number) => {
    const promise = start(index)
    // A rejection of an item the consumer never awaits (the run was stopped) is not an error.
    promise.catch(() => {})
    started[index] = promise
  }
  for (let index = 0; index < Math.min(count, window); index++) launch(index)
  for (let index = 0; index < count; index++) {
    const result = await started[index]!
    delete started[index]
    if (index + window < count) launch(index + window)
    yield result
  }
}
