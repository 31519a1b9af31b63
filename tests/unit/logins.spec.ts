import type { IncomingMessage } from 'http'
import { describe, expect, it } from 'vitest'

import { attemptStore, retryAfterSeconds } from '@/logins/attemptLimit'
import { keyFailuresBeforeExpress } from '@/logins/keyFailuresBeforeExpress'
import { redactPath } from '@/server/redactPath'
import { sourceAddress } from '@/server/sourceAddress'

describe('redactPath', () => {
  it('should replace the token of a preview, print shop, reset or verify link', () => {
    expect(redactPath('/api/website/preview/eyJ.abc')).toBe('/api/website/preview/…')
    expect(redactPath('/api/print/shared/eyJ.abc/')).toBe('/api/print/shared/…/')
    expect(redactPath('/admin/reset/0123abcd')).toBe('/admin/reset/…')
    expect(redactPath('/api/users/verify/0123abcd')).toBe('/api/users/verify/…')
  })

  it('should catch odd spellings that may still carry a real token', () => {
    expect(redactPath('//API/Website//preview/eyJ.abc')).toBe('//API/Website//preview/…')
    expect(redactPath('/admin/%72eset/0123abcd')).toBe('/admin/reset/…')
    expect(redactPath('/admin/./reset/0123abcd')).toBe('/admin/reset/…')
    expect(redactPath('/api/website/x/../preview/eyJ.abc')).toBe('/api/website/preview/…')
  })

  it('should leave other paths alone', () => {
    for (const path of ['/api/articles/12', '/api/website/preview', '/admin/account', '/'])
      expect(redactPath(path)).toBe(path)
  })
})

describe('sourceAddress', () => {
  // As `trust proxy` 'loopback, uniquelocal' compiles: loopback and private ranges are proxies.
  const isProxy = (address: string) => /^(127\.|10\.|192\.168\.|::1$)/.test(address)
  const request = (remoteAddress: string, forwardedFor?: string) =>
    ({
      socket: { remoteAddress },
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    }) as unknown as IncomingMessage

  it('should be the peer when it is not a trusted proxy, whatever it claims', () => {
    expect(sourceAddress(request('203.0.113.1', '198.51.100.1'), isProxy)).toBe('203.0.113.1')
  })

  it('should walk X-Forwarded-For back through trusted proxies only', () => {
    expect(sourceAddress(request('127.0.0.1', '198.51.100.1'), isProxy)).toBe('198.51.100.1')
    expect(sourceAddress(request('127.0.0.1', '198.51.100.1, 10.0.0.2'), isProxy)).toBe(
      '198.51.100.1',
    )
    // A client's own forged entries stop at the first address that is not a proxy.
    expect(sourceAddress(request('127.0.0.1', '1.2.3.4, 198.51.100.1'), isProxy)).toBe(
      '198.51.100.1',
    )
  })

  it('should be the last proxy when every hop is one', () => {
    expect(sourceAddress(request('127.0.0.1'), isProxy)).toBe('127.0.0.1')
    expect(sourceAddress(request('127.0.0.1', '10.0.0.2'), isProxy)).toBe('10.0.0.2')
  })
})

describe('keyFailuresBeforeExpress', () => {
  const fromPeer = (remoteAddress: string) =>
    ({ socket: { remoteAddress }, headers: {} }) as unknown as IncomingMessage

  it('should refuse a source once it has used its failures, for the rest of the window only', async () => {
    const store = attemptStore()
    const failures = keyFailuresBeforeExpress({ store, limit: 2, trust: () => false })
    const guesser = fromPeer('203.0.113.1')
    failures.count(guesser)
    expect(failures.retryAfter(guesser)).toBe(0)
    failures.count(guesser)
    const retryAfter = failures.retryAfter(guesser)
    expect(retryAfter).toBeGreaterThan(14 * 60)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(failures.retryAfter(fromPeer('198.51.100.1'))).toBe(0)
    // One IPv6 subscriber's /56 is one source.
    failures.count(fromPeer('2001:db8:0:1::1'))
    failures.count(fromPeer('2001:db8:0:2::1'))
    expect(failures.retryAfter(fromPeer('2001:db8:0:3::1'))).toBeGreaterThan(0)
  })
})

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-12-07T10:00:00Z')
  const counted = (totalHits: number) => ({ totalHits, resetTime: new Date(now + 90_500) })

  it('should let a key try while its failures and the attempts still running stay under the limit', () => {
    expect(retryAfterSeconds({ counted: undefined, limit: 3, now })).toBe(0)
    expect(retryAfterSeconds({ counted: counted(1), running: 1, limit: 3, now })).toBe(0)
  })

  it('should make a burst wait a second for the attempts still running', () => {
    expect(retryAfterSeconds({ counted: counted(1), running: 2, limit: 3, now })).toBe(1)
    expect(retryAfterSeconds({ counted: undefined, running: 3, limit: 3, now })).toBe(1)
  })

  it('should make a key that spent its failures wait for the end of the window', () => {
    expect(retryAfterSeconds({ counted: counted(3), limit: 3, now })).toBe(91)
    expect(retryAfterSeconds({ counted: counted(4), running: 2, limit: 3, now })).toBe(91)
  })
})
