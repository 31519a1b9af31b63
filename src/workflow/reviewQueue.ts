import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { refuse } from '@/http/refuse'
import { defaultLocale } from '@/i18n/locales'

import { adminUrl } from './adminLink'
import { availableActions } from './applyTransition'
import { workflowedCollections, type Workflowed } from './state'

export type QueueEntry = {
  collection: Workflowed
  id: string | number
  title: string
  updatedAt: string
  author: string | null
  link: string
}

/**
 * The items in review that this user may approve now, oldest first. `availableActions` decides,
 * so every approval rule (own work, and whatever comes later) holds here as it does for the button.
 */
export const reviewQueue = async (req: PayloadRequest): Promise<QueueEntry[]> => {
  if (!req.user) throw refuse(401, 'Log in to see what waits for your review.')
  if (!isStaffUser(req.user)) throw refuse(403, 'Only campaign staff review content.')
  const inReview = await Promise.all(
    workflowedCollections.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        where: { 'workflow.stage': { equals: 'in-review' } },
        draft: true,
        locale: defaultLocale,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        select: { title: true, workflow: true, updatedAt: true },
        req,
      })
      return docs.map((doc) => ({ collection, doc }))
    }),
  )
  const approvable = []
  for (const { collection, doc } of inReview.flat()) {
    const { actions } = await availableActions({ req, collection, id: doc.id })
    if (actions.some(({ action, isAllowed }) => action === 'approve' && isAllowed))
      approvable.push({ collection, doc })
  }
  const authorIds = approvable.map(({ doc }) => doc.workflow?.author).filter((id) => id != null)
  // Reviewers may not read other users: an author's name is all they are shown of them.
  const { docs: authors } = authorIds.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: authorIds } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { name: true },
        req,
      })
    : { docs: [] }
  return approvable
    .map(({ collection, doc }) => ({
      collection,
      id: doc.id,
      title: doc.title,
      updatedAt: doc.updatedAt,
      author:
        authors.find((user) => String(user.id) === String(doc.workflow?.author))?.name ?? null,
      link: adminUrl(collection, doc.id),
    }))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
}

/** GET /api/review-queue: what waits for the logged-in reviewer (see `reviewQueue`). */
export const reviewQueueEndpoint: Endpoint = {
  path: '/review-queue',
  method: 'get',
  handler: async (req) => Response.json({ docs: await reviewQueue(req) }),
}
