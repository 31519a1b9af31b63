import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Checks a Xəbərdar webhook. `headers` as Node gives them (lower-case names), `rawBody` the
 * request body exactly as received (a string or Buffer, before any JSON parsing), `secret` the
 * partner's signing secret. Returns null when the request is genuine, or why it is not.
 */
export function webhookProblem({
  headers,
  rawBody,
  secret,
  now = Date.now(),
  toleranceSeconds = 300,
}) {
  const timestamp = Number(headers['x-xeberdar-timestamp'])
  const signatures = String(headers['x-xeberdar-signature'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .map((part) => part.slice(3))
  if (!Number.isInteger(timestamp) || signatures.length === 0)
    return 'missing timestamp or signature'
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds)
    return 'timestamp too old or in the future'
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest()
  const matches = signatures.some((hex) => {
    const given = Buffer.from(hex, 'hex')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
  return matches ? null : 'signature does not match'
}
