import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { attemptOnce } from '@/channels/partners/webhooks/attemptOnce'
import { logAttempt } from '@/channels/partners/webhooks/deliveryLog'

import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startPayload())
})
afterAll(async () => {
  await stop?.()
})

describe('one attempt of a webhook delivery, however many runners picked its job', () => {
  it('should send it once, and give every runner the outcome of the one that sent it', async () => {
    const partner = await payload.create({
      collection: 'partners',
      data: { name: 'Runner test', contentTypes: ['stories'], languages: ['az'] } as never,
      overrideAccess: true,
    })
    const input = {
      delivery: `attempt-once-${Date.now()}`,
      partner: String(partner.id),
      event: 'publish',
      type: 'stories',
      itemId: '1',
      locales: ['az'],
      occurredAt: new Date().toISOString(),
    } as const
    let sent = 0
    const send = async () => {
      sent += 1
      // What attemptDelivery does once the partner answered: log the attempt, then report it.
      await logAttempt({
        payload,
        input: input as never,
        attempt: 1,
        outcome: 'failed',
        error: 'HTTP 503',
      })
      return { isDelivered: false, error: 'HTTP 503' }
    }
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => attemptOnce(payload, { delivery: input.delivery, attempt: 1 }, send)),
    )
    expect(sent).toBe(1)
    expect(outcomes).toEqual([
      { isDelivered: false, error: 'HTTP 503' },
      { isDelivered: false, error: 'HTTP 503' },
      { isDelivered: false, error: 'HTTP 503' },
    ])
    // The next attempt is a new one: it is sent.
    await attemptOnce(payload, { delivery: input.delivery, attempt: 2 }, async () => {
      sent += 1
      return { isDelivered: true }
    })
    expect(sent).toBe(2)
  })
})
