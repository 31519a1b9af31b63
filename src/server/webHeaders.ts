import type { IncomingHttpHeaders } from 'http'

/** Node's request headers as the Fetch API's Headers, which Payload's auth reads. */
export const webHeaders = (incoming: IncomingHttpHeaders) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming))
    if (value !== undefined) headers.set(name, String(value))
  return headers
}
