import { describe, expect, it } from 'vitest'

import { idempotencyKeyHash, parseIdempotencyKey } from '@/media/idempotencyKey'

describe('parseIdempotencyKey', () => {
  it('should take a bare key of 1–255 printable characters', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    )
    expect(parseIdempotencyKey('a')).toBe('a')
    expect(parseIdempotencyKey('x'.repeat(255))).toBe('x'.repeat(255))
    expect(parseIdempotencyKey('upload 1/2: photo')).toBe('upload 1/2: photo')
  })

  it("should take the draft's quoted form as the same key", () => {
    expect(parseIdempotencyKey('"abc"')).toBe('abc')
    expect(parseIdempotencyKey('"a \\"b\\" \\\\c"')).toBe('a "b" \\c')
  })

  it('should refuse empty, blank, too long and non-printable keys', () => {
    for (const value of ['', ' ', '""', 'x'.repeat(256), 'tab\there', 'ə', 'line\nbreak', '"a"b"'])
      expect(parseIdempotencyKey(value)).toBeUndefined()
  })
})

describe('idempotencyKeyHash', () => {
  it('should be one hash per user and key, never the key itself', () => {
    const hash = idempotencyKeyHash({ userId: 7, key: 'k' })
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(idempotencyKeyHash({ userId: '7', key: 'k' })).toBe(hash)
    expect(idempotencyKeyHash({ userId: 8, key: 'k' })).not.toBe(hash)
    expect(idempotencyKeyHash({ userId: 7, key: 'k2' })).not.toBe(hash)
    // The separator keeps user 1 with key "2x" apart from user 12 with key "x".
    expect(idempotencyKeyHash({ userId: 1, key: '2x' })).not.toBe(
      idempotencyKeyHash({ userId: 12, key: 'x' }),
    )
  })
})
