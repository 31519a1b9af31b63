import type { IncomingMessage } from 'http'
import { describe, expect, it } from 'vitest'

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
