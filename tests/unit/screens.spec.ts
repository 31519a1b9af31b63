import { describe, expect, it } from 'vitest'

import { isWellFormedId } from '@/http/ids'
import { playKey, readPlayReport } from '@/channels/screens/playReport'
import { bakuDay, playsPeriod } from '@/channels/screens/playsPeriod'
import { screenStatus, versionState } from '@/channels/screens/status'
import { isApiKeyRequestAllowed } from '@/server/apiKeyGuard'

const now = new Date('2026-12-01T10:00:00Z')
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000)

describe('screenStatus', () => {
  it('should call a screen online within three poll intervals, stale after, silent after a day', () => {
    const status = (lastSeenAt: Date | null) => screenStatus({ lastSeenAt, now, pollSeconds: 30 })
    expect(status(secondsAgo(0))).toBe('online')
    expect(status(secondsAgo(90))).toBe('online')
    expect(status(secondsAgo(91))).toBe('stale')
    expect(status(secondsAgo(24 * 3600 - 1))).toBe('stale')
    expect(status(secondsAgo(24 * 3600))).toBe('silent')
    expect(status(null)).toBe('silent')
  })

  it('should follow the poll interval and read ISO strings', () => {
    const lastSeenAt = secondsAgo(600).toISOString()
    expect(screenStatus({ lastSeenAt, now, pollSeconds: 30 })).toBe('stale')
    expect(screenStatus({ lastSeenAt, now, pollSeconds: 300 })).toBe('online')
  })

  it('should count a heartbeat slightly ahead of this clock (another instance) as online', () => {
    expect(screenStatus({ lastSeenAt: secondsAgo(-2), now, pollSeconds: 30 })).toBe('online')
  })
})

describe('versionState', () => {
  it('should compare the version a screen got with the current one', () => {
    expect(versionState({ lastVersion: '"abc"', currentVersion: '"abc"' })).toBe('current')
    expect(versionState({ lastVersion: '"old"', currentVersion: '"abc"' })).toBe('older')
    expect(versionState({ lastVersion: null, currentVersion: '"abc"' })).toBe('unknown')
    expect(versionState({ lastVersion: '"abc"', currentVersion: null })).toBe('unknown')
  })
})

describe('readPlayReport', () => {
  const options = { now, isWellFormedId: (id: unknown) => isWellFormedId(id, 'sqlite') }
  const play = {
    posterId: 7,
    locale: 'az',
    startedAt: '2026-12-01T13:59:50+04:00',
    durationSeconds: 10,
  }
  const problemsOf = (body: unknown) => {
    const report = readPlayReport(body, options)
    return 'problems' in report ? report.problems : []
  }

  it('should read a well-formed report, times with any zone', () => {
    const report = readPlayReport(
      { plays: [play, { ...play, posterId: '8', startedAt: '2026-11-02T10:00:00.5Z' }] },
      options,
    )
    expect(report).toEqual({
      plays: [
        { ...play, startedAt: new Date('2026-12-01T09:59:50Z') },
        {
          ...play,
          posterId: '8',
          startedAt: new Date('2026-11-02T10:00:00.500Z'),
        },
      ],
    })
  })

  it('should refuse bodies that are not a report', () => {
    for (const body of [null, [], 'x', 3, {}, { plays: {} }, { plays: 'x' }])
      expect(problemsOf(body)[0]).toMatch(/\{"plays": \[\.\.\.\]\}/)
    expect(problemsOf({ plays: [play], extra: 1 })[0]).toMatch(/Unknown field\(s\): extra/)
    expect(problemsOf({ plays: [] })[0]).toMatch(/1 to 500 items \(it holds 0\)/)
    expect(problemsOf({ plays: Array(501).fill(play) })[0]).toMatch(/it holds 501/)
    expect(problemsOf({ plays: Array(500).fill(play) })).toEqual([])
  })

  it('should name each bad item by its index', () => {
    const bad = (change: object) => problemsOf({ plays: [play, { ...play, ...change }] })
    expect(bad({ posterId: 'abc' })).toEqual(["plays[1]: posterId must be a poster's id"])
    expect(bad({ posterId: null })).toEqual(["plays[1]: posterId must be a poster's id"])
    expect(bad({ posterId: 1.5 })).toEqual(["plays[1]: posterId must be a poster's id"])
    expect(bad({ locale: 'fr' })[0]).toMatch(/^plays\[1\]: locale must be one of az, en, ru/)
    expect(bad({ locale: ['az'] })[0]).toMatch(/locale must be one of/)
    expect(bad({ startedAt: '2026-12-01T10:00:00' })[0]).toMatch(/with its zone/)
    expect(bad({ startedAt: 'yesterday' })[0]).toMatch(/with its zone/)
    expect(bad({ startedAt: 1764583200000 })[0]).toMatch(/with its zone/)
    expect(bad({ startedAt: '2026-13-45T10:00:00Z' })[0]).toMatch(/with its zone/)
    expect(bad({ startedAt: '2026-12-01T10:02:00Z' })).toEqual([
      'plays[1]: startedAt is in the future',
    ])
    expect(bad({ startedAt: '2026-12-01T10:00:59Z' })).toEqual([])
    expect(bad({ startedAt: '2026-10-31T09:59:59Z' })).toEqual([
      'plays[1]: startedAt is more than 30 days ago',
    ])
    for (const durationSeconds of [0, -5, 3601, '10', null, Number.NaN, Infinity])
      expect(bad({ durationSeconds })[0]).toMatch(/durationSeconds must be a number/)
    expect(bad({ durationSeconds: 3600 })).toEqual([])
    expect(bad({ screenId: 3 })).toEqual(['plays[1]: has an unknown field "screenId"'])
    expect(problemsOf({ plays: [play, 'x'] })[0]).toMatch(/^plays\[1\]: must be an object/)
  })

  it('should check ids by the database in use', () => {
    const mongo = { now, isWellFormedId: (id: unknown) => isWellFormedId(id, 'mongoose') }
    const report = (posterId: unknown) => readPlayReport({ plays: [{ ...play, posterId }] }, mongo)
    expect(report('65a1b2c3d4e5f6a7b8c9d0e1')).toHaveProperty('plays')
    expect(report(7)).toHaveProperty('problems')
  })
})

describe('playKey', () => {
  it('should be the same for the same moment written in another zone', () => {
    const a = { posterId: 7, startedAt: new Date('2026-12-01T14:00:00+04:00') }
    const b = { posterId: '7', startedAt: new Date('2026-12-01T10:00:00.000Z') }
    expect(playKey(3, a)).toBe(playKey('3', b))
    expect(playKey(3, a)).not.toBe(playKey(4, a))
  })
})

describe('playsPeriod', () => {
  it('should default to the last seven Baku days, today included', () => {
    // 22:00 UTC is already the next day in Baku.
    const late = new Date('2026-12-01T22:00:00Z')
    expect(bakuDay(late)).toBe('2026-12-02')
    expect(playsPeriod({ now: late })).toEqual({
      fromDay: '2026-11-26',
      toDay: '2026-12-02',
      start: new Date('2026-11-25T20:00:00Z'),
      end: new Date('2026-12-02T20:00:00Z'),
    })
  })

  it('should take the days asked for, both included, swapped if backwards', () => {
    const period = playsPeriod({ from: '2026-12-05', to: '2026-12-01', now })
    expect(period).toMatchObject({ fromDay: '2026-12-01', toDay: '2026-12-05' })
    expect(period.start).toEqual(new Date('2026-11-30T20:00:00Z'))
    expect(period.end).toEqual(new Date('2026-12-05T20:00:00Z'))
  })

  it('should ignore what is not a day', () => {
    for (const from of ['2026-13-01', 'x', ['2026-12-01'], '2026-12-1'])
      expect(playsPeriod({ from, to: '2026-12-10', now }).fromDay).toBe('2026-12-04')
  })
})

describe('isApiKeyRequestAllowed', () => {
  it('should let a screen key POST its plays and nothing else', () => {
    expect(isApiKeyRequestAllowed('POST', '/api/screens/3/plays', 'screens')).toBe(true)
    expect(isApiKeyRequestAllowed('POST', '/api/screens/3/plays', 'partners')).toBe(false)
    expect(isApiKeyRequestAllowed('PATCH', '/api/screens/3/plays', 'screens')).toBe(false)
    for (const path of [
      '/api/plays',
      '/api/screens',
      '/api/screens/3',
      '/api/screens/3/plays/4',
      '/api/screens/3/workflow/plays',
      '/api/posters/3/plays',
      '/api/graphql',
    ])
      expect(isApiKeyRequestAllowed('POST', path, 'screens')).toBe(false)
    expect(isApiKeyRequestAllowed('GET', '/api/screens/status', 'screens')).toBe(false)
  })
})
