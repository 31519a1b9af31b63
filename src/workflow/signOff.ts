import type { Words } from '@/i18n/adminLanguage'

/**
 * Two-organisation sign-off: the campaign is run jointly by the migration organisation's office
 * and the police department, so (for the types the settings name, stories by default) an item is
 * approved only when a reviewer of each has approved exactly this version.
 */
export const organisations = ['campaign', 'department'] as const
export type Organisation = (typeof organisations)[number]

export const organisationLabels: Record<Organisation, Words> = {
  campaign: {
    az: 'Kampaniya ofisi (miqrasiya təşkilatı)',
    en: 'Campaign office (migration organisation)',
    ru: 'Офис кампании (миграционная организация)',
  },
  department: { az: 'Polis idarəsi', en: 'Police department', ru: 'Управление полиции' },
}

export type SignOff = { userId: string; organisation: Organisation; at: string; hash: string }

export type SignOffResult =
  | { isAllowed: false; status: 403 | 409; reason: string }
  | { isAllowed: true; signOffs: SignOff[]; waitingFor: Organisation[]; isOverride: boolean }

/** Adds this reviewer's approval; approvals of an earlier version no longer count. */
export const signOff = ({
  signOffs,
  hash,
  actor,
  isRequired,
  isAdmin,
  at,
}: {
  signOffs: readonly SignOff[] | null | undefined
  hash: string
  actor: { id: string | number; organisation?: Organisation | null }
  isRequired: boolean
  isAdmin: boolean
  at: string
}): SignOffResult => {
  const current = (signOffs ?? []).filter((entry) => entry.hash === hash)
  if (!isRequired) return { isAllowed: true, signOffs: current, waitingFor: [], isOverride: false }
  const organisation = actor.organisation
  if (!organisation && !isAdmin)
    return {
      isAllowed: false,
      status: 403,
      reason:
        'Your account belongs to no organisation: an admin must set it before you can approve.',
    }
  if (current.some((entry) => entry.userId === String(actor.id)))
    return {
      isAllowed: false,
      status: 409,
      reason: 'You have already approved this version; it waits for the other organisation.',
    }
  if (organisation && current.some((entry) => entry.organisation === organisation) && !isAdmin)
    return {
      isAllowed: false,
      status: 409,
      reason: `${organisationLabels[organisation].en} has already approved this version; it waits for the other organisation.`,
    }
  const next = organisation
    ? [...current, { userId: String(actor.id), organisation, at, hash }]
    : current
  const waitingFor = organisations.filter(
    (org) => !next.some((entry) => entry.organisation === org),
  )
  // An admin may complete the sign-off alone: that is an override, and recorded as one.
  if (isAdmin && waitingFor.length)
    return { isAllowed: true, signOffs: next, waitingFor: [], isOverride: true }
  return { isAllowed: true, signOffs: next, waitingFor, isOverride: false }
}
