import { describe, expect, it } from 'vitest'

import { defaultBusyTimeoutMs, sqliteBusyTimeoutMs } from '@/db/busyTimeout'
import { databaseFileState } from '@/db/fileIdentity'
import { isWriteStatement } from '@/db/isWriteStatement'
import { isDatabaseBusy, waitWhileBusy } from '@/db/waitWhileBusy'
import { collapseRepeats } from '@/log/collapseRepeats'
import { createRepeatLimiter } from '@/log/repeatLimiter'
import { statusUpsertStatement } from '@/channels/screens/statusUpsert'

const busy = () =>
  Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })

/** A clock that moves only when the code under test sleeps. */
const fakeClock = () => {
  let at = 0
  const sleeps: number[] = []
  return {
    now: () => at,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      at += ms
    },
    sleeps,
  }
}

describe('sqliteBusyTimeoutMs', () => {
  it('should wait 5 s by default and take SQLITE_BUSY_TIMEOUT_MS', () => {
    expect(defaultBusyTimeoutMs).toBe(5000)
    expect(sqliteBusyTimeoutMs(undefined)).toBe(5000)
    expect(sqliteBusyTimeoutMs('')).toBe(5000)
    expect(sqliteBusyTimeoutMs('300')).toBe(300)
    expect(sqliteBusyTimeoutMs('0')).toBe(0)
  })

  it('should refuse what is not a number of milliseconds', () => {
    for (const value of ['-1', '1.5', 'five', '600001'])
      expect(() => sqliteBusyTimeoutMs(value)).toThrow(/SQLITE_BUSY_TIMEOUT_MS/)
  })
})

describe('waitWhileBusy', () => {
  it('should try again while the database is locked and answer once it is free', async () => {
    const clock = fakeClock()
    let tries = 0
    const answer = await waitWhileBusy(
      async () => {
        tries += 1
        if (tries < 4) throw busy()
        return 'saved'
      },
      { timeoutMs: 1000, ...clock },
    )
    expect(answer).toBe('saved')
    expect(tries).toBe(4)
    expect(clock.sleeps).toEqual([2, 5, 10])
  })

  it('should give up with the lock error after the busy timeout, not before', async () => {
    const clock = fakeClock()
    await expect(
      waitWhileBusy(
        async () => {
          throw busy()
        },
        { timeoutMs: 300, ...clock },
      ),
    ).rejects.toThrow(/database is locked/)
    expect(clock.now()).toBe(300)
  })

  it('should not wait on any other error', async () => {
    const clock = fakeClock()
    await expect(
      waitWhileBusy(
        async () => {
          throw new Error('no such table: screens')
        },
        { timeoutMs: 300, ...clock },
      ),
    ).rejects.toThrow(/no such table/)
    expect(clock.sleeps).toEqual([])
  })

  it('should recognise a lock however deeply the query builder wrapped it', () => {
    expect(isDatabaseBusy(new Error('Failed query', { cause: busy() }))).toBe(true)
    expect(isDatabaseBusy(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }))).toBe(
      true,
    )
    expect(
      isDatabaseBusy({ message: 'graphql', originalError: new Error('x', { cause: busy() }) }),
    ).toBe(true)
    expect(isDatabaseBusy(new Error('UNIQUE constraint failed'))).toBe(false)
    expect(isDatabaseBusy(undefined)).toBe(false)
  })
})

describe('databaseFileState', () => {
  it('should tell the file opened from one moved away or put in its place', () => {
    const opened = { dev: 1, ino: 42 }
    expect(databaseFileState(opened, { dev: 1, ino: 42 })).toBe('same')
    expect(databaseFileState(opened, null)).toBe('moved')
    expect(databaseFileState(opened, { dev: 1, ino: 43 })).toBe('replaced')
    expect(databaseFileState(opened, { dev: 2, ino: 42 })).toBe('replaced')
  })
})

describe('isWriteStatement', () => {
  it('should tell the statements that may change the database from reads', () => {
    expect(
      isWriteStatement({ sql: 'insert into "locations" ("id") values (null)', args: [] }),
    ).toBe(true)
    expect(isWriteStatement('  UPDATE screen_status SET x = 1')).toBe(true)
    expect(isWriteStatement({ sql: 'delete from "plays" where "id" = ?' })).toBe(true)
    expect(isWriteStatement('select count(*) from payload_migrations')).toBe(false)
    expect(isWriteStatement('PRAGMA busy_timeout')).toBe(false)
    expect(isWriteStatement(undefined)).toBe(false)
  })
})

describe('createRepeatLimiter', () => {
  it('should let a message through a few times a window, then count it for the next window', () => {
    let at = 0
    const limit = createRepeatLimiter({ perWindow: 2, windowMs: 60_000, now: () => at })
    const verdicts = Array.from({ length: 5 }, () => limit('locked'))
    expect(verdicts.map((v) => v.isLogged)).toEqual([true, true, false, false, false])
    expect(limit('another').isLogged).toBe(true)
    at = 60_000
    expect(limit('locked')).toEqual({ isLogged: true, leftOut: 3 })
    expect(limit('locked')).toEqual({ isLogged: true, leftOut: 0 })
    at = 200_000
    expect(limit('locked')).toEqual({ isLogged: true, leftOut: 0 })
  })

  it('should forget the oldest messages beyond the ones it remembers', () => {
    const limit = createRepeatLimiter({ perWindow: 1, windowMs: 60_000, now: () => 0, maxKeys: 2 })
    limit('a')
    limit('b')
    limit('c')
    expect(limit('a').isLogged).toBe(true)
    expect(limit('c').isLogged).toBe(false)
  })
})

describe('collapseRepeats', () => {
  const run = (perMinute: number) => {
    let at = 0
    const lines: unknown[][] = []
    const hook = collapseRepeats({ perMinute, now: () => at })
    const log = (level: number, ...args: unknown[]) =>
      hook.call(
        {} as never,
        args as never,
        ((...logged: unknown[]) => lines.push(logged)) as never,
        level,
      )
    return { log, lines, later: (ms: number) => (at += ms) }
  }

  it('should log an error a few times a minute, then how often it was left out', () => {
    const { log, lines, later } = run(3)
    for (let i = 0; i < 1000; i++)
      log(50, { err: new Error('database is locked'), msg: 'readiness: no write' })
    expect(lines).toHaveLength(3)
    later(60_000)
    log(50, { err: new Error('database is locked'), msg: 'readiness: no write' })
    expect(lines).toHaveLength(5)
    expect(lines[3]).toEqual([
      { repeated: 997 },
      '… "readiness: no write: database is locked" repeated 997 more times in a minute (not logged)',
    ])
  })

  it('should keep different errors apart and never hold back info lines', () => {
    const { log, lines } = run(1)
    log(50, { err: new Error('database is locked'), msg: 'heartbeat' })
    log(50, { err: new Error('disk I/O error'), msg: 'heartbeat' })
    log(40, 'slow start')
    log(40, 'slow start')
    for (let i = 0; i < 50; i++) log(30, { msg: 'request', path: '/api/x' })
    expect(lines).toHaveLength(3 + 50)
  })
})

describe('statusUpsertStatement', () => {
  it('should number one row of arguments per screen after the shared timestamp', () => {
    const now = new Date('2026-12-01T10:00:05Z')
    const { sql, args } = statusUpsertStatement(
      [
        { screenId: 7, version: '"a"', at: new Date('2026-12-01T10:00:00Z') },
        { screenId: '8', version: '"b"', at: new Date('2026-12-01T10:00:01Z') },
      ],
      now,
    )
    expect(sql).toContain('VALUES (?2, ?3, ?4), (?5, ?6, ?7)')
    expect(sql).toContain('ON CONFLICT (screen_id) DO UPDATE')
    expect(args).toEqual([
      '2026-12-01T10:00:05.000Z',
      7,
      '2026-12-01T10:00:00.000Z',
      '"a"',
      8,
      '2026-12-01T10:00:01.000Z',
      '"b"',
    ])
  })
})
