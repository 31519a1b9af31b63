import type { Locale } from '@/i18n/locales'
import { consentChannels, type ConsentRecord } from '@/ledger/publicNow'

import { refusal, type WorkflowRefusal } from './refusals'

/**
 * What an editor or reviewer should know before a story is approved or published, though the
 * workflow allows it: languages and channels its consent leaves out (they will not be shown
 * there), and languages published but not public now. No Payload here.
 */
export const workflowWarnings = ({
  hasConsent,
  consent,
  goingOut,
  published,
  publicNow,
}: {
  /** A victim's story: its consent record decides where it may be shown. */
  hasConsent: boolean
  consent?: ConsentRecord | null
  /** The languages an approval or publication covers (ready, approved or live). */
  goingOut: readonly Locale[]
  /** The languages the workflow recorded as published, and those readers get now. */
  published: readonly Locale[]
  publicNow: readonly Locale[]
}): WorkflowRefusal[] => {
  const notPublic = published
    .filter((locale) => !publicNow.includes(locale))
    .map((locale) => refusal('published-not-public', { locale }))
  // No record at all is a refusal of its own (src/workflow/consent.ts), not a warning.
  if (!hasConsent || !consent) return notPublic
  const excludedChannels = consentChannels.filter((channel) => !consent.channels?.includes(channel))
  return [
    ...goingOut
      .filter((locale) => !consent.languages?.includes(locale))
      .map((locale) => refusal('language-not-consented', { locale })),
    ...(excludedChannels.length && excludedChannels.length < consentChannels.length
      ? [refusal('channels-not-consented', { channels: excludedChannels })]
      : []),
    ...notPublic,
  ]
}
