import { APIError, type PayloadRequest } from 'payload'

import { recordAudit } from './audit'
import { loadState, staffActor, type Target, type Workflowed } from './state'

const refuse = (status: number, reason: string) => new APIError(reason, status, undefined, true)
const workflowed: Workflowed[] = ['stories', 'videos', 'articles', 'posters']

/** Whether any other item still uses this image (then it is not the story's to erase). */
const isUsedElsewhere = async (req: PayloadRequest, mediaId: string, storyId: string) => {
  for (const collection of workflowed) {
    const fields = req.payload.collections[collection].config.fields.filter(
      (field) => field.type === 'upload' && field.relationTo === 'media',
    )
    for (const field of fields) {
      const { totalDocs } = await req.payload.count({
        collection,
        where: {
          and: [
            { [(field as { name: string }).name]: { equals: mediaId } },
            ...(collection === 'stories' ? [{ id: { not_equals: storyId } }] : []),
          ],
        },
        overrideAccess: true,
        req,
      })
      if (totalDocs) return true
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
  let erasedMedia = 0
  for (const mediaId of mediaIds) {
    if (await isUsedElsewhere(req, mediaId, String(id))) continue
    await req.payload.delete({ collection: 'media', id: mediaId, overrideAccess: true, req })
    erasedMedia += 1
  }
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
    details: { erasedMedia },
  })
  return { erased: true, erasedMedia }
}
