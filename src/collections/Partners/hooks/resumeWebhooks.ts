import type { CollectionBeforeChangeHook } from 'payload'

import type { Partner } from '@/payload-types'

/**
 * An admin resumes a paused partner by clearing "paused at": failures before that moment no
 * longer count towards the next pause (src/channels/partners/webhooks/deliver.ts).
 */
export const resumeWebhooks: CollectionBeforeChangeHook<Partner> = ({ data, originalDoc }) => {
  if (originalDoc?.webhookPausedAt && !data.webhookPausedAt)
    return { ...data, webhookPauseReason: null, webhookResumedAt: new Date().toISOString() }
  return data
}
