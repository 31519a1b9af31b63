import type { Payload, Where } from 'payload'

import type { Partner } from '@/payload-types'

import { logAttempt, partnerIdValue } from './deliveryLog'
import { postWebhook } from './post'
import type { WebhookJobInput } from './queue'
import type { WebhookSettings } from './settings'
import { webhookHeaders, webhookSignature } from './signature'

export const webhookTimeoutMs = 10_000

/** The body every attempt of a delivery sends: small, the partner then syncs for the content. */
export const webhookBody = (input: WebhookJobInput) =>
  JSON.stringify({
    id: input.delivery,
    event: input.event,
    type: input.type,
    itemId: input.itemId,
    locales: input.locales,
    occurredAt: input.occurredAt,
  })

/** Why nothing is sent to this partner now, or null. */
const notSendingBecause = (partner: Partner) =>
  partner.isActive === false
    ? 'The partner is switched off'
    : !partner.webhookUrl
      ? 'The partner has no webhook URL'
      : partner.webhookPausedAt
        ? 'Webhooks are paused for this partner'
        : null

/**
 * Pauses a partner once its last `pauseAfter` deliveries were all given up: deliveries given up
 * since its last success (and since an admin last resumed it). Counted from the log, which every
 * attempt writes before it counts, so deliveries failing at the same moment are all counted.
 */
const pauseIfFailing = async (
  payload: Payload,
  partner: Partner,
  settings: WebhookSettings,
  lastError: string,
) => {
  const ofPartner: Where = { partner: { equals: partner.id } }
  const { docs: lastSuccess } = await payload.find({
    collection: 'webhook-deliveries',
    where: { and: [ofPartner, { outcome: { equals: 'delivered' } }] },
    sort: '-at',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const since = [lastSuccess[0]?.at, partner.webhookResumedAt]
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1)
  const { totalDocs: failures } = await payload.count({
    collection: 'webhook-deliveries',
    where: {
      and: [
        ofPartner,
        { outcome: { equals: 'failed' } },
        ...(since ? [{ at: { greater_than: since } }] : []),
      ],
    },
    overrideAccess: true,
  })
  if (failures < settings.pauseAfter) return
  await payload.update({
    collection: 'partners',
    id: partner.id,
    data: {
      webhookPausedAt: new Date().toISOString(),
      webhookPauseReason: `${failures} deliveries in a row failed after ${settings.maxAttempts} attempts each; the last: ${lastError}`,
    },
    overrideAccess: true,
    depth: 0,
  })
  payload.logger.warn({ msg: 'Webhooks paused: deliveries keep failing', partner: partner.id })
}

/**
 * One attempt of one delivery. A 2xx answer delivers it; anything else fails the attempt, and
 * the jobs queue tries again later (exponential backoff) until the last attempt gives up.
 * Nothing is sent once the partner is paused, switched off or has no URL: its pending retries
 * end there.
 */
export const attemptDelivery = async ({
  payload,
  input,
  attempt,
  settings,
}: {
  payload: Payload
  input: WebhookJobInput
  attempt: number
  settings: WebhookSettings
}): Promise<{ isDelivered: boolean; error?: string }> => {
  const partner = (await payload.findByID({
    collection: 'partners',
    id: partnerIdValue(payload, input.partner),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Partner | null
  // A deleted partner's attempts went with it (src/hooks/deleteDependents.ts): nothing to record.
  if (!partner) return { isDelivered: false }
  const reason = notSendingBecause(partner)
  if (reason || !partner.webhookUrl) {
    await logAttempt({ payload, input, attempt, outcome: 'skipped', error: reason ?? undefined })
    return { isDelivered: false }
  }
  const body = webhookBody(input)
  const timestamp = Math.floor(Date.now() / 1000)
  const result = await postWebhook({
    url: partner.webhookUrl,
    body,
    timeoutMs: webhookTimeoutMs,
    isPrivateNetworkAllowed: settings.isPrivateNetworkAllowed,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Xeberdar-Webhooks/1',
      [webhookHeaders.event]: input.event,
      [webhookHeaders.delivery]: input.delivery,
      [webhookHeaders.timestamp]: String(timestamp),
      [webhookHeaders.signature]: webhookSignature({
        secret: partner.webhookSecret ?? '',
        timestamp,
        body,
      }),
    },
  })
  const isDelivered =
    result.statusCode !== undefined && result.statusCode >= 200 && result.statusCode < 300
  const error = isDelivered
    ? undefined
    : (result.error ?? `the partner answered HTTP ${result.statusCode}`)
  const isLast = attempt >= settings.maxAttempts
  await logAttempt({
    payload,
    input,
    attempt,
    outcome: isDelivered ? 'delivered' : isLast ? 'failed' : 'retrying',
    statusCode: result.statusCode,
    error,
    durationMs: result.durationMs,
  })
  if (!isDelivered && isLast) await pauseIfFailing(payload, partner, settings, error!)
  return { isDelivered, error }
}
