import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { recordScreenSeen, startHeartbeats } from '@/channels/screens/heartbeat'
import { playTotals } from '@/channels/screens/playTotals'
import { recordPlays } from '@/channels/screens/recordPlays'
import { screenStatuses } from '@/channels/screens/screenStatuses'

import { smallPng } from '../helpers/media'
import { startPayload } from '../helpers/payload'

/**
 * The screen channel's records on a real database: heartbeats flushed from memory, the status
 * admins see, and proof of play stored once and counted per poster and station. The feed is not
 * here: these call what it calls.
 */
describe('screen heartbeats and proof of play', () => {
  let payload: Payload
  let stop: () => Promise<void>
  let stations: number[]
  let screens: { id: number; location: number }[]
  let posters: number[]

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
    await payload.updateGlobal({
      slug: 'settings',
      data: { hotlines: [{ number: '000', label: 'Test' }], screenPollSeconds: 30 },
    })
    stations = []
    for (const name of ['Sahil', 'Nizami'])
      stations.push(
        (await payload.create({ collection: 'locations', data: { name, type: 'metro-station' } }))
          .id,
      )
    screens = []
    for (const [name, location] of [
      ['A', stations[0]],
      ['B', stations[1]],
      ['C', stations[1]],
    ] as const)
      screens.push({
        id: (
          await payload.create({
            collection: 'screens',
            data: { name, location, resolution: '1920x1080', languages: ['az'] },
          })
        ).id,
        location,
      })
    const data = await smallPng()
    const artwork = (
      await payload.create({
        collection: 'media',
        data: { alt: 'Plakat' },
        file: { data, mimetype: 'image/png', name: 'p.png', size: data.length },
      })
    ).id
    posters = []
    for (const title of ['Birinci', 'İkinci'])
      posters.push(
        (await payload.create({ collection: 'posters', data: { title, artwork }, draft: true })).id,
      )
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await stop?.()
  })

  describe('heartbeat', () => {
    /** The one call a flush writes with: a statement on SQLite, a bulkWrite on MongoDB. */
    const spyOnWrites = () =>
      payload.db.name === 'mongoose'
        ? vi.spyOn((payload.db as any).collections['screen-status'], 'bulkWrite')
        : vi.spyOn((payload.db as any).client, 'execute')

    it('should write every screen seen since the last flush in one write, keeping its latest fetch', async () => {
      // A timer that never fires during the test: the test flushes.
      const heartbeats = startHeartbeats(payload, { intervalMs: 3_600_000 })
      const upserts = vi.spyOn(payload.db, 'upsert')
      const writes = spyOnWrites()
      const start = Date.parse('2026-12-01T10:00:00Z')
      for (let i = 1; i <= 50; i++)
        recordScreenSeen({
          screenId: screens[0].id,
          version: `"v${i}"`,
          at: new Date(start + i * 1000),
        })
      // A fetch answered late (another request's) must not replace a newer one.
      recordScreenSeen({ screenId: screens[0].id, version: '"v0"', at: new Date(start) })
      for (let i = 1; i <= 3; i++)
        recordScreenSeen({
          screenId: screens[1].id,
          version: '"b"',
          at: new Date(start + i * 1000),
        })
      await heartbeats.flush()
      expect(writes).toHaveBeenCalledOnce()
      expect(upserts).not.toHaveBeenCalled()

      const { docs } = await payload.find({
        collection: 'screen-status',
        depth: 0,
        sort: 'lastSeenAt',
      })
      expect(
        docs.map(({ screen, lastSeenAt, lastPlaylistVersion }) => ({
          screen,
          lastSeenAt,
          lastPlaylistVersion,
        })),
      ).toEqual([
        {
          screen: screens[1].id,
          lastSeenAt: new Date(start + 3000).toISOString(),
          lastPlaylistVersion: '"b"',
        },
        {
          screen: screens[0].id,
          lastSeenAt: new Date(start + 50_000).toISOString(),
          lastPlaylistVersion: '"v50"',
        },
      ])

      writes.mockClear()
      await heartbeats.flush()
      expect(writes).not.toHaveBeenCalled()

      // The next fetch updates the same record.
      recordScreenSeen({ screenId: screens[0].id, version: '"v51"', at: new Date(start + 60_000) })
      await heartbeats.stop()
      expect(writes).toHaveBeenCalledTimes(1)
      const after = await payload.find({ collection: 'screen-status', depth: 0 })
      expect(after.totalDocs).toBe(2)
      expect(after.docs.find((doc) => doc.screen === screens[0].id)?.lastPlaylistVersion).toBe(
        '"v51"',
      )
      writes.mockRestore()
      upserts.mockRestore()
    })

    it("should not let a screen deleted since its fetch hold back the others' status", async () => {
      const heartbeats = startHeartbeats(payload, { intervalMs: 3_600_000 })
      const gone = await payload.create({
        collection: 'screens',
        data: { name: 'Gone', location: stations[0], resolution: '1920x1080', languages: ['az'] },
      })
      await payload.delete({ collection: 'screens', id: gone.id })
      const errors = vi.spyOn(payload.logger, 'error')
      // C as the status test below expects it.
      const at = new Date('2026-12-01T10:00:00Z')
      recordScreenSeen({ screenId: gone.id, version: '"gone"', at })
      recordScreenSeen({ screenId: screens[2].id, version: '"c"', at })
      await heartbeats.stop()
      expect(errors).not.toHaveBeenCalled()
      const { docs } = await payload.find({
        collection: 'screen-status',
        where: { screen: { equals: screens[2].id } },
      })
      expect(docs.map(({ lastPlaylistVersion }) => lastPlaylistVersion)).toEqual(['"c"'])
      errors.mockRestore()
    })

    it('should keep a heartbeat the database refused for the next flush', async () => {
      const heartbeats = startHeartbeats(payload, { intervalMs: 3_600_000 })
      const writes = spyOnWrites().mockRejectedValueOnce(new Error('database down'))
      const errors = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)
      recordScreenSeen({
        screenId: screens[2].id,
        version: '"c"',
        at: new Date('2026-12-01T10:00:00Z'),
      })
      await heartbeats.flush()
      expect(errors).toHaveBeenCalledOnce()
      await heartbeats.stop()
      expect(writes).toHaveBeenCalledTimes(2)
      const { docs } = await payload.find({
        collection: 'screen-status',
        where: { screen: { equals: screens[2].id } },
      })
      expect(docs).toHaveLength(1)
      writes.mockRestore()
      errors.mockRestore()
    })
  })

  it('should tell admins which screens are online, stale or silent, on the current playlist or not', async () => {
    // A seen 10:01:00 (v51), B 10:00:03 ("b"), C 10:00:00 ("c"); polls every 30 s.
    const now = new Date('2026-12-01T10:02:00Z')
    const currentVersion = (screenId: string) =>
      screenId === String(screens[0].id)
        ? '"v51"'
        : screenId === String(screens[1].id)
          ? '"b2"'
          : null
    const { pollSeconds, screens: rows } = await screenStatuses({ payload, now, currentVersion })
    expect(pollSeconds).toBe(30)
    expect(rows.map(({ name, status, version }) => ({ name, status, version }))).toEqual([
      { name: 'A', status: 'online', version: 'current' },
      { name: 'B', status: 'stale', version: 'older' },
      { name: 'C', status: 'stale', version: 'unknown' },
    ])
    const nextDay = await screenStatuses({
      payload,
      now: new Date('2026-12-02T10:02:00Z'),
      currentVersion,
    })
    expect(nextDay.screens.map(({ status }) => status)).toEqual(['silent', 'silent', 'silent'])
  })

  describe('proof of play', () => {
    const asScreen = async (index: number) => {
      const screen = { ...screens[index], collection: 'screens' }
      return { req: await createLocalReq({ user: screen as never }, payload), screen }
    }
    const play = (poster: number | string, startedAt: string, durationSeconds = 10) => ({
      posterId: poster,
      locale: 'az' as const,
      startedAt: new Date(startedAt),
      durationSeconds,
    })

    it('should store each play once, however often the report is sent', async () => {
      const report = [
        play(posters[0], '2026-12-01T10:00:00Z'),
        play(posters[1], '2026-12-01T10:00:10Z'),
        play(posters[0], '2026-12-01T10:00:20Z'),
        // Twice in the same report.
        play(posters[0], '2026-12-01T14:00:20+04:00'),
      ]
      expect(await recordPlays({ ...(await asScreen(0)), plays: report })).toEqual({
        accepted: 3,
        duplicates: 1,
        rejected: [],
      })
      expect(await recordPlays({ ...(await asScreen(0)), plays: report })).toEqual({
        accepted: 0,
        duplicates: 4,
        rejected: [],
      })
      // The same poster at the same moment on another screen is another play.
      expect(
        await recordPlays({ ...(await asScreen(1)), plays: report.slice(0, 1) }),
      ).toMatchObject({
        accepted: 1,
      })
      const { docs } = await payload.find({
        collection: 'plays',
        where: { screen: { equals: screens[0].id } },
        depth: 0,
      })
      expect(docs).toHaveLength(3)
      expect(docs.every((doc) => doc.location === stations[0])).toBe(true)
    })

    it('should report a poster that does not exist per item and store the rest', async () => {
      const missing = payload.db.name === 'mongoose' ? '65a1b2c3d4e5f6a7b8c9d0e1' : 999_999
      const result = await recordPlays({
        ...(await asScreen(1)),
        plays: [
          play(missing, '2026-12-01T11:00:00Z'),
          play(posters[1], '2026-12-01T11:00:00Z', 20),
        ],
      })
      expect(result).toEqual({
        accepted: 1,
        duplicates: 0,
        rejected: [{ index: 0, posterId: missing, message: 'No such poster.' }],
      })
    })

    it('should count plays and seconds per poster and per station within the period', async () => {
      const from = new Date('2026-12-01T00:00:00Z')
      const to = new Date('2026-12-02T00:00:00Z')
      expect(await playTotals({ payload, by: 'poster', from, to })).toEqual([
        { id: String(posters[0]), plays: 3, seconds: 30 },
        { id: String(posters[1]), plays: 2, seconds: 30 },
      ])
      expect(await playTotals({ payload, by: 'location', from, to })).toEqual([
        { id: String(stations[0]), plays: 3, seconds: 30 },
        { id: String(stations[1]), plays: 2, seconds: 30 },
      ])
      // The end is excluded, the start included.
      const later = await playTotals({
        payload,
        by: 'poster',
        from: new Date('2026-12-01T10:00:10Z'),
        to: new Date('2026-12-01T11:00:00Z'),
      })
      expect(later).toEqual([
        { id: String(posters[0]), plays: 1, seconds: 10 },
        { id: String(posters[1]), plays: 1, seconds: 10 },
      ])
    })
  })
})
