import type { AfterErrorHook } from 'payload'

import { databaseMessages } from './messages'
import { isDatabaseBusy } from './waitWhileBusy'

/**
 * A write that waited the whole busy timeout for another process's lock failed through no fault
 * of the request: 503 with what happened, so clients try again, instead of Payload's 500.
 */
export const databaseBusyIs503: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseBusy(error)) return
  if (req) (req.responseHeaders ??= new Headers()).set('retry-after', '1')
  return { status: 503, response: { errors: [{ message: databaseMessages.busy }] } }
}
