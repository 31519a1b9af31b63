import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { webhookHeaders, webhookSignature } from '@/channels/partners/webhooks/signature'

// The sample verifier printed in docs/partners.md, run as partners would run it.
import { webhookProblem } from '../../docs/examples/verifyWebhook.mjs'

const secret = 'partner-secret-0123456789'
const body = JSON.stringify({ id: 'd1', event: 'publish', type: 'articles', itemId: '7' })
const now = Date.UTC(2026, 10, 26, 9, 0, 0)
const timestamp = now / 1000

const signed = (overrides: Record<string, string> = {}) => ({
  [webhookHeaders.timestamp]: String(timestamp),
  [webhookHeaders.signature]: webhookSignature({ secret, timestamp, body }),
  ...overrides,
})

describe('webhook signatures', () => {
  it('should sign the timestamp and the body with HMAC-SHA256 as v1=<hex>', () => {
    expect(signed()[webhookHeaders.signature]).toMatch(/^v1=[0-9a-f]{64}$/)
    // Known answer, from `printf '1700000000.{}' | openssl dgst -sha256 -hmac <secret>`.
    expect(webhookSignature({ secret, timestamp: 1_700_000_000, body: '{}' })).toBe(
      'v1=f1125512b75fd616ff665e0c930a13192a82de046b517b3e3b30dcc5a281abde',
    )
  })

  it('should pass a genuine request in the sample verifier, from a string or a Buffer', () => {
    expect(webhookProblem({ headers: signed(), rawBody: body, secret, now })).toBeNull()
    expect(
      webhookProblem({ headers: signed(), rawBody: Buffer.from(body), secret, now }),
    ).toBeNull()
    // A receiver may list several signatures (e.g. while a secret is rotated).
    const both = `v1=${'0'.repeat(64)}, ${signed()[webhookHeaders.signature]}`
    expect(
      webhookProblem({
        headers: signed({ [webhookHeaders.signature]: both }),
        rawBody: body,
        secret,
        now,
      }),
    ).toBeNull()
  })

  it('should fail a tampered body, another secret, a moved timestamp or missing headers', () => {
    const cases: [Record<string, string>, string, string, RegExp][] = [
      [signed(), body.replace('"7"', '"8"'), secret, /does not match/],
      [signed(), body, 'another-secret', /does not match/],
      [
        signed({ [webhookHeaders.timestamp]: String(timestamp + 1) }),
        body,
        secret,
        /does not match/,
      ],
      [signed({ [webhookHeaders.signature]: 'v1=zz' }), body, secret, /does not match/],
      [{ [webhookHeaders.timestamp]: String(timestamp) }, body, secret, /missing/],
      [{ [webhookHeaders.signature]: signed()[webhookHeaders.signature] }, body, secret, /missing/],
    ]
    for (const [headers, rawBody, key, problem] of cases)
      expect(webhookProblem({ headers, rawBody, secret: key, now })).toMatch(problem)
  })

  it('should refuse a request older or newer than five minutes, even with a good signature', () => {
    const at = (seconds: number) =>
      webhookProblem({ headers: signed(), rawBody: body, secret, now: now + seconds * 1000 })
    expect(at(300)).toBeNull()
    expect(at(-300)).toBeNull()
    expect(at(301)).toMatch(/too old/)
    expect(at(-301)).toMatch(/in the future/)
  })

  it('should print exactly this verifier in the partner guide', () => {
    const root = path.resolve(import.meta.dirname, '../..')
    const sample = fs.readFileSync(path.join(root, 'docs/examples/verifyWebhook.mjs'), 'utf8')
    const guide = fs.readFileSync(path.join(root, 'docs/partners.md'), 'utf8')
    expect(guide).toContain(sample.trim())
  })
})
