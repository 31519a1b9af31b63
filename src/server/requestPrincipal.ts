import type { IncomingHttpHeaders } from 'http'
import { executeAuthStrategies, type Payload } from 'payload'

import { isStaffUser } from '@/access/roles'

import type { Principal } from './bodyLimits'
import { apiKeyPrincipal } from './apiKeyGuard'
import { webHeaders } from './webHeaders'

/**
 * Who sends a request, decided as Payload will decide it: its own auth strategies verify the
 * session JWT (cookie, with its CSRF origin check, or `Authorization: JWT …`), its session and the
 * user behind it, so a forged or stale token counts as anonymous. Claiming an API key only ever
 * narrows what a request may do, so that claim is taken as it is, without a database lookup.
 */
export const requestPrincipal = async ({
  payload,
  headers,
}: {
  payload: Payload
  headers: IncomingHttpHeaders
}): Promise<Principal> => {
  if (apiKeyPrincipal(headers.authorization)) return 'apiKey'
  const { user } = await executeAuthStrategies({ payload, headers: webHeaders(headers) })
  if (!user) return 'anonymous'
  return isStaffUser(user) ? 'staff' : 'apiKey'
}
