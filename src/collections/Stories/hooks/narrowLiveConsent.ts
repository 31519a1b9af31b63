import type { CollectionAfterChangeHook } from 'payload'

import type { Locale } from '@/i18n/locales'
import { narrowingReach } from '@/ledger/consentNarrowing'
import { recordPublication } from '@/ledger/record'
import { recordAudit } from '@/workflow/audit'
import { narrowestConsent, type ConsentRecord } from '@/workflow/consent'
import { stableJson } from '@/workflow/content'

/**
 * A consent record edited in a draft would otherwise reach the live story only after the next
 * review. Narrowing (fewer channels, languages or media, an earlier end) must not wait: the
 * stricter of the live and the new record is written into the live story at once. Widening
 * waits for review like any other change.
 */
export const narrowLiveConsent: CollectionAfterChangeHook = async ({
  context,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update' || context.isWorkflowAction || !doc.consent) return doc
  const live = await req.payload.findByID({
    collection: 'stories',
    id: doc.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (live?._status !== 'published' || !live.consent) return doc
  const before = live.consent as ConsentRecord
  const narrowed = narrowestConsent(before, doc.consent as ConsentRecord)
  const narrowedKeys = (Object.keys(narrowed) as (keyof ConsentRecord)[]).filter(
    (key) => stableJson(narrowed[key] ?? null) !== stableJson(before[key] ?? null),
  )
  if (!narrowedKeys.length) return doc
  // updatedAt too: whatever copies or caches the live story must see that it changed.
  await req.payload.db.updateOne({
    collection: 'stories',
    id: doc.id,
    data: { consent: narrowed, updatedAt: new Date().toISOString() },
    req,
  })
  await recordAudit(req, {
    action: 'narrow-consent',
    targetCollection: 'stories',
    targetId: doc.id,
    comment: 'The narrowed consent record applies to the live story at once.',
    details: { narrowed: narrowedKeys },
  })
  // Every channel hears of it from the ledger: partners' tombstones and webhooks, print, screens.
  await recordPublication(req, {
    change: 'consent-narrowed',
    type: 'stories',
    itemId: doc.id,
    ...narrowingReach(before, narrowed, (live.workflow?.publishedLocales ?? []) as Locale[]),
    wasLive: true,
    cause: narrowedKeys.join(', '),
  })
  return doc
}
