import { IncomingMessage } from 'http'

/**
 * Reads a request's body whole, refusing (`null`) beyond `maxBytes`. Only for bodies whose size
 * the host bounds already (src/server/bodyGuard.ts): it rejects when the host cuts one off.
 */
export const readRawBody = async (
  req: IncomingMessage,
  { maxBytes = Infinity }: { maxBytes?: number } = {},
): Promise<Buffer | null> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** A request like `req` whose body, already read, can be read again (by Next). */
export const replayed = (req: IncomingMessage, body: Buffer): IncomingMessage => {
  const copy = new IncomingMessage(req.socket)
  copy.method = req.method
  copy.url = req.url
  copy.headers = req.headers
  copy.rawHeaders = req.rawHeaders
  copy.httpVersion = req.httpVersion
  copy.httpVersionMajor = req.httpVersionMajor
  copy.httpVersionMinor = req.httpVersionMinor
  copy.push(body)
  copy.push(null)
  // Otherwise Node takes the copy for an aborted upload once it is read, and closes the socket.
  copy.complete = true
  return copy
}
