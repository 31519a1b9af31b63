import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { refusalBody } from '@/http/refuse'

import { bodyVerdict, maxDocumentBytes, uploadCollectionOf } from './bodyLimits'
import { requestPrincipal } from './requestPrincipal'

/** How long an answered client may go on sending, and then has to read its answer. */
const graceMs = 1000

/**
 * Reads a body at most `maxBytes` far, counting its bytes as Node's HTTP parser hands them over,
 * whoever reads them and however (Next's Request, busboy): beyond, `onTooLarge` answers, the
 * chunk is dropped and `false` stops the socket being read.
 *
 * Once an answer is out while the body still comes, Node would read the rest, however long, to
 * reuse the connection. Here at most 1 MB more is read and thrown away, for a second at most (a
 * client that had already sent its body keeps its connection); then the connection is half-closed
 * and no longer read, so the client still reads its answer (a reset while it writes would often
 * lose it), and cut a second later. Whoever still waits for the body (Payload, behind Next) then
 * gets an error.
 */
const boundBody = ({
  req,
  res,
  maxBytes,
  onTooLarge,
}: {
  req: Request
  res: Response
  maxBytes: number
  onTooLarge: () => void
}) => {
  let phase: 'reading' | 'draining' | 'closing' = 'reading'
  // Whatever arrived while the principal was looked up is waiting in the stream's buffer.
  let received = req.readableLength
  let limit = maxBytes
  let isClosing = false
  const close = () => {
    if (isClosing) return
    isClosing = true
    phase = 'closing'
    const { socket } = req
    socket.pause()
    socket.end()
    const cut = setTimeout(() => socket.destroy(), graceMs)
    socket.once('close', () => {
      clearTimeout(cut)
      req.destroy()
    })
  }
  const push = req.push.bind(req)
  req.push = (chunk, encoding) => {
    if (chunk === null) return push(chunk, encoding)
    if (phase === 'closing') return false
    received += chunk.length
    if (received <= limit) return push(chunk, encoding)
    if (phase === 'draining') close()
    else {
      phase = 'closing'
      res.once('finish', close)
      onTooLarge()
    }
    return false
  }
  res.once('prefinish', () => {
    if (req.complete || phase !== 'reading') return
    phase = 'draining'
    limit = received + maxDocumentBytes
    const giveUp = setTimeout(close, graceMs)
    req.once('end', () => clearTimeout(giveUp))
    // Reading on, without a reader, throws the bytes away; it also keeps Node from draining.
    req.resume()
  })
}

const refuse = (res: Response, status: number, message: string) => {
  if (res.headersSent) res.destroy()
  else res.status(status).set('Cache-Control', 'no-store').json(refusalBody(message))
}

/** A refusal before a byte is read: the body is then only drained as far as boundBody allows. */
const refuseUnread = (
  req: Request,
  res: Response,
  { status, message }: { status: number; message: string },
) => {
  boundBody({ req, res, maxBytes: 0, onTooLarge: () => {} })
  refuse(res, status, message)
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
    const request = { method: req.method, path: req.path, contentType: req.headers['content-type'] }
    // Only an upload's limit depends on who asks; everyone else is spared the lookup.
    const principal = uploadCollectionOf(request)
      ? await requestPrincipal({ payload, headers: req.headers })
      : undefined
    const verdict = bodyVerdict({ ...request, principal })
    if ('status' in verdict) return refuseUnread(req, res, verdict)
    const { maxBytes, tooLargeMessage } = verdict
    if (Number(req.headers['content-length']) > maxBytes)
      return refuseUnread(req, res, { status: 413, message: tooLargeMessage })
    boundBody({ req, res, maxBytes, onTooLarge: () => refuse(res, 413, tooLargeMessage) })
    if (req.headers.expect?.toLowerCase() === '100-continue') res.writeContinue()
    next()
  }
