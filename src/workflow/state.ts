import type { PayloadRequest } from 'payload'

import { hasRole, type Role } from '@/access/roles'

import { contentHash } from './content'
import { refuse } from '@/http/refuse'
import type { Organisation } from './signOff'
import { localizedShapeOf, type LocaleMarksByLocale } from './translations'
import type { Stage, WorkflowState } from './transitions'

export const workflowedCollections = [
  'stories',
  'videos',
  'articles',
  'posters',
  'brochures',
] as const
export type Workflowed = (typeof workflowedCollections)[number]
export type Target = { req: PayloadRequest; collection: Workflowed; id: string | number }
export type StaffActor = { id: string | number; roles: Role[]; organisation?: Organisation | null }

export const staffActor = (req: PayloadRequest): StaffActor => {
  if (!req.user) throw refuse(401, 'Log in to use the workflow.')
  if (!hasRole(req.user, 'admin', 'editor', 'translator', 'reviewer'))
    throw refuse(403, 'Only campaign staff use the workflow.')
  const user = req.user as { id: string | number; roles?: Role[]; organisation?: Organisation }
  return { id: user.id, roles: user.roles ?? [], organisation: user.organisation }
}

/**
 * Everything the workflow decides from: the latest version in every language, whether a
 * published version is live, and the workflow's own record.
 */
export const loadState = async ({ req, collection, id }: Target) => {
  const base = { collection, id, depth: 0, overrideAccess: true, req } as const
  const latest = (await req.payload.findByID({ ...base, draft: true, locale: 'all' })) as Record<
    string,
    any
  >
  const live = await req.payload.findByID({
    ...base,
    draft: false,
    select: { _status: true } as never,
  })
  const workflow = (latest.workflow ?? {}) as Record<string, any>
  const state: WorkflowState = {
    collection,
    stage: (workflow.stage as Stage) ?? 'draft',
    isLive: (live as { _status?: string })._status === 'published',
    authorId: workflow.author,
    lastEditorId: workflow.lastEditor,
    approvedHash: workflow.approvedHash,
    currentHash: contentHash(latest),
  }
  return {
    state,
    workflow,
    latest,
    shape: localizedShapeOf(req.payload.collections[collection].config.fields),
    marks: (workflow.locales ?? {}) as LocaleMarksByLocale,
  }
}
export type Loaded = Awaited<ReturnType<typeof loadState>>
