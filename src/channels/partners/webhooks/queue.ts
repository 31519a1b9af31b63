import { randomUUID } from 'crypto'
import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { ConsentRecord } from '@/workflow/consent'

import { settleMs } from '../changeLog'
import type { PartnerContentType } from '@/access/partnerScope'
import { logAttempt } from './deliveryLog'
import { webhookRecipients, type WebhookEvent } from './events'

export const webhookQueue = 'webhooks'

export type WebhookJobInput = {
  /** The delivery's id, the same on every attempt: partners skip one they have seen. */
  delivery: string
  partner: string
  event: WebhookEvent
  type: PartnerContentType
  itemId: string
  locales: Locale[]
  occurredAt: string
}

/**
 * Queues one delivery per partner told of this event, in the action's transaction: an action
 * that is rolled back tells nobody, and one that is committed cannot lose its webhooks to a
 * crash right after the commit. A delivery waits until partners' sync hands the change out
 * (settleMs), so a partner that syncs on receipt finds it.
 */
export const queueWebhooks = async ({
  req,
  event,
  type,
  itemId,
  locales,
  consent,
}: {
  req: PayloadRequest
  event: WebhookEvent
  type: PartnerContentType
  itemId: string | number
  locales: readonly Locale[]
  consent?: ConsentRecord | null
}) => {
  if (locales.length === 0) return
  const { payload } = req
  const { docs: partners } = await payload.find({
    collection: 'partners',
    where: { webhookUrl: { exists: true } },
    select: {
      contentTypes: true,
      languages: true,
      isActive: true,
      webhookUrl: true,
      webhookPausedAt: true,
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const occurredAt = new Date()
  for (const recipient of webhookRecipients({ partners, event, type, locales, consent })) {
    const input: WebhookJobInput = {
      delivery: randomUUID(),
      partner: String(recipient.partner.id),
      event,
      type,
      itemId: String(itemId),
      locales: recipient.locales,
      occurredAt: occurredAt.toISOString(),
    }
    if (recipient.isPaused)
      await logAttempt({
        payload,
        req,
        input,
        attempt: 0,
        outcome: 'skipped',
        error: 'Webhooks are paused for this partner',
      })
    else
      await payload.jobs.queue({
        task: 'deliverWebhook',
        queue: webhookQueue,
        input,
        waitUntil: new Date(occurredAt.getTime() + settleMs),
        req,
      })
  }
}
