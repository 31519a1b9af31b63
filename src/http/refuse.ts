import { APIError } from 'payload'

/**
 * The statuses a refusal may carry: 400/422 bad input, 401 who are you, 403 not allowed, 404 not
 * there (or not yours to see), 405 wrong method, 409 stale or busy, 410 gone, 413 too large,
 * 415 wrong type, 429 too often, 503 try again later.
 */
export type RefusalStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 503

/** A refusal a person can act on: the status and why, in the words they read. */
export type Refusal = { status: RefusalStatus; message: string }

/**
 * Thrown from a Payload endpoint, hook or operation: Payload answers it with the status and the
 * message (`isPublic`: shown as written, never replaced by "Something went wrong").
 */
export const refuse = (status: RefusalStatus, message: string, data?: Record<string, unknown>) =>
  new APIError(message, status, data, true)

/** The body every refusal is answered with, the shape Payload's own errors have. */
export const refusalBody = (message: string) => ({ errors: [{ message }] })

/** A refusal as a fetch Response, for what answers before Payload (never stored by a cache). */
export const refusalResponse = ({ status, message }: Refusal, headers: HeadersInit = {}) =>
  Response.json(refusalBody(message), {
    status,
    headers: { 'cache-control': 'no-store', ...Object.fromEntries(new Headers(headers)) },
  })
