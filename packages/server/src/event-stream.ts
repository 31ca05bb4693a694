import type {ServerResponse} from 'node:http'

/**
 * Server-Sent Events to every open page: `document` events carry a document's
 * state (the same object as `GET /api/documents/:id`), `removed` events an id.
 * A comment line every 20 s keeps proxies and idle timeouts from closing the
 * stream.
 */
export class EventHub {
  readonly #clients = new Set<ServerResponse>()
  readonly #timer: NodeJS.Timeout

  constructor() {
    this.#timer = setInterval(() => this.#send(': keep-alive\n\n'), 20_000)
    this.#timer.unref()
  }

  /** Turns a response into an event stream and keeps it until the page goes. */
  attach(response: ServerResponse, initial: readonly {event: string; data: unknown}[]): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive'
    })
    response.write('retry: 2000\n\n')
    for (const message of initial) response.write(format(message.event, message.data))
    this.#clients.add(response)
    response.on('close', () => this.#clients.delete(response))
  }

  publish(event: string, data: unknown): void {
    this.#send(format(event, data))
  }

  close(): void {
    clearInterval(this.#timer)
    for (const client of this.#clients) client.end()
    this.#clients.clear()
  }

  #send(text: string): void {
    for (const client of this.#clients) client.write(text)
  }
}

const format = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
