import type { PayloadRequest } from 'payload'

import { defaultLocale, locales } from '@/i18n/locales'
import { recordPublication } from '@/ledger/record'

import { recordAudit } from './audit'
import { loadState, staffActor, workflowedCollections, type Target } from './state'
import { refuse } from '@/http/refuse'

/**
 * Whether any other item uses this image, live, in a draft or in an older version, in any
 * language (then it is not the story's to erase). Asked once the story itself is gone.
 */
const isUsedElsewhere = async (req: PayloadRequest, mediaId: string) => {
  for (const collection of workflowedCollections) {
    const fields = req.payload.collections[collection].config.fields.filter(
      (field) => field.type === 'upload' && field.relationTo === 'media',
    ) as { name: string; localized?: boolean }[]
    for (const { name, localized } of fields)
      for (const locale of localized ? locales : [defaultLocale]) {
        const base = { collection, locale, overrideAccess: true, req } as const
        const inDocs = await req.payload.count({ ...base, where: { [name]: { equals: mediaId } } })
        const inVersions = await req.payload.countVersions({
          ...base,
          where: { [`version.${name}`]: { equals: mediaId } },
        })
        if (inDocs.totalDocs || inVersions.totalDocs) return true
      }
  }
  return false
}

/**
 * Erases a story whose consent was withdrawn, for good: the document, every version and draft,
 * and the images only it used with all their renditions. What stays is the audit trail of who
 * did what and when, with comments and fingerprints blanked, and one entry for the erasure.
 */
export const eraseStory = async (target: Target) => {
  const { req, collection, id } = target
  const actor = staffActor(req)
  if (!actor.roles.includes('admin')) throw refuse(403, 'Only an admin erases a story.')
  if (collection !== 'stories') throw refuse(400, 'Erasing is for victims’ stories.')
  const { state, workflow } = await loadState(target)
  if (!workflow.withdrawnAt || state.isLive)
    throw refuse(
      409,
      'Erase is for a story whose consent was withdrawn: record the withdrawal first.',
    )

  const versions = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const mediaIds = new Set(
    versions.docs
      .map((version) => (version.version as { heroImage?: unknown }).heroImage)
      .filter((value): value is string | number => value != null)
      .map(String),
  )
  await req.payload.delete({ collection, id, overrideAccess: true, req })
  // It was off every channel already; copies and caches keyed by it forget it now.
  await recordPublication(req, { change: 'erased', type: collection, itemId: id, cause: 'erase' })
  const erasable: string[] = []
  for (const mediaId of mediaIds) if (!(await isUsedElsewhere(req, mediaId))) erasable.push(mediaId)
  await req.payload.update({
    collection: 'audit-log',
    where: {
      and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }],
    },
    data: { comment: null, contentHash: null, details: null },
    overrideAccess: true,
    req,
  })
  await recordAudit(req, {
    action: 'erase',
    targetCollection: collection,
    targetId: id,
    fromStage: state.stage,
    details: { erasedMedia: erasable.length },
  })
  // Files go last: deleting one cannot be rolled back with the transaction.
  for (const mediaId of erasable)
    await req.payload.delete({ collection: 'media', id: mediaId, overrideAccess: true, req })
  return { erased: true, erasedMedia: erasable.length }
}
