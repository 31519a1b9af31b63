import { createHmac } from 'crypto'

/** The headers of every webhook request (docs/partners.md, "Webhooks"). */
export const webhookHeaders = {
  event: 'x-xeberdar-event',
  delivery: 'x-xeberdar-delivery',
  timestamp: 'x-xeberdar-timestamp',
  signature: 'x-xeberdar-signature',
} as const

/**
 * `v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`: the timestamp (Unix seconds) is
 * signed with the body, so a captured request cannot be replayed later with a fresh timestamp.
 */
export const webhookSignature = ({
  secret,
  timestamp,
  body,
}: {
  secret: string
  timestamp: number
  body: string
}) => `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
