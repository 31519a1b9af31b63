import type { AfterErrorHook } from 'payload'

import { databaseMessages } from '@/http/messages'
import { refusalBody } from '@/http/refuse'

import { hasCause } from './hasCause'
import { databaseFileLostCode } from './sqliteConnection'
import { isDatabaseBusy } from './waitWhileBusy'

/**
 * A write refused because another process held the database locked for the whole busy timeout,
 * or because the database file was moved away, failed through no fault of the request: 503 with
 * what happened, so clients try again, instead of Payload's 500 "Something went wrong" (GraphQL
 * answers 200 with the error, its `statusCode` 503).
 */
export const databaseUnavailableIs503: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // A lock is usually gone in a second; a moved file waits for an operator.
  const [message, retryAfter] = isDatabaseBusy(error)
    ? [databaseMessages.busy, '1']
    : hasCause(error, ({ code }) => code === databaseFileLostCode)
      ? [databaseMessages.fileLost, '30']
      : []
  if (!message) return
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, statusCode: 503 },
      },
    }
  if (req) (req.responseHeaders ??= new Headers()).set('retry-after', retryAfter!)
  return { status: 503, response: refusalBody(message) }
}
