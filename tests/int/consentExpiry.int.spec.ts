import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { partnerScope } from '@/access/partnerScope'
import { syncPage } from '@/channels/partners/sync'
import { readSyncRequest } from '@/channels/partners/syncRequest'
import { webhooksFromLedger } from '@/channels/partners/webhooks/queue'
import { applyTransition } from '@/workflow/applyTransition'
import { runSchedule } from '@/workflow/schedule/runSchedule'
import type { Action } from '@/workflow/transitions'

import { confirmedChecklist, fullConsent } from '../helpers/fixtures'
import { createStaff, idsVisibleTo, startPayload } from '../helpers/payload'

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
  const take = async (
    who: string,
    id: number | string,
    action: Action,
    collection: 'stories' | 'articles' = 'stories',
  ) => {
    vi.advanceTimersByTime(1000)
    return applyTransition({
      req: await as(who),
      collection,
      id,
      action,
      checklist: confirmedChecklist,
    })
  }
  /** Through review by both organisations to the public. */
  const publishStory = async (id: number | string) => {
    for (const [who, action] of [
      ['editor', 'submit'],
      ['reviewer', 'approve'],
      ['police', 'approve'],
      ['reviewer', 'publish'],
    ] as const)
      await take(who, id, action)
  }
  const visibleTo = (user?: object) => idsVisibleTo(payload, 'stories', user)

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-06-01T09:00:00Z'))
    ;({ payload, stop } = await startPayload())
    Object.assign(people, await createStaff(payload))
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
    await publishStory(story.id)

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
      return docs.map((doc) =>
        new Date((doc as { effectiveAt?: string }).effectiveAt!).toISOString(),
      )
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

  it('should catch up after a restart: hidden before any job, recorded and told on the first run', async () => {
    vi.setSystemTime(new Date('2026-08-01T09:00:00Z'))
    const editor = { ...people.editor, collection: 'users' }
    const story = await payload.create({
      collection: 'stories',
      data: {
        title: 'Razılıq serverin dayandığı vaxt bitir',
        pseudonym: 'Nərmin',
        consent: { ...fullConsent, expiresAt: '2026-08-15T00:00:00.000Z' },
      },
      user: editor,
      overrideAccess: false,
      draft: true,
    })
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Pəncərəsi bağlanan məqalə', unpublishAt: '2026-08-15T00:00:00.000Z' },
      user: editor,
      overrideAccess: false,
      draft: true,
    })
    await publishStory(story.id)
    for (const [who, action] of [
      ['editor', 'submit'],
      ['reviewer', 'approve'],
      ['reviewer', 'publish'],
    ] as const)
      await take(who, article.id, action, 'articles')

    // A partner in sync before the server went down.
    const partnerDoc = await payload.create({
      collection: 'partners',
      data: {
        name: 'Catch-up',
        contentTypes: ['stories', 'articles'],
        languages: ['az'],
        webhookUrl: 'https://catch-up.example/hook',
        webhookSecret: 'catch-up-secret-0123456789',
      },
    })
    const partner = { ...partnerDoc, collection: 'partners' } as never
    const context = () => ({
      payload,
      partner,
      now: new Date(),
      hotline: () => ['152'],
      pages: () => ({}),
      fileUrl: (name: string) => `https://xeberdar.example/${name}`,
      apiUrl: 'https://xeberdar.example/api',
    })
    const syncFrom = async (cursor?: string) => {
      const items: string[] = []
      for (;;) {
        const request = readSyncRequest(cursor ? { cursor } : {}, partnerScope(partner))
        if ('status' in request) throw new Error(request.message)
        const page = await syncPage(context(), request)
        if ('refusal' in page) throw new Error(page.refusal)
        items.push(...page.items.map((item) => `${item.action} ${item.type}:${item.id}`))
        cursor = page.nextCursor
        if (!page.hasMore) return { items, cursor }
      }
    }
    const { items: first, cursor } = await syncFrom()
    expect(first).toEqual(
      expect.arrayContaining([`upsert stories:${story.id}`, `upsert articles:${article.id}`]),
    )
    await webhooksFromLedger(payload)
    const queued = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'deliverWebhook' } },
          pagination: false,
        })
      ).docs
        .map(({ input }) => input as { event: string; type: string; itemId: string })
        .filter(({ type, itemId }) =>
          [`stories:${story.id}`, `articles:${article.id}`].includes(`${type}:${itemId}`),
        )
        .map(({ event, type, itemId }) => `${event} ${type}:${itemId}`)
        .sort()
    expect(await queued()).toEqual([
      `publish articles:${article.id}`,
      `publish stories:${story.id}`,
    ])

    // The server is down across both boundaries; it starts again a day later.
    vi.setSystemTime(new Date('2026-08-16T09:00:00Z'))
    // Before any job: every channel already hides both (reads apply the rule).
    expect(await visibleTo()).not.toContain(story.id)
    expect(await visibleTo({ collection: 'screens', id: 1 })).not.toContain(story.id)
    expect(await visibleTo(partner)).not.toContain(story.id)
    expect(await idsVisibleTo(payload, 'articles')).not.toContain(article.id)
    expect(await idsVisibleTo(payload, 'articles', partner)).not.toContain(article.id)
    // Nothing has been recorded yet, and the partner's next page already drops them: its reads
    // apply the rule too. The ledger then names both on the scheduler's first run.
    const entriesOf = async (item: string) =>
      (
        await payload.db.find({
          collection: 'publication-ledger',
          where: { item: { equals: item } },
          sort: 'position',
          pagination: false,
        })
      ).docs.map((doc) => {
        const { change, effectiveAt } = doc as unknown as { change: string; effectiveAt: string }
        return `${change} ${new Date(effectiveAt).toISOString().slice(0, 10)}`
      })
    expect(await entriesOf(`stories:${story.id}`)).toEqual(['published 2026-08-01'])
    await runSchedule({ payload, now: new Date() })
    expect(await entriesOf(`stories:${story.id}`)).toEqual([
      'published 2026-08-01',
      'consent-expired 2026-08-15',
    ])
    expect(await entriesOf(`articles:${article.id}`)).toEqual([
      'published 2026-08-01',
      // Dated when the window closed, not when the runner came back.
      'unpublished 2026-08-15',
    ])
    const { items: after } = await syncFrom(cursor)
    expect(after.sort()).toEqual(
      [`delete articles:${article.id}`, `delete stories:${story.id}`].sort(),
    )
    // One webhook each on the consumer's first run, none again on the next.
    await webhooksFromLedger(payload)
    await webhooksFromLedger(payload)
    expect(await queued()).toEqual([
      `publish articles:${article.id}`,
      `publish stories:${story.id}`,
      `unpublish articles:${article.id}`,
      `withdraw stories:${story.id}`,
    ])
  })
})
