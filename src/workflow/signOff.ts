// Refusals are said by the caller (src/workflow/refusals.ts), which names the organisations.
import type { WorkflowRefusal } from './refusals'
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
  | { isAllowed: false; status: 400 | 403 | 409; refusal: WorkflowRefusal }
  | { isAllowed: true; signOffs: SignOff[]; waitingFor: Organisation[]; isOverride: boolean }

const refused = (status: 400 | 403 | 409, why: WorkflowRefusal): SignOffResult => ({
  isAllowed: false,
  status,
  refusal: why,
})

/**
 * A reason someone wrote: a letter or a digit once the characters that show nothing (zero-width
 * spaces, soft hyphens, fillers) are set aside; whitespace alone, or invisible text, is no reason.
 */
export const isWrittenReason = (text: string | null | undefined): boolean =>
  typeof text === 'string' &&
  /[\p{L}\p{N}]/u.test(text.replace(/\p{Default_Ignorable_Code_Point}/gu, ''))

/** Adds this reviewer's approval; approvals of an earlier version no longer count. */
export const signOff = ({
  signOffs,
  hash,
  actor,
  isRequired,
  isAdmin,
  overrideReason,
  at,
}: {
  signOffs: readonly SignOff[] | null | undefined
  hash: string
  actor: { id: string | number; organisation?: Organisation | null }
  isRequired: boolean
  isAdmin: boolean
  /** An admin completing the sign-off without the other organisation says why (the audit keeps it). */
  overrideReason?: string | null
  at: string
}): SignOffResult => {
  const current = (signOffs ?? []).filter((entry) => entry.hash === hash)
  if (!isRequired) return { isAllowed: true, signOffs: current, waitingFor: [], isOverride: false }
  const organisation = actor.organisation
  if (!organisation && !isAdmin) return refused(403, { code: 'no-organisation', params: {} })
  if (current.some((entry) => entry.userId === String(actor.id)))
    return refused(409, { code: 'already-signed', params: {} })
  if (organisation && current.some((entry) => entry.organisation === organisation) && !isAdmin)
    return refused(409, { code: 'organisation-signed', params: { organisation } })
  const next = organisation
    ? [...current, { userId: String(actor.id), organisation, at, hash }]
    : current
  const waitingFor = organisations.filter(
    (org) => !next.some((entry) => entry.organisation === org),
  )
  // An admin may complete the sign-off alone, never silently: it is an override with a written
  // reason, recorded as one.
  if (isAdmin && waitingFor.length)
    return isWrittenReason(overrideReason)
      ? { isAllowed: true, signOffs: next, waitingFor: [], isOverride: true }
      : refused(400, { code: 'override-reason-required', params: { missing: waitingFor } })
  return { isAllowed: true, signOffs: next, waitingFor, isOverride: false }
}
