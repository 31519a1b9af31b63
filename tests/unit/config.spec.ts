import path from 'path'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { databaseKind, sqliteFileUrl } from '@/db/adapter'
import { attemptLimits, productionProblems, projectRoot, trustProxy } from '@/env'

describe('databaseKind', () => {
  it('should pick SQLite for an empty or file: URL and MongoDB for mongodb URLs', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind('file:./data/x.db')).toBe('sqlite')
    expect(databaseKind('mongodb://mongo:27017/xeberdar?replicaSet=rs0')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.org/xeberdar')).toBe('mongodb')
  })

  it('should refuse other schemes without echoing credentials', () => {
    expect(() => databaseKind('postgres://user:secret@db/x')).toThrow(/not supported/)
    expect(() => databaseKind('postgres://user:secret@db/x')).not.toThrow(/secret/)
  })
})

describe('sqliteFileUrl', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('should resolve relative files against the project, not the current directory', () => {
    expect(sqliteFileUrl('file:./data/x.db')).toBe(`file:${path.join(projectRoot, 'data/x.db')}`)
    expect(sqliteFileUrl('file:/var/lib/x.db')).toBe('file:/var/lib/x.db')
  })

  it('should keep development and production files apart', () => {
    vi.stubEnv('NODE_ENV', 'development')
    expect(sqliteFileUrl(undefined)).toBe(`file:${path.join(projectRoot, 'data/dev.db')}`)
    vi.stubEnv('NODE_ENV', 'production')
    expect(sqliteFileUrl('')).toBe(`file:${path.join(projectRoot, 'data/xeberdar.db')}`)
  })
})

describe('productionProblems', () => {
  const secret = 'x'.repeat(32)

  const url = 'https://xeberdar.example.az'

  it('should accept a long secret, a database URL and a public address', () => {
    expect(
      productionProblems({
        PAYLOAD_SECRET: secret,
        DATABASE_URL: 'file:./data/x.db',
        PUBLIC_URL: url,
      }),
    ).toEqual([])
  })

  it('should name each missing or weak setting', () => {
    expect(productionProblems({})).toEqual([
      expect.stringMatching(/PAYLOAD_SECRET is not set/),
      expect.stringMatching(/DATABASE_URL is not set/),
      expect.stringMatching(/PUBLIC_URL is not set/),
    ])
    expect(
      productionProblems({ PAYLOAD_SECRET: 'short', DATABASE_URL: 'file:x', PUBLIC_URL: url }),
    ).toEqual([expect.stringMatching(/too short/)])
    expect(
      productionProblems({
        PAYLOAD_SECRET: secret,
        DATABASE_URL: 'file:x',
        PUBLIC_URL: 'xeberdar.az',
      }),
    ).toEqual([expect.stringMatching(/absolute http/)])
  })

  it('should refuse an SMTP_URL that is not an smtp:// or smtps:// address', () => {
    const base = { PAYLOAD_SECRET: secret, DATABASE_URL: 'file:x', PUBLIC_URL: url }
    expect(productionProblems({ ...base, SMTP_URL: 'smtp://u:p@mail.example.az:587' })).toEqual([])
    expect(productionProblems({ ...base, SMTP_URL: 'mail.example.az' })).toEqual([
      expect.stringMatching(/SMTP_URL must look like/),
    ])
  })

  it('should refuse a partner rate limit that is not a whole number of at least 1', () => {
    const base = { PAYLOAD_SECRET: secret, DATABASE_URL: 'file:x', PUBLIC_URL: url }
    expect(productionProblems({ ...base, PARTNER_REQUESTS_PER_MINUTE: '120' })).toEqual([])
    for (const value of ['0', '1.5', 'many', '-3'])
      expect(productionProblems({ ...base, PARTNER_REQUESTS_PER_MINUTE: value })).toEqual([
        expect.stringMatching(/PARTNER_REQUESTS_PER_MINUTE must be a whole number/),
      ])
  })
})

describe('attemptLimits', () => {
  const base = {
    PAYLOAD_SECRET: 'x'.repeat(40),
    DATABASE_URL: 'file:x',
    PUBLIC_URL: 'https://x.az',
  }

  it('should default to production limits and take each from its variable', () => {
    expect(attemptLimits({})).toEqual({
      loginFailuresPerSource: 20,
      loginFailuresPerAccount: 5,
      passwordResetsPerSource: 5,
      apiKeyFailuresPerSource: 30,
    })
    expect(attemptLimits({ LOGIN_FAILURES_PER_ACCOUNT: '3' }).loginFailuresPerAccount).toBe(3)
  })

  it('should refuse a limit that is not a whole number of at least 1, naming it', () => {
    expect(productionProblems({ ...base, API_KEY_FAILURES_PER_SOURCE: '100' })).toEqual([])
    for (const value of ['0', '2.5', 'few'])
      expect(productionProblems({ ...base, LOGIN_FAILURES_PER_SOURCE: value })).toEqual([
        'LOGIN_FAILURES_PER_SOURCE must be a whole number of at least 1.',
      ])
  })

  it('should trust only loopback as a proxy unless TRUST_PROXY names the proxies, and check them', () => {
    expect(trustProxy({})).toBe('loopback')
    for (const value of ['loopback, 172.18.0.0/16', '10.0.0.5', 'uniquelocal', '::1, fd00::/8'])
      expect(productionProblems({ ...base, TRUST_PROXY: value })).toEqual([])
    for (const value of ['everyone', '10.0.0.0/33', '10.0.0.0/8/1', 'true'])
      expect(productionProblems({ ...base, TRUST_PROXY: value })).toEqual([
        expect.stringMatching(/^TRUST_PROXY must list the proxies in front/),
      ])
  })
})
