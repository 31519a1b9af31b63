import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { Role } from '@/access/roles'
import { applyTransition } from '@/workflow/applyTransition'
import { findDueItems, findOverdueItems } from '@/workflow/schedule/dueItems'
import { abandonedAfterMs } from '@/workflow/schedule/everyMinute'
import { scheduleQueue } from '@/workflow/schedule/jobs'
import type { Action } from '@/workflow/transitions'

import { idsVisibleTo, startPayload } from '../helpers/payload'

/**
 * The scheduler on a real database with a clock the test controls: only Date is faked, so the
 * database and Payload's timers run as usual while "now" is whatever the test says. Payload orders
 * an item's versions by their timestamps, so each test writes its items first, in real time, and
 * then only moves the clock forward.
 */
describe('scheduled publish and unpublish', () => {
  let payload: Payload
  let stop: () => Promise<void>
  const users = {} as Record<Role, { id: number | string }>

  let start: number
  const at = (minutes: number) => new Date(start + minutes * 60_000)
  const setClock = (minutes: number) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(at(minutes))
  }

  const act = async (role: Role, id: number | string, action: Action) => {
    const user = { ...users[role], collection: 'users' } as never
    return applyTransition({
      req: await createLocalReq({ user }, payload),
      collection: 'articles',
      id,
      action,
    })
  }
  const newArticle = async (title: string, schedule: { publishAt?: Date; unpublishAt?: Date }) =>
    (
      await payload.create({
        collection: 'articles',
        data: {
          title,
          publishAt: schedule.publishAt?.toISOString(),
          unpublishAt: schedule.unpublishAt?.toISOString(),
        },
        user: { ...users.editor, collection: 'users' } as never,
        draft: true,
      })
    ).id
  const approved = async (title: string, schedule: { publishAt?: Date; unpublishAt?: Date }) => {
    const id = await newArticle(title, schedule)
    await act('editor', id, 'submit')
    await act('reviewer', id, 'approve')
    return id
  }
  const latest = (id: number | string) =>
    payload.findByID({ collection: 'articles', id, draft: true })
  const isLive = async (id: number | string) =>
    (await payload.findByID({ collection: 'articles', id, draft: false }))._status === 'published'
  const auditOf = async (id: number | string) =>
    (
      await payload.find({
        collection: 'audit-log',
        where: { targetId: { equals: String(id) } },
        sort: 'at',
        depth: 0,
      })
    ).docs
  /** What a tick of the runner does once a sweep is due: run the schedule queue. */
  const runScheduler = async () => {
    await payload.jobs.queue({ task: 'applySchedule', queue: scheduleQueue, input: {} })
    await payload.jobs.run({ queue: scheduleQueue })
  }
  const dueNow = async () =>
    (await findDueItems({ req: await createLocalReq({}, payload), now: new Date() })).map(
      ({ id, action }) => [id, action],
    )
  const overdueNow = async () =>
    (await findOverdueItems({ req: await createLocalReq({}, payload), now: new Date() })).map(
      ({ id, action }) => [id, action],
    )

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      users[role] = await payload.create({
        collection: 'users',
        data: {
          email: `${role}@test.example`,
          password: 'x-Ə1-long-enough',
          name: role,
          roles: [role],
        },
      })
    }
  })
  beforeEach(() => {
    start = Date.now()
  })
  afterEach(() => {
    vi.useRealTimers()
  })
  afterAll(async () => {
    await stop?.()
  })

  it('should publish an approved item when its publishAt has come, not before, on the record', async () => {
    const id = await approved('Vaxtında', { publishAt: at(60) })

    setClock(59)
    await runScheduler()
    expect(await isLive(id)).toBe(false)
    expect((await latest(id)).workflow?.stage).toBe('approved')

    setClock(61)
    await runScheduler()
    expect(await isLive(id)).toBe(true)
    expect((await latest(id)).workflow?.stage).toBe('published')
    const [, , publish] = await auditOf(id)
    expect(publish).toMatchObject({
      action: 'publish',
      fromStage: 'approved',
      toStage: 'published',
      systemActor: 'scheduler',
      comment: 'scheduled',
      isOverride: false,
    })
    expect(publish.actor ?? null).toBeNull()
    expect(publish.at).toBe(at(61).toISOString())
    expect(await dueNow()).toEqual([])
  })

  it('should unpublish a live item at its unpublishAt', async () => {
    const id = await approved('Müvəqqəti', { unpublishAt: at(60) })
    await act('reviewer', id, 'publish')
    expect(await isLive(id)).toBe(true)

    setClock(59)
    await runScheduler()
    expect(await isLive(id)).toBe(true)

    setClock(60)
    await runScheduler()
    expect(await isLive(id)).toBe(false)
    expect((await latest(id)).workflow?.stage).toBe('unpublished')
    const last = (await auditOf(id)).at(-1)
    expect(last).toMatchObject({
      action: 'unpublish',
      fromStage: 'published',
      toStage: 'unpublished',
      systemActor: 'scheduler',
    })
  })

  it('should hide a live item from every channel at its unpublishAt even when the runner is stopped', async () => {
    const id = await approved('Vaxtı keçən', { unpublishAt: at(60) })
    await act('reviewer', id, 'publish')
    const publicIds = (user?: object) => idsVisibleTo(payload, 'articles', user)
    const channels = [
      undefined,
      { collection: 'partners', id: 1, contentTypes: ['articles'], languages: ['az'] },
      { collection: 'screens', id: 1 },
    ]

    setClock(59)
    for (const user of channels) expect(await publicIds(user)).toContain(id)
    setClock(60)
    for (const user of channels) expect(await publicIds(user)).not.toContain(id)
    // Nothing ran: the item is still published, only past its window.
    expect(await isLive(id)).toBe(true)
  })

  it('should not publish an item edited after approval: the edit, dates included, needs a new review', async () => {
    const edited = await approved('Redaktə', { publishAt: at(10) })
    const moved = await approved('Tarixi dəyişdi', { publishAt: at(10) })
    const editor = { ...users.editor, collection: 'users' } as never
    await payload.update({
      collection: 'articles',
      id: edited,
      data: { title: 'Redaktə, yeni' },
      user: editor,
      draft: true,
    })
    await payload.update({
      collection: 'articles',
      id: moved,
      data: { publishAt: at(5).toISOString() },
      user: editor,
      draft: true,
    })

    setClock(15)
    await runScheduler()
    for (const id of [edited, moved]) {
      expect(await isLive(id)).toBe(false)
      expect((await latest(id)).workflow?.stage).toBe('in-review')
    }
  })

  it('should keep every content check: content changed behind the approval is not published', async () => {
    const id = await approved('Təsdiqlənmiş mətn', { publishAt: at(1) })
    // A write that skips the workflow's guard, as a bug or a direct database edit would.
    await payload.update({
      collection: 'articles',
      id,
      data: { title: 'Təsdiqlənməmiş mətn' },
      context: { isWorkflowAction: true },
      draft: true,
    })

    setClock(5)
    await runScheduler()
    expect(await isLive(id)).toBe(false)
    // Still due and not done: the admins see it.
    expect(await overdueNow()).toContainEqual([id, 'publish'])
    await payload.delete({ collection: 'articles', id })
  })

  it('should list what is overdue while the runner is stopped, and nothing once it has run', async () => {
    const toPublish = await approved('Gecikmiş dərc', { publishAt: at(1) })
    const toUnpublish = await approved('Gecikmiş çıxarış', { unpublishAt: at(2) })
    await act('reviewer', toUnpublish, 'publish')

    setClock(2)
    // Due, but the runner has had no time to take them yet: not overdue.
    expect(await dueNow()).toEqual([
      [toPublish, 'publish'],
      [toUnpublish, 'unpublish'],
    ])
    expect(await overdueNow()).toEqual([])

    setClock(30)
    expect(await overdueNow()).toEqual([
      [toPublish, 'publish'],
      [toUnpublish, 'unpublish'],
    ])
    await runScheduler()
    expect(await overdueNow()).toEqual([])
    expect(await isLive(toPublish)).toBe(true)
    expect(await isLive(toUnpublish)).toBe(false)
  })

  it('should queue a sweep on each tick of the runner and run it a minute later', async () => {
    const id = await approved('Saat', { publishAt: at(0.5) })
    // What jobs.autoRun does every minute (src/workflow/schedule/jobs.ts).
    const tick = async () => {
      await payload.jobs.handleSchedules({ queue: scheduleQueue })
      await payload.jobs.run({ queue: scheduleQueue })
    }
    setClock(0.6)
    await tick()
    expect(await isLive(id)).toBe(false)
    setClock(1.6)
    await tick()
    expect(await isLive(id)).toBe(true)
  })

  it('should schedule again once a sweep left processing by a killed server is clearly abandoned', async () => {
    const sweeps = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: {
            and: [
              { taskSlug: { equals: 'applySchedule' } },
              { 'meta.scheduled': { equals: true } },
            ],
          },
          sort: 'createdAt',
          overrideAccess: true,
        })
      ).docs
    const before = (await sweeps()).length
    setClock(10.6)
    await payload.jobs.handleSchedules({ queue: scheduleQueue })
    const [stuck] = (await sweeps()).slice(before)
    expect(stuck).toBeDefined()
    // The server died while it ran this sweep: it stays "processing" for ever.
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: stuck.id,
      data: { processing: true, updatedAt: at(11).toISOString() },
    })
    setClock(12.6)
    await payload.jobs.handleSchedules({ queue: scheduleQueue })
    expect((await sweeps()).length).toBe(before + 1)
    setClock(11 + abandonedAfterMs / 60_000 + 1.6)
    await payload.jobs.handleSchedules({ queue: scheduleQueue })
    expect((await sweeps()).length).toBe(before + 2)
  })
})
