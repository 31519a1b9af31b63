import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, isStaffUser } from '@/access/roles'
import { refuse } from '@/http/refuse'

import { adminUrl } from './adminLink'
import { reviewQueue, type QueueEntry } from './reviewQueue'
import { workflowedCollections } from './state'
import { localizedShapeOf, type LocaleMarksByLocale } from './translations'
import { stages } from './transitions'
import {
  myChangesRequested,
  myDrafts,
  needingUpdate,
  toTranslate,
  type WorkEntry,
  type WorkItem,
} from './workLists'

export type MyWorkLists = {
  drafts?: WorkEntry[]
  changesRequested?: WorkEntry[]
  toTranslate?: WorkEntry[]
  needingUpdate?: WorkEntry[]
  waitingForReview?: QueueEntry[]
}

/** The stages the editors' and translators' lists look at; the rest is nobody's work. */
const openStages = stages.filter((stage) => stage !== 'archived')

/** The latest version of every open item this user may read, in every language. */
const loadOpenItems = async (req: PayloadRequest): Promise<WorkItem[]> => {
  const perCollection = await Promise.all(
    workflowedCollections.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        where: { 'workflow.stage': { in: openStages } },
        draft: true,
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        req,
      })
      const shape = localizedShapeOf(req.payload.collections[collection].config.fields)
      return docs.map((doc): WorkItem => {
        const workflow = (doc.workflow ?? {}) as Record<string, any>
        return {
          collection,
          id: doc.id,
          doc: doc as unknown as Record<string, unknown>,
          shape,
          stage: workflow.stage ?? 'draft',
          authorId: workflow.author,
          lastEditorId: workflow.lastEditor,
          comment: workflow.comment,
          marks: (workflow.locales ?? {}) as LocaleMarksByLocale,
          updatedAt: String(doc.updatedAt),
        }
      })
    }),
  )
  return perCollection.flat()
}

/**
 * The dashboard's lists for the logged-in user, by role: an editor's drafts and items sent back,
 * a translator's languages to write and to update, a reviewer's queue; an admin sees them all.
 */
export const myWork = async (req: PayloadRequest): Promise<MyWorkLists> => {
  if (!req.user) throw refuse(401, 'Log in to see your work.')
  if (!isStaffUser(req.user)) throw refuse(403, 'Only campaign staff have work here.')
  const user = req.user
  const isEditor = hasRole(user, 'admin', 'editor')
  const isTranslator = hasRole(user, 'admin', 'translator')
  const items = isEditor || isTranslator ? await loadOpenItems(req) : []
  return {
    ...(isEditor && {
      drafts: myDrafts(items, user.id),
      changesRequested: myChangesRequested(items, user.id),
    }),
    ...(isTranslator && { toTranslate: toTranslate(items), needingUpdate: needingUpdate(items) }),
    ...(hasRole(user, 'admin', 'reviewer') && { waitingForReview: await reviewQueue(req) }),
  }
}

const withLinks = (entries?: WorkEntry[]) =>
  entries?.map((entry) => ({ ...entry, link: adminUrl(entry.collection, entry.id, entry.locale) }))

/** GET /api/my-work: the logged-in user's lists (see `myWork`), each entry with its edit link. */
export const myWorkEndpoint: Endpoint = {
  path: '/my-work',
  method: 'get',
  handler: async (req) => {
    const { waitingForReview, ...lists } = await myWork(req)
    return Response.json({
      ...Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, withLinks(list)])),
      ...(waitingForReview && { waitingForReview }),
    })
  },
}
