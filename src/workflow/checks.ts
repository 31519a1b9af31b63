import type { PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'

import { consentRefusals, type ConsentMediaType, type ConsentRecord } from './consent'
import { refusal, say, type WorkflowRefusal } from './refusals'
import type { Loaded, Workflowed } from './state'
import { approveLocales, translationStatusesOf } from './translations'
import type { Action } from './transitions'

/** A refusal with its status, its English words (the API's message) and its code. */
export type Refusal = { status: 400 | 403 | 409 | 422; reason: string; refusal: WorkflowRefusal }

const refused = (status: Refusal['status'], why: WorkflowRefusal): Refusal => ({
  status,
  reason: say(why, 'en'),
  refusal: why,
})

/** The media a story uses, which its consent record must allow. */
const mediaUsed = (latest: Record<string, unknown>): Exclude<ConsentMediaType, 'text'>[] => [
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
    const problems = consentRefusals(latest.consent as ConsentRecord, {
      now: new Date(),
      withdrawnAt: workflow.withdrawnAt,
      withdrawnFormReference: workflow.withdrawnFormReference,
      uses: mediaUsed(latest),
    })
    if (problems.length) return refused(422, refusal('consent', { problems }))
  }
  if (action === 'approve') {
    const locales = approveLocales(latest, shape, marks)
    if ('refusal' in locales)
      return refused(
        422,
        refusal('original-not-ready', {
          locale: defaultLocale,
          status: translationStatusesOf(latest, shape, marks, true)[defaultLocale],
        }),
      )
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
    if (media?.isIdentifiablePerson) return refused(422, refusal('identifiable-person'))
  }
  return null
}

/**
 * Whether this type needs a reviewer of each organisation (Settings). By default stories, and
 * brochures: printed in thousands for border posts and schools, both organisations sign them.
 */
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
  return setting ?? (collection === 'stories' || collection === 'brochures')
}
