import { parse } from 'graphql'
import type { AfterErrorHook } from 'payload'

import { fragmentCycle, fragmentsOf } from './graphqlLimits'

type RouteHandler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const badRequest = (message: string) =>
  Response.json(
    { errors: [{ message }] },
    { status: 400, headers: { 'cache-control': 'no-store' } },
  )

const isJson = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0].trim() === 'application/json'

/**
 * A JSON body that parses but is no object (`"x"`, `42`, `null`) is refused with 400 before
 * Payload, which would fail on it with a 500. Small bodies only: uploads are multipart.
 */
export const withJsonObjectBody =
  <Rest extends unknown[]>(handler: RouteHandler<Rest>): RouteHandler<Rest> =>
  async (request, ...rest) => {
    if (isJson(request)) {
      const text = await request.clone().text()
      let body: unknown = {}
      try {
        body = text.trim() ? JSON.parse(text) : {}
      } catch {
        // Payload answers malformed JSON itself (400 "Invalid JSON").
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return badRequest('The body must be a JSON object ({…}), not a list or a single value.')
    }
    return handler(request, ...rest)
  }

/**
 * Payload's GraphQL route reads the body before its own error handling, so a malformed body
 * escapes as a 500: its refusals (e.g. "Invalid JSON", 400) are answered as they are meant.
 */
export const withGraphqlBodyErrors =
  <Rest extends unknown[]>(handler: RouteHandler<Rest>): RouteHandler<Rest> =>
  async (request, ...rest) => {
    try {
      return await handler(request, ...rest)
    } catch (err) {
      const status = (err as { status?: number }).status
      if (typeof status === 'number' && status >= 400 && status < 500)
        return Response.json(
          { errors: [{ message: (err as Error).message }] },
          { status, headers: { 'cache-control': 'no-store' } },
        )
      throw err
    }
  }

/** The cycle among a GraphQL body's fragments, if it has one; anything unreadable is Payload's. */
const cycleInBody = async (request: Request) => {
  try {
    const { query } = await request.clone().json()
    return typeof query === 'string' ? fragmentCycle(fragmentsOf(parse(query))) : null
  } catch {
    return null
  }
}

/**
 * A fragment that spreads into itself is refused (400) before Payload's GraphQL route, whose
 * complexity rule would follow it without end: graphql-http turns the stack overflow into a 500,
 * and GraphQL's own rule against cycles runs beside it, too late.
 */
export const withoutFragmentCycles =
  <Rest extends unknown[]>(handler: RouteHandler<Rest>): RouteHandler<Rest> =>
  async (request, ...rest) => {
    const cycle = await cycleInBody(request)
    return cycle
      ? badRequest(`Fragments must not spread into themselves: ${cycle}.`)
      : handler(request, ...rest)
  }

// What busboy says of a multipart body it cannot read, and Payload of a multipart type it will
// not hand to busboy (no boundary, or one spelled BOUNDARY=).
const unreadableMultipart =
  /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Request is not eligible for file upload)/

/**
 * A multipart write whose form cannot be read, or whose `_payload` is not JSON, is the sender's
 * mistake: 400 with what to fix, not Payload's 500.
 */
export const malformedMultipartIs400: AfterErrorHook = ({ error, req }) => {
  const type = req?.headers?.get('content-type') ?? ''
  if (!type.includes('multipart/')) return
  const message =
    error instanceof SyntaxError
      ? '"_payload" must be the document as JSON, e.g. {"alt": "…"}.'
      : unreadableMultipart.test(error.message)
        ? `The multipart body cannot be read (${error.message}).`
        : null
  if (message) return { status: 400, response: { errors: [{ message }] } }
}
