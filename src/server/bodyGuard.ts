import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { bodyVerdict, uploadCollectionOf } from './bodyLimits'
import { requestPrincipal } from './requestPrincipal'

/** How long a refused client gets to read its answer before the connection is cut. */
const lingerMs = 2000

/**
 * Once the answer is out, a body not read to its end is not read any further: Node would drain it
 * to reuse the connection, however long it is. The connection is half-closed and no longer read,
 * so the client reads its answer (cutting it at once would reset it while the client still
 * writes, often before it has read the answer) and is cut after a moment at most; whoever still
 * waits for the body (Payload, behind Next) then gets an error.
 */
const stopReadingOnceAnswered = (req: Request, res: Response) =>
  res.once('finish', () => {
    if (req.complete) return
    const { socket } = req
    socket.pause()
    socket.end()
    const cut = setTimeout(() => socket.destroy(), lingerMs)
    socket.once('close', () => {
      clearTimeout(cut)
      req.destroy()
    })
  })

const refuse = (res: Response, status: number, message: string) => {
  if (res.headersSent) res.destroy()
  else
    res
      .status(status)
      .set('Cache-Control', 'no-store')
      .json({ errors: [{ message }] })
}

/**
 * Counts the body's bytes as Node's HTTP parser hands them over, whoever reads them and however:
 * beyond `maxBytes` the chunk is dropped and `false` stops the socket being read. A declared
 * Content-Length is checked before this; chunked bodies can only be counted.
 */
const countBody = (req: Request, maxBytes: number, onTooLarge: () => void) => {
  // Whatever arrived while the principal was looked up is waiting in the stream's buffer.
  let received = req.readableLength
  const push = req.push.bind(req)
  req.push = (chunk, encoding) => {
    if (chunk === null) return push(chunk, encoding)
    if (received > maxBytes) return false
    received += chunk.length
    if (received <= maxBytes) return push(chunk, encoding)
    onTooLarge()
    return false
  }
}

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0

/**
 * Bounds every request body before any of it is read (src/server/bodyLimits.ts): refused by who
 * asks and by its declared length up front, and by its counted length while it streams. Payload
 * would otherwise read a body whole (into memory, for JSON and images) before checking access.
 */
export const bodyGuard =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    if (!hasBody(req)) return next()
    stopReadingOnceAnswered(req, res)
    const request = { method: req.method, path: req.path, contentType: req.headers['content-type'] }
    // Only an upload's limit depends on who asks; everyone else is spared the lookup.
    const principal = uploadCollectionOf(request)
      ? await requestPrincipal({ payload, headers: req.headers })
      : undefined
    const verdict = bodyVerdict({ ...request, principal })
    if ('status' in verdict) return refuse(res, verdict.status, verdict.message)
    if (Number(req.headers['content-length']) > verdict.maxBytes)
      return refuse(res, 413, verdict.tooLargeMessage)
    countBody(req, verdict.maxBytes, () => refuse(res, 413, verdict.tooLargeMessage))
    next()
  }
