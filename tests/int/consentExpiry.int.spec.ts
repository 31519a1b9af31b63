import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { applyTransition } from '@/workflow/applyTransition'
import { runSchedule } from '@/workflow/schedule/runSchedule'
import type { Action } from '@/workflow/transitions'

import { confirmedChecklist, fullConsent } from '../helpers/fixtures'
import { idsVisibleTo, startPayload } from '../helpers/payload'

/**
 * Consent expiry needs no job: every read compares it with the clock. The clock here is the
 * test's (only Date is faked: timers and the database run as usual).
 */
describe('consent expiry on every read, on a clock the test controls', () => {
  let payload: Payload
  let stop: () => Promise<void>
  const people: Record<string, any> = {}

  const as = (who: string) =>
    createLocalReq({ user: { ...people[who], collection: 'users' } }, payload)
  // A frozen clock would give every version the same timestamp: each action is a second later.
  const take = async (who: string, id: number | string, action: Action) => {
    vi.advanceTimersByTime(1000)
    return applyTransition({
      req: await as(who),
      collection: 'stories',
      id,
      action,
      checklist: confirmedChecklist,
    })
  }
  const visibleTo = (user?: object) => idsVisibleTo(payload, 'stories', user)

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-06-01T09:00:00Z'))
    ;({ payload, stop } = await startPayload())
    for (const [name, roles, organisation] of [
      ['editor', ['editor'], 'campaign'],
      ['reviewer', ['reviewer'], 'campaign'],
      ['police', ['reviewer'], 'department'],
    ] as const)
      people[name] = await payload.create({
        collection: 'users',
        data: {
          name,
          email: `${name}@test.example`,
          password: 'x-password-1',
          roles: [...roles],
          organisation,
        },
      })
  })
  afterAll(async () => {
    vi.useRealTimers()
    await stop?.()
  })

  it('should hide a story from every channel the moment its consent expires', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: {
        title: 'Vaxtı bitən razılıq',
        pseudonym: 'Ülvi',
        consent: { ...fullConsent, expiresAt: '2026-07-01T00:00:00.000Z' },
      },
      user: { ...people.editor, collection: 'users' },
      overrideAccess: false,
      draft: true,
    })
    for (const [who, action] of [
      ['editor', 'submit'],
      ['reviewer', 'approve'],
      ['police', 'approve'],
      ['reviewer', 'publish'],
    ] as const)
      await take(who, story.id, action)

    const screen = { collection: 'screens', id: 1 }
    const partner = { collection: 'partners', id: 1, contentTypes: ['stories'], languages: ['az'] }
    vi.setSystemTime(new Date('2026-06-30T23:59:59Z'))
    expect(await visibleTo()).toEqual([story.id])
    expect(await visibleTo(screen)).toEqual([story.id])
    expect(await visibleTo(partner)).toEqual([story.id])

    vi.setSystemTime(new Date('2026-07-01T00:00:00Z'))
    expect(await visibleTo()).toEqual([])
    expect(await visibleTo(screen)).toEqual([])
    expect(await visibleTo(partner)).toEqual([])
    // Nothing was written when it ran out: the scheduler's tick records it in the ledger, once,
    // dated when it ran out.
    const expiries = async () => {
      const { docs } = await payload.db.find({
        collection: 'publication-ledger',
        where: {
          and: [
            { item: { equals: `stories:${story.id}` } },
            { change: { equals: 'consent-expired' } },
          ],
        },
      })
      return docs.map((doc) => new Date((doc as { effectiveAt?: string }).effectiveAt!).toISOString())
    }
    expect(await expiries()).toEqual([])
    await runSchedule({ payload, now: new Date() })
    expect(await expiries()).toEqual(['2026-07-01T00:00:00.000Z'])
    vi.advanceTimersByTime(60_000)
    await runSchedule({ payload, now: new Date() })
    expect(await expiries()).toEqual(['2026-07-01T00:00:00.000Z'])
    // Staff still see it, and the workflow refuses to send it round again.
    expect(await visibleTo({ ...people.reviewer, collection: 'users' })).toEqual([story.id])
    await take('reviewer', story.id, 'unpublish')
    await expect(take('editor', story.id, 'submit')).rejects.toThrow(
      /Consent expired on 2026-07-01/,
    )
  })
})
