import type { Action, Decision, Stage } from '../transitions'

/**
 * When approved content goes out and when live content comes down, as data. No Payload here:
 * the scheduler (./runSchedule.ts), the overdue listing and the publish action ask these functions.
 */

type When = string | Date | null | undefined

/** What the scheduler does: the two actions it takes, as the workflow defines them. */
export type ScheduledAction = Extract<Action, 'publish' | 'unpublish'>

export type ScheduleFacts = {
  /** The latest version: its stage and its publishing window. */
  latest: { stage: Stage; publishAt?: When; unpublishAt?: When }
  /** The version readers get, if one is live: its window's end. */
  live: { unpublishAt?: When } | null
}

export type Due = { action: ScheduledAction; dueAt: string }

/** The runner runs every minute; an action still waiting after two was missed. */
const overdueAfterMs = 2 * 60_000

const hasCome = (at: When, now: Date) => at != null && at !== '' && new Date(at) <= now

/** Approved and its time has come, while its window is still open: it goes out. */
const isPublishDue = ({ stage, publishAt, unpublishAt }: ScheduleFacts['latest'], now: Date) =>
  stage === 'approved' && hasCome(publishAt, now) && !hasCome(unpublishAt, now)

/**
 * What the scheduler does with one item at `now`, if anything. A due publication comes first:
 * it replaces the live version, whose own end then no longer applies.
 */
export const dueAction = ({ latest, live, now }: ScheduleFacts & { now: Date }): Due | null => {
  if (isPublishDue(latest, now))
    return { action: 'publish', dueAt: new Date(latest.publishAt!).toISOString() }
  if (live && hasCome(live.unpublishAt, now))
    return { action: 'unpublish', dueAt: new Date(live.unpublishAt!).toISOString() }
  return null
}

/**
 * The mark beside a publish time in the lists: `scheduled` once approved, the scheduler will
 * publish it then; `awaiting-approval` until then. None once the time has come or when archived.
 */
export const scheduleMark = ({
  stage,
  publishAt,
  now,
}: {
  stage?: Stage | null
  publishAt?: When
  now: Date
}): 'scheduled' | 'awaiting-approval' | null => {
  if (!publishAt || hasCome(publishAt, now) || stage === 'archived') return null
  return stage === 'approved' ? 'scheduled' : 'awaiting-approval'
}

/** Whether an action due at `dueAt` should have been taken by `now`: the runner missed it. */
export const isOverdue = ({ dueAt, now }: { dueAt: string; now: Date }) =>
  new Date(dueAt).getTime() <= now.getTime() - overdueAfterMs

/** A time as people in Baku read it, e.g. "1 December 2026 at 12:00". */
export const bakuTime = (at: When, locale = 'en-GB') =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Baku',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(at!))

/**
 * A publication the workflow allows is still refused outside the item's window: before
 * publishAt the approval is the go-ahead and the scheduler does the rest; after unpublishAt it
 * would come straight down again.
 */
export const checkPublishTime = ({
  action,
  decision,
  publishAt,
  unpublishAt,
  now,
}: {
  action: Action
  decision: Decision
  publishAt?: When
  unpublishAt?: When
  now: Date
}): Decision => {
  if (action !== 'publish' || !decision.isAllowed) return decision
  if (publishAt && !hasCome(publishAt, now))
    return {
      isAllowed: false,
      status: 409,
      reason: `Scheduled: it goes out on ${bakuTime(publishAt)} (Baku time) by itself; the approval is all it needs.`,
    }
  if (hasCome(unpublishAt, now))
    return {
      isAllowed: false,
      status: 409,
      reason: `Its unpublish time (${bakuTime(unpublishAt)}, Baku time) has passed: change the dates and have it approved again.`,
    }
  return decision
}
