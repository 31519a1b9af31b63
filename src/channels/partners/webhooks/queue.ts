import { createHash } from 'crypto'
import type { Payload, PayloadRequest } from 'payload'

import { isPartnerContentType, type PartnerContentType } from '@/access/partnerScope'
import { locales, type Locale } from '@/i18n/locales'
import { concernsChannel, type LedgerEntry } from '@/ledger/changes'
import { followLedger } from '@/ledger/follow'
import type { ConsentRecord } from '@/workflow/consent'

import { logAttempt } from './deliveryLog'
import { webhookEventOf, webhookRecipients, type WebhookEvent } from './events'

export const webhookQueue = 'webhooks'
export const webhooksFromLedgerTask = 'webhooksFromLedger'

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

/** One id per ledger entry and partner: even a delivery queued twice is one delivery to them. */
const deliveryId = (position: number, partner: string | number) => {
  const hex = createHash('sha256').update(`${position}:${partner}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/** The consent a publication goes out under: the live story's, read as the entry is followed. */
const liveConsent = async (req: PayloadRequest, entry: LedgerEntry) => {
  const live = await req.payload.findByID({
    collection: 'stories',
    id: entry.itemId!,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return (live?.consent ?? null) as ConsentRecord | null
}

/**
 * Queues one delivery per partner told of each entry, in the same transaction as the
 * consumer's new position (src/ledger/follow.ts), so a change is sent once per partner. Paused
 * partners get a log line instead, so the log shows what they missed.
 */
const queueDeliveries = async (entries: LedgerEntry[], req: PayloadRequest) => {
  const { payload } = req
  const news = entries.flatMap((entry) => {
    const event = webhookEventOf(entry)
    return event &&
      entry.itemId &&
      isPartnerContentType(entry.type) &&
      concernsChannel(entry, 'partners')
      ? [{ entry, event, type: entry.type }]
      : []
  })
  if (news.length === 0) return
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
  for (const { entry, event, type } of news) {
    const consent =
      type === 'stories' && (event === 'publish' || event === 'update')
        ? await liveConsent(req, entry)
        : null
    const changed = entry.languages.length ? entry.languages : [...locales]
    for (const recipient of webhookRecipients({
      partners,
      event,
      type,
      locales: changed,
      consent,
    })) {
      const input: WebhookJobInput = {
        delivery: deliveryId(entry.position, recipient.partner.id),
        partner: String(recipient.partner.id),
        event,
        type,
        itemId: entry.itemId!,
        locales: recipient.locales,
        occurredAt: new Date(entry.effectiveAt).toISOString(),
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
      else await payload.jobs.queue({ task: 'deliverWebhook', queue: webhookQueue, input, req })
    }
  }
}

/** The webhooks' consumer of the publication ledger. */
export const webhooksFromLedger = (payload: Payload) =>
  followLedger(payload, { consumer: 'webhooks', atomic: true, handle: queueDeliveries })
