import type { RequestHandler } from 'express'
import { parse } from 'graphql'
import type { IncomingMessage, ServerResponse } from 'http'

import { fragmentCycle, fragmentsOf } from '@/channels/website/graphqlLimits'
import { isJsonObject, isJsonType, parseJson } from '@/http/jsonBody'
import { bodyMessages } from '@/http/messages'
import { refusalBody, type Refusal } from '@/http/refuse'
import { readRawBody, replayed } from '@/http/replayed'
import { routedPath } from '@/http/routedPath'

const writes = new Set(['POST', 'PATCH', 'PUT'])

/** The cycle among a GraphQL body's fragments, if it has one; a query that does not parse is GraphQL's to answer. */
const cycleIn = (query: unknown) => {
  if (typeof query !== 'string') return null
  try {
    return fragmentCycle(fragmentsOf(parse(query)))
  } catch {
    return null
  }
}

/** Why Payload must not be handed this JSON body, or null. */
const refusalOf = ({ text, isGraphql }: { text: string; isGraphql: boolean }): Refusal | null => {
  // No body at all is `{}` to Payload.
  if (!text.trim()) return null
  const json = parseJson(text)
  // Payload's REST routes answer malformed JSON themselves (400 "Invalid JSON"), and our own
  // endpoints with what they take; its GraphQL route would let that 400 escape as a 500.
  if (!json) return isGraphql ? { status: 400, message: bodyMessages.invalidJson } : null
  if (!isJsonObject(json.value)) return { status: 400, message: bodyMessages.notAnObject }
  const cycle = isGraphql ? cycleIn(json.value.query) : null
  return cycle ? { status: 400, message: bodyMessages.fragmentCycle(cycle) } : null
}

/**
 * JSON writes to Payload's API are read here, ahead of Next, and refused (400) when Payload would
 * fail on them with a 500: a body that parses but is no object (`"x"`, `42`, `null`, `[…]`), and
 * on GraphQL a body that is no JSON or whose fragments spread into themselves (its complexity rule
 * would follow them without end; graphql-http turns the stack overflow into a 500). Anything else
 * goes on to Next with the same body. Bodies are already bounded (./bodyGuard.ts); uploads are
 * multipart and pass untouched. Here rather than in Payload's generated route files, which a
 * regeneration would overwrite.
 */
export const jsonBodyGuard =
  (nextHandler: (req: IncomingMessage, res: ServerResponse) => void): RequestHandler =>
  async (req, res, next) => {
    if (!writes.has(req.method)) return next()
    const path = routedPath(req.path)
    if (!path.startsWith('/api/')) return next()
    const isGraphql = path.replace(/\/$/, '') === '/api/graphql'
    if (!isJsonType(req.headers['content-type'])) {
      if (!isGraphql) return next()
      // graphql-http takes nothing else (415), but only after Payload has read the body as a form,
      // whose refusals (a file field, say) its GraphQL route lets escape as a 500.
      res
        .status(415)
        .set('cache-control', 'no-store')
        .json(refusalBody(bodyMessages.graphqlTakesJson))
      return
    }
    // Null when cut off by the body's limit (answered there) or by the client (no one to answer).
    const raw = await readRawBody(req).catch(() => null)
    if (!raw) return
    const refusal = refusalOf({ text: raw.toString('utf8'), isGraphql })
    if (refusal)
      res.status(refusal.status).set('cache-control', 'no-store').json(refusalBody(refusal.message))
    else nextHandler(replayed(req, raw), res)
  }
