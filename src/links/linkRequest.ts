import type { PayloadRequest } from 'payload'

import { readJsonObject } from '@/http/jsonBody'
import { refuse } from '@/http/refuse'

/** How long a link may live, in seconds. */
export type Lifetime = { defaultSeconds: number; minSeconds: number; maxSeconds: number }

/**
 * The body of a request that makes a link: a JSON object (or nothing), with an optional
 * `expiresInSeconds` inside the lifetime. Returns the body and the expiry in Unix seconds.
 */
export const readLinkRequest = async (
  req: PayloadRequest,
  { lifetime, example }: { lifetime: Lifetime; example: string },
) => {
  const body = await readJsonObject(req, { example })
  const { expiresInSeconds = lifetime.defaultSeconds } = body
  const { minSeconds, maxSeconds } = lifetime
  if (
    typeof expiresInSeconds !== 'number' ||
    !Number.isInteger(expiresInSeconds) ||
    expiresInSeconds < minSeconds ||
    expiresInSeconds > maxSeconds
  )
    throw refuse(
      400,
      `"expiresInSeconds" must be a whole number from ${minSeconds} to ${maxSeconds}.`,
    )
  return { body, expiresAt: Math.floor(Date.now() / 1000) + expiresInSeconds }
}
