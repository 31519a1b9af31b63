import { describe, expect, it } from 'vitest'

import {
  bakuTime,
  checkPublishTime,
  dueAction,
  isOverdue,
  type ScheduleFacts,
} from '@/workflow/schedule/due'
import type { Decision } from '@/workflow/transitions'

const now = new Date('2026-12-01T08:00:00.000Z') // 12:00 in Baku
const minutes = (n: number) => new Date(now.getTime() + n * 60_000).toISOString()

/** What is due now for an item whose latest version (approved unless said) and live one are these. */
const dueNow = (latest: Partial<ScheduleFacts['latest']>, live: ScheduleFacts['live'] = null) =>
  dueAction({ latest: { stage: 'approved', ...latest }, live, now })

describe('dueAction', () => {
  it('should publish an approved item once its publishAt has come, not a moment before', () => {
    expect(dueNow({ publishAt: minutes(1) })).toBeNull()
    expect(dueNow({ publishAt: minutes(0) })).toEqual({
      action: 'publish',
      dueAt: now.toISOString(),
    })
    expect(dueNow({ publishAt: minutes(-90) })?.action).toBe('publish')
  })

  it('should publish only what is approved, and only with a publishAt', () => {
    for (const stage of ['draft', 'in-review', 'changes-requested', 'published'] as const)
      expect(dueNow({ stage, publishAt: minutes(-1) })).toBeNull()
    expect(dueNow({ publishAt: null })).toBeNull()
    expect(dueNow({ publishAt: '' })).toBeNull()
  })

  it('should not publish an approved item whose window has already closed', () => {
    expect(dueNow({ publishAt: minutes(-60), unpublishAt: minutes(-1) })).toBeNull()
    expect(dueNow({ publishAt: minutes(-60), unpublishAt: minutes(1) })?.action).toBe('publish')
  })

  it('should unpublish a live item once its unpublishAt has come', () => {
    const live = (unpublishAt: string | null) =>
      dueNow({ stage: 'published', unpublishAt }, { unpublishAt })
    expect(live(minutes(1))).toBeNull()
    expect(live(null)).toBeNull()
    expect(live(minutes(-1))).toEqual({
      action: 'unpublish',
      dueAt: minutes(-1),
    })
    // Nothing live, nothing to take down.
    expect(dueNow({ stage: 'unpublished', unpublishAt: minutes(-1) })).toBeNull()
  })

  it('should go by the live version’s end while a newer version waits in review', () => {
    const inReview = dueNow(
      { stage: 'in-review', unpublishAt: minutes(60) },
      { unpublishAt: minutes(-1) },
    )
    expect(inReview?.action).toBe('unpublish')
  })

  it('should publish a due approved version rather than take down the one it replaces', () => {
    const replacing = dueNow(
      { publishAt: minutes(-2), unpublishAt: minutes(60) },
      { unpublishAt: minutes(-1) },
    )
    expect(replacing?.action).toBe('publish')
  })
})

describe('isOverdue', () => {
  it('should call an action overdue only after the runner has had two minutes to take it', () => {
    expect(isOverdue({ dueAt: minutes(-1), now })).toBe(false)
    expect(isOverdue({ dueAt: minutes(-2), now })).toBe(true)
    expect(isOverdue({ dueAt: minutes(-600), now })).toBe(true)
  })
})

describe('checkPublishTime', () => {
  const allowed: Decision = { isAllowed: true, to: 'published', isOverride: false }

  it('should refuse a publication before publishAt with a 409 that says when it goes out', () => {
    const refused = checkPublishTime({
      action: 'publish',
      decision: allowed,
      publishAt: '2026-12-24T06:30:00.000Z',
      now,
    })
    expect(refused).toEqual({
      isAllowed: false,
      status: 409,
      reason:
        'Scheduled: it goes out on 24 December 2026 at 10:30 (Baku time) by itself; the approval is all it needs.',
    })
  })

  it('should refuse a publication after unpublishAt', () => {
    const refused = checkPublishTime({
      action: 'publish',
      decision: allowed,
      unpublishAt: minutes(-1),
      now,
    })
    expect(refused).toMatchObject({ isAllowed: false, status: 409 })
    expect(!refused.isAllowed && refused.reason).toMatch(/unpublish time .* has passed/)
  })

  it('should allow a publication whose time has come, and leave other actions and refusals alone', () => {
    expect(
      checkPublishTime({ action: 'publish', decision: allowed, publishAt: minutes(0), now }),
    ).toBe(allowed)
    expect(checkPublishTime({ action: 'publish', decision: allowed, now })).toBe(allowed)
    const unpublish: Decision = { isAllowed: true, to: 'unpublished', isOverride: false }
    expect(
      checkPublishTime({ action: 'unpublish', decision: unpublish, publishAt: minutes(5), now }),
    ).toBe(unpublish)
    const refused: Decision = { isAllowed: false, status: 403, reason: 'no' }
    expect(
      checkPublishTime({ action: 'publish', decision: refused, publishAt: minutes(5), now }),
    ).toBe(refused)
  })
})

describe('bakuTime', () => {
  it('should show a time as it is in Baku (UTC+4, no daylight saving)', () => {
    expect(bakuTime('2026-07-01T20:15:00Z')).toBe('2 July 2026 at 00:15')
  })
})
