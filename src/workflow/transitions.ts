import type { Role } from '@/access/roles'

import { refusal, say, type WorkflowRefusal } from './refusals'

/**
 * The approval workflow of stories, videos, articles and posters, as data. No Payload here: the
 * endpoints and hooks in this folder ask `decide` and do what it says.
 */
export const stages = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'published',
  'unpublished',
  'archived',
] as const
export type Stage = (typeof stages)[number]

export const actions = [
  'submit',
  'request-changes',
  'approve',
  'publish',
  'unpublish',
  'archive',
  'restore',
  'withdraw-consent',
] as const
export type Action = (typeof actions)[number]

type Rule = {
  from: readonly Stage[]
  to: Stage
  /** Roles that may take the action; admins may always, as a recorded override if not listed. */
  roles: readonly Role[]
  /** Refused to whoever wrote or last edited the item (admins may override). */
  isForbiddenOnOwnWork?: boolean
  isCommentRequired?: boolean
  /** The content must still be exactly what was approved. */
  needsApprovedContent?: boolean
  /** Whether a published version must, or must not, be live. */
  live?: 'required' | 'forbidden'
  /** Only for these collections (all when absent). */
  onlyFor?: readonly string[]
}

export const rules: Record<Action, Rule> = {
  submit: {
    from: ['draft', 'changes-requested', 'unpublished'],
    to: 'in-review',
    roles: ['editor'],
  },
  'request-changes': {
    from: ['in-review', 'approved'],
    to: 'changes-requested',
    roles: ['reviewer'],
    isCommentRequired: true,
  },
  approve: { from: ['in-review'], to: 'approved', roles: ['reviewer'], isForbiddenOnOwnWork: true },
  publish: { from: ['approved'], to: 'published', roles: ['reviewer'], needsApprovedContent: true },
  // A live item whose next version is in review can still be taken down.
  unpublish: {
    from: ['published', 'in-review', 'changes-requested', 'approved'],
    to: 'unpublished',
    roles: ['reviewer'],
    live: 'required',
  },
  archive: {
    from: ['draft', 'in-review', 'changes-requested', 'approved', 'unpublished'],
    to: 'archived',
    roles: ['editor', 'reviewer'],
    live: 'forbidden',
  },
  restore: { from: ['archived'], to: 'draft', roles: ['editor', 'reviewer'] },
  // Recorded whatever the stage: the story leaves every channel at once, the reason is the comment.
  'withdraw-consent': {
    from: stages,
    to: 'unpublished',
    roles: ['reviewer'],
    isCommentRequired: true,
    onlyFor: ['stories'],
  },
}

export type Actor = { id: string | number; roles: readonly Role[] }

export type WorkflowState = {
  /** The collection the item is in, for actions that exist only for some. */
  collection?: string
  stage: Stage
  /** A published version is being served (Payload keeps it live while a newer draft is reviewed). */
  isLive: boolean
  authorId?: string | number | null
  lastEditorId?: string | number | null
  /** Fingerprint of the content when it was approved, and now. */
  approvedHash?: string | null
  currentHash?: string | null
}

export type Decision =
  | { isAllowed: true; to: Stage; isOverride: boolean }
  | {
      isAllowed: false
      status: 400 | 403 | 409
      /** In English, as the API answers it; `refusal` renders it in any admin language. */
      reason: string
      refusal?: WorkflowRefusal
    }

const refused = (status: 400 | 403 | 409, why: WorkflowRefusal): Decision => ({
  isAllowed: false,
  status,
  reason: say(why, 'en'),
  refusal: why,
})
const sameId = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b)

/** May `actor` take `action` on an item in `state`? If not, the status and a reason a person understands. */
export const decide = ({
  action,
  actor,
  state,
  comment,
}: {
  action: Action
  actor: Actor
  state: WorkflowState
  comment?: string | null
}): Decision => {
  const rule = rules[action]
  if (rule.onlyFor && !rule.onlyFor.includes(state.collection ?? ''))
    return refused(400, refusal('only-for', { action, collections: [...rule.onlyFor] }))
  if (!rule.from.includes(state.stage))
    return refused(
      409,
      refusal('wrong-stage', { action, stage: state.stage, from: [...rule.from] }),
    )
  if (rule.live === 'required' && !state.isLive)
    return refused(409, refusal('nothing-live', { action }))
  if (rule.live === 'forbidden' && state.isLive)
    return refused(409, refusal('unpublish-first', { action }))
  if (rule.isCommentRequired && !comment?.trim())
    return refused(400, refusal('comment-required', { action }))
  if (
    rule.needsApprovedContent &&
    (!state.approvedHash || state.approvedHash !== state.currentHash)
  )
    return refused(409, refusal('content-changed'))

  const isAdmin = actor.roles.includes('admin')
  const hasRole = rule.roles.some((role) => actor.roles.includes(role))
  if (!hasRole && !isAdmin)
    return refused(
      403,
      refusal('role-required', { action, roles: [...rule.roles], actorRoles: [...actor.roles] }),
    )
  const isOwnWork = sameId(actor.id, state.authorId) || sameId(actor.id, state.lastEditorId)
  if (rule.isForbiddenOnOwnWork && isOwnWork && !isAdmin) return refused(403, refusal('own-work'))
  return {
    isAllowed: true,
    to: rule.to,
    isOverride: !hasRole || (Boolean(rule.isForbiddenOnOwnWork) && isOwnWork),
  }
}

/** Content edited after approval (or while live) goes back to review; other stages keep theirs. */
export const stageAfterEdit = (stage: Stage): Stage =>
  stage === 'approved' || stage === 'published' ? 'in-review' : stage
