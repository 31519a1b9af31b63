import type { IncomingMessage } from 'http'
import { describe, expect, it } from 'vitest'

import { hasVersion, strongEtag } from '@/http/etag'

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage
const etag = strongEtag('{"a":1}')
const lastModified = 'Mon, 07 Dec 2026 10:00:00 GMT'

describe('conditional requests (RFC 9110)', () => {
  it('should match If-None-Match weakly, in a list, and * for any version', () => {
    for (const header of [etag, `W/${etag}`, `"x", ${etag}`, ` W/"x" ,W/${etag} `, '*'])
      expect(hasVersion(request({ 'if-none-match': header }), etag), header).toBe(true)
    expect(hasVersion(request({ 'if-none-match': '"x"' }), etag)).toBe(false)
    expect(hasVersion(request({ 'if-none-match': etag.slice(0, -2) + '"' }), etag)).toBe(false)
  })

  it('should still answer 304 when the request asks caches to revalidate (no-cache)', () => {
    expect(hasVersion(request({ 'if-none-match': etag, 'cache-control': 'no-cache' }), etag)).toBe(
      true,
    )
  })

  it('should ignore If-Modified-Since when If-None-Match is sent', () => {
    expect(
      hasVersion(
        request({ 'if-none-match': '"x"', 'if-modified-since': lastModified }),
        etag,
        lastModified,
      ),
    ).toBe(false)
    expect(hasVersion(request({ 'if-modified-since': lastModified }), etag, lastModified)).toBe(
      true,
    )
    expect(
      hasVersion(
        request({ 'if-modified-since': 'Mon, 07 Dec 2026 09:59:59 GMT' }),
        etag,
        lastModified,
      ),
    ).toBe(false)
    expect(hasVersion(request({ 'if-modified-since': 'garbage' }), etag, lastModified)).toBe(false)
    expect(hasVersion(request({}), etag, lastModified)).toBe(false)
  })

  it('should give the same bytes the same strong ETag, and other bytes another', () => {
    expect(strongEtag('{"a":1}')).toBe(etag)
    expect(strongEtag('{"a":2}')).not.toBe(etag)
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
  })
})
