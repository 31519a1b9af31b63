import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

import { hasRole, type Role } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'

import { recordAudit } from './audit'
import { contentHash } from './content'
import { checkPublishTime } from './schedule/due'
import {
  actions,
  decide,
  rules,
  type Action,
  type Actor,
  type Decision,
  type Stage,
  type WorkflowState,
} from './transitions'

type Workflowed = CollectionSlug & ('stories' | 'videos' | 'articles' | 'posters')
type Target = { req: PayloadRequest; collection: Workflowed; id: string | number }

const staffActor = (req: PayloadRequest) => {
  if (!req.user) throw new APIError('Log in to use the workflow.', 401, undefined, true)
  if (!hasRole(req.user, 'admin', 'editor', 'translator', 'reviewer'))
    throw new APIError('Only campaign staff use the workflow.', 403, undefined, true)
  return { id: req.user.id, roles: (req.user as { roles?: Role[] }).roles ?? [] }
}

/**
 * The job runner acting on publishAt/unpublishAt holds exactly the roles the action needs: no
 * role check stops it, nothing is recorded as an override, and every check on the content stays.
 */
const schedulerActor = (action: Action): Actor => ({ id: 'scheduler', roles: rules[action].roles })

/** The workflow's decision, then the item's publishing window if it is a publication. */
const decideNow = (
  args: Parameters<typeof decide>[0],
  window: { publishAt?: string | null; unpublishAt?: string | null },
): Decision =>
  checkPublishTime({ action: args.action, decision: decide(args), ...window, now: new Date() })

/** The item's workflow state now: its latest version, and whether a published one is live. */
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
  const workflow = latest.workflow ?? {}
  const state: WorkflowState = {
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
    window: { publishAt: latest.publishAt, unpublishAt: latest.unpublishAt },
  }
}

/** Every action with whether this user may take it now, and why not: for the admin's buttons. */
export const availableActions = async (target: Target) => {
  const actor = staffActor(target.req)
  const { state, window } = await loadState(target)
  return {
    stage: state.stage,
    isLive: state.isLive,
    actions: actions.map((action) => {
      const decision = decideNow({ action, actor, state, comment: 'x' }, window)
      return decision.isAllowed
        ? { action, isAllowed: true }
        : { action, isAllowed: false, reason: decision.reason }
    }),
  }
}

/**
 * Takes a workflow action on one item, or refuses it with the status and reason from `decide`.
 * The state change, the publication and the audit entry share the request's transaction.
 */
export const applyTransition = async ({
  action,
  comment,
  systemActor,
  ...target
}: Target & { action: Action; comment?: string; systemActor?: 'scheduler' }) => {
  const { req, collection, id } = target
  const actor = systemActor === 'scheduler' ? schedulerActor(action) : staffActor(req)
  const { state, workflow, window } = await loadState(target)
  const decision = decideNow({ action, actor, state, comment }, window)
  if (!decision.isAllowed) throw new APIError(decision.reason, decision.status, undefined, true)

  const approval =
    action === 'approve'
      ? {
          approvedBy: actor.id,
          approvedAt: new Date().toISOString(),
          approvedHash: state.currentHash,
        }
      : {}
  const status = action === 'publish' ? 'published' : action === 'unpublish' ? 'draft' : undefined
  await req.payload.update({
    collection,
    id,
    data: {
      workflow: { ...workflow, ...approval, stage: decision.to, comment: comment?.trim() || null },
      ...(status ? { _status: status } : {}),
    } as never,
    draft: !status,
    // One language is enough (the workflow is not per language), and a custom endpoint's request
    // may carry locale=all, which would make every localized value look like an object.
    locale: defaultLocale,
    unpublishAllLocales: action === 'unpublish',
    overrideAccess: true,
    context: { isWorkflowAction: true },
    req,
  })
  await recordAudit(req, {
    action,
    targetCollection: collection,
    targetId: id,
    fromStage: state.stage,
    toStage: decision.to,
    isOverride: decision.isOverride,
    comment,
    contentHash: state.currentHash,
    systemActor,
  })
  return { stage: decision.to, isOverride: decision.isOverride }
}
