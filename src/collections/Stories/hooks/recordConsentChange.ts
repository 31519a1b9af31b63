import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/workflow/audit'
import { stableJson } from '@/workflow/content'

/**
 * Every change to a consent record is part of the audit trail: which parts changed, by whom and
 * when (the record itself names no one, so the entry can say what it now allows).
 */
export const recordConsentChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const before = (previousDoc?.consent ?? {}) as Record<string, unknown>
  const after = (doc.consent ?? {}) as Record<string, unknown>
  const changed = Object.keys({ ...before, ...after }).filter(
    (key) => stableJson(before[key] ?? null) !== stableJson(after[key] ?? null),
  )
  if (operation === 'create' || !changed.length) return doc
  await recordAudit(req, {
    action: 'consent-change',
    targetCollection: 'stories',
    targetId: doc.id,
    details: { changed, now: after },
  })
  return doc
}
