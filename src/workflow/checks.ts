import type { PayloadRequest } from 'payload'

import { consentProblems, type ConsentMediaType, type ConsentRecord } from './consent'
import type { Loaded, Workflowed } from './state'
import { approveLocales } from './translations'
import type { Action } from './transitions'

export type Refusal = { status: 400 | 403 | 409 | 422; reason: string }

/** The media a story uses, which its consent record must allow. */
const mediaUsed = (latest: Record<string, unknown>): ConsentMediaType[] => [
  ...(latest.heroImage ? (['image'] as const) : []),
  ...(latest.relatedVideo ? (['video'] as const) : []),
]

/**
 * What the content itself must satisfy before an action, beyond who may take it (transitions.ts):
 * a story's consent on submit, approve and publish; on approval, a complete original; for a
 * story's approval and publication, no image of an identifiable person.
 */
export const contentRefusal = async (
  req: PayloadRequest,
  collection: Workflowed,
  action: Action,
  { latest, workflow, shape, marks }: Loaded,
): Promise<Refusal | null> => {
  const isStory = collection === 'stories'
  if (isStory && ['submit', 'approve', 'publish'].includes(action)) {
    const problems = consentProblems(latest.consent as ConsentRecord, {
      now: new Date(),
      withdrawnAt: workflow.withdrawnAt,
      withdrawnFormReference: workflow.withdrawnFormReference,
      uses: mediaUsed(latest),
    })
    if (problems.length)
      return { status: 422, reason: `Consent does not allow this: ${problems.join(' ')}` }
  }
  if (action === 'approve') {
    const locales = approveLocales(latest, shape, marks)
    if ('refusal' in locales) return { status: 422, reason: locales.refusal }
  }
  // Checked again on publish: the flag may have been set since the approval.
  if (isStory && latest.heroImage && (action === 'approve' || action === 'publish')) {
    const media = await req.payload.findByID({
      collection: 'media',
      id: latest.heroImage as string,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (media?.isIdentifiablePerson)
      return {
        status: 422,
        reason: 'The hero image shows an identifiable person: a victim’s story cannot use it.',
      }
  }
  return null
}

/** Whether this type needs a reviewer of each organisation (Settings; stories by default). */
export const needsTwoOrganisations = async (req: PayloadRequest, collection: Workflowed) => {
  const settings = await req.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const setting = (settings.twoOrganisationSignOff as Record<string, boolean | null> | undefined)?.[
    collection
  ]
  return setting ?? collection === 'stories'
}
