import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { ledgerChangeOf } from '@/ledger/transitionChange'
import { recordPublication } from '@/ledger/record'

import { recordAudit } from './audit'
import { contentRefusal, needsTwoOrganisations } from './checks'
import { safetyChecklist, unconfirmedChecks } from './safetyChecklist'
import { organisationLabels, signOff, type SignOff } from './signOff'
import { mayMarkReady } from './markReady'
import { commentThread, publicLocalesNow, signOffProgress } from './panelFacts'
import { refusal, say, type WorkflowRefusal } from './refusals'
import { checkPublishTime } from './schedule/due'
import {
  loadState,
  staffActor,
  type Loaded,
  type StaffActor,
  type Target,
  type Workflowed,
} from './state'
import {
  approveLocales,
  missingRequired,
  planPublication,
  sharedHash,
  translationStatusesOf,
  type LocaleMarksByLocale,
} from './translations'
import { actions, decide, rules, type Action, type Decision } from './transitions'
import { workflowWarnings } from './warnings'
import { refuse } from '@/http/refuse'

/**
 * The job runner acting on publishAt/unpublishAt holds exactly the roles the action needs: no
 * role check stops it, nothing is recorded as an override, and every check on the content stays.
 */
const schedulerActor = (action: Action): StaffActor => ({
  id: 'scheduler',
  roles: [...rules[action].roles],
})

/** The workflow's decision, then the item's publishing window if it is a publication. */
const decideNow = (args: Parameters<typeof decide>[0], { latest }: Loaded): Decision => {
  const now = new Date()
  const decision = decide(args)
  const timed = checkPublishTime({
    action: args.action,
    decision,
    publishAt: latest.publishAt,
    unpublishAt: latest.unpublishAt,
    now,
  })
  if (timed.isAllowed || timed === decision) return timed
  // The window's refusal, with its code: before publishAt it waits; otherwise its end has passed.
  const isWaiting = Boolean(latest.publishAt) && new Date(latest.publishAt) > now
  return {
    ...timed,
    refusal: isWaiting
      ? refusal('scheduled', { at: latest.publishAt })
      : refusal('unpublish-time-passed', { at: latest.unpublishAt }),
  }
}

/** This approval added to the organisations' sign-offs of the current version, or why not. */
const signOffNow = async (
  { req, collection }: Target,
  actor: StaffActor,
  loaded: Loaded,
  overrideReason?: string | null,
) =>
  signOff({
    signOffs: loaded.workflow.signOffs,
    hash: loaded.state.currentHash!,
    actor,
    isRequired: await needsTwoOrganisations(req, collection),
    isAdmin: actor.roles.includes('admin'),
    overrideReason,
    at: new Date().toISOString(),
  })

/** An action the user's roles take at some stage (or an admin's), for this collection. */
const isRelevant = (action: Action, actor: StaffActor, collection: Workflowed) => {
  const rule = rules[action]
  if (rule.onlyFor && !rule.onlyFor.includes(collection)) return false
  return actor.roles.includes('admin') || rule.roles.some((role) => actor.roles.includes(role))
}

type Listed = {
  action: Action
  isAllowed: boolean
  isRelevant: boolean
  /** In English, as the API refuses it; the panel renders `refusal` in the admin's language. */
  reason?: string
  refusal?: WorkflowRefusal
  /** An admin's approval that completes the sign-off alone: allowed with a written reason. */
  needsOverrideReason?: boolean
}

/**
 * Every action with whether this user may take it now, and why not, and what the admin's
 * workflow panel shows beside them: sign-off progress, schedule, the comment thread, warnings.
 */
export const availableActions = async (target: Target) => {
  const { req, collection } = target
  const actor = staffActor(req)
  const loaded = await loadState(target)
  const { state, workflow, latest, shape, marks } = loaded
  const listed = await Promise.all(
    actions.map(async (action): Promise<Listed> => {
      const base = { action, isRelevant: isRelevant(action, actor, collection) }
      const decision = decideNow({ action, actor, state, comment: 'x' }, loaded)
      if (!decision.isAllowed)
        return { ...base, isAllowed: false, reason: decision.reason, refusal: decision.refusal }
      const refused = await contentRefusal(req, collection, action, loaded)
      if (refused)
        return { ...base, isAllowed: false, reason: refused.reason, refusal: refused.refusal }
      const signed = action === 'approve' ? await signOffNow(target, actor, loaded) : null
      if (signed && !signed.isAllowed && signed.refusal.code === 'override-reason-required')
        return { ...base, isAllowed: true, needsOverrideReason: true, refusal: signed.refusal }
      return signed && !signed.isAllowed
        ? { ...base, isAllowed: false, reason: say(signed.refusal, 'en'), refusal: signed.refusal }
        : { ...base, isAllowed: true }
    }),
  )
  const hash = state.currentHash
  const translations = translationStatusesOf(latest, shape, marks, state.stage === 'in-review')
  const publishedLocales: Locale[] = workflow.publishedLocales ?? []
  // Recorded as published and still served: the languages readers should be getting.
  const servedLocales = state.isLive ? publishedLocales : []
  const hasConsent = collection === 'stories'
  const publicLocales = state.isLive ? await publicLocalesNow(target, hasConsent) : []
  const signOffs = ((workflow.signOffs ?? []) as SignOff[]).filter((entry) => entry.hash === hash)
  return {
    stage: state.stage,
    isLive: state.isLive,
    translations,
    // Complete translations this user may mark ready (the original is ready when submitted).
    canMarkReady: locales.filter(
      (locale) =>
        mayMarkReady(actor) &&
        locale !== defaultLocale &&
        translations[locale] === 'in-progress' &&
        !missingRequired(latest, shape, locale).length &&
        state.stage !== 'archived',
    ),
    canErase:
      collection === 'stories' &&
      actor.roles.includes('admin') &&
      Boolean(workflow.withdrawnAt) &&
      !state.isLive,
    publishedLocales,
    // "Live" only where readers get it now: consent, schedule and withdrawal have their say.
    publicLocales,
    signOffs,
    signOffProgress: (await needsTwoOrganisations(req, collection))
      ? await signOffProgress(req, signOffs)
      : null,
    schedule: { publishAt: latest.publishAt ?? null, unpublishAt: latest.unpublishAt ?? null },
    comments: await commentThread(target),
    warnings: workflowWarnings({
      hasConsent,
      consent: latest.consent,
      goingOut: locales.filter(
        (locale) =>
          ['ready', 'approved'].includes(translations[locale]) || servedLocales.includes(locale),
      ),
      published: servedLocales,
      publicNow: publicLocales,
    }),
    withdrawnAt: workflow.withdrawnAt ?? null,
    // A story's approval carries the reviewer's safety checklist.
    checklist: collection === 'stories' ? safetyChecklist : [],
    actions: listed,
  }
}

/**
 * Takes a workflow action on one item, or refuses it with the status and a reason a person
 * understands. The state change, the publication and the audit entry share the request's
 * transaction (the endpoint opens it).
 */
export const applyTransition = async ({
  action,
  comment,
  checklist,
  systemActor,
  ...target
}: Target & {
  action: Action
  comment?: string
  checklist?: unknown
  systemActor?: 'scheduler'
}) => {
  const { req, collection, id } = target
  const actor = systemActor === 'scheduler' ? schedulerActor(action) : staffActor(req)
  const loaded = await loadState(target)
  const { state, workflow, latest, shape, marks } = loaded
  const decision = decideNow({ action, actor, state, comment }, loaded)
  if (!decision.isAllowed) throw refuse(decision.status, decision.reason, decision.refusal)
  const refused = await contentRefusal(req, collection, action, loaded)
  if (refused) throw refuse(refused.status, refused.reason, refused.refusal)

  const now = new Date().toISOString()
  let to = decision.to
  let isOverride = decision.isOverride
  let note = comment?.trim() || null
  let details: Record<string, unknown> | undefined
  let patch: Record<string, unknown> = {}

  if (action === 'submit' || action === 'request-changes') {
    patch = { signOffs: [] }
  } else if (action === 'approve') {
    if (collection === 'stories') {
      const missing = unconfirmedChecks(checklist)
      if (missing.length)
        throw refuse(
          400,
          `Confirm the safety checklist before approving a story: ${safetyChecklist
            .filter((item) => missing.includes(item.key))
            .map((item) => item.en)
            .join('; ')}.`,
        )
    }
    const approval = approveLocales(latest, shape, marks)
    if ('refusal' in approval) throw refuse(422, approval.refusal)
    const signed = await signOffNow(target, actor, loaded, comment)
    if (!signed.isAllowed) throw refuse(signed.status, say(signed.refusal, 'en'), signed.refusal)
    details = {
      locales: approval.approved,
      signOffs: signed.signOffs.map(({ organisation, userId }) => ({ organisation, userId })),
      // An admin who completed the sign-off alone, and why (the comment says it too).
      ...(signed.isOverride ? { overrideReason: note } : {}),
      // What was confirmed, as the list's keys: never whatever else the request carried.
      ...(collection === 'stories'
        ? { checklist: Object.fromEntries(safetyChecklist.map((item) => [item.key, true])) }
        : {}),
    }
    if (signed.waitingFor.length) {
      // One organisation has approved; the item stays in review for the other.
      to = state.stage
      note = `${note ? `${note} — ` : ''}Approved for ${organisationLabels[actor.organisation!].en}; waiting for ${signed.waitingFor.map((org) => organisationLabels[org].en).join(', ')}.`
      patch = { signOffs: signed.signOffs }
    } else {
      isOverride ||= signed.isOverride
      patch = {
        signOffs: signed.signOffs,
        locales: approval.marks,
        approvedBy: actor.id,
        approvedAt: now,
        approvedHash: state.currentHash,
      }
    }
  } else if (action === 'publish') {
    const plan = planPublication({
      doc: latest,
      shape,
      marks,
      liveLocales: state.isLive ? (workflow.publishedLocales ?? []) : [],
      liveSharedHash: workflow.publishedSharedHash,
    })
    details = { published: plan.publish, kept: plan.keep, takenOff: plan.takenOff }
    patch = {
      publishedLocales: plan.live,
      publishedSharedHash: sharedHash(latest, shape),
      withdrawnAt: null,
      withdrawalReason: null,
      withdrawnFormReference: null,
    }
  } else if (action === 'unpublish') {
    patch = { publishedLocales: [] }
  } else if (action === 'withdraw-consent') {
    // Off every channel at once; only a new consent record and a new review bring it back.
    patch = {
      withdrawnAt: now,
      withdrawalReason: note,
      withdrawnFormReference: (latest.consent as { formReference?: string } | undefined)
        ?.formReference,
      publishedLocales: [],
      signOffs: [],
      approvedHash: null,
      locales: Object.fromEntries(
        Object.entries(marks).map(([locale, mark]) => [locale, { ...mark, approvedHash: null }]),
      ) as LocaleMarksByLocale,
    }
  }

  const nextWorkflow = { ...workflow, ...patch, stage: to, comment: note }
  const write = {
    collection,
    id,
    overrideAccess: true,
    context: { isWorkflowAction: true },
    req,
  } as const
  const takesDown = state.isLive && (action === 'unpublish' || action === 'withdraw-consent')
  if (action === 'publish') {
    // One language at a time: Payload takes that language from the draft and every other
    // language from the live version, so publishing one never publishes another's draft.
    for (const locale of (details?.published as (typeof locales)[number][]) ?? []) {
      await req.payload.update({
        ...write,
        data: { workflow: nextWorkflow, _status: 'published' } as never,
        draft: false,
        locale,
        publishSpecificLocale: locale,
      })
    }
  } else {
    await req.payload.update({
      ...write,
      data: { workflow: nextWorkflow, ...(takesDown ? { _status: 'draft' } : {}) } as never,
      draft: !takesDown,
      // One language is enough (the workflow's record is shared), and a custom endpoint's
      // request may carry locale=all, which would make every localized value an object.
      locale: defaultLocale,
      unpublishAllLocales: takesDown,
    })
  }
  // What this action changed for the channels: one ledger entry, in the action's transaction.
  const change = ledgerChangeOf({ action, wasLive: state.isLive })
  if (change)
    await recordPublication(req, {
      change,
      type: collection,
      itemId: id,
      languages:
        action === 'publish'
          ? [
              ...((details?.published as Locale[]) ?? []),
              ...((details?.takenOff as Locale[]) ?? []),
            ]
          : (workflow.publishedLocales ?? []),
      wasLive: state.isLive,
      cause: systemActor === 'scheduler' ? `scheduled ${action}` : action,
      // A window's edge took effect when it fell due, even if the runner was down then.
      effectiveAt:
        systemActor === 'scheduler'
          ? ((action === 'publish' ? latest.publishAt : latest.unpublishAt) as string | undefined)
          : undefined,
    })
  await recordAudit(req, {
    action,
    targetCollection: collection,
    targetId: id,
    fromStage: state.stage,
    toStage: to,
    isOverride,
    comment: note,
    contentHash: state.currentHash,
    details,
    systemActor,
  })
  return { stage: to, isOverride, ...(details ?? {}) }
}
