import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { createPartner } from '../helpers/channelKeys'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

describe('partner rate limit over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer({ PARTNER_REQUESTS_PER_MINUTE: '3' }))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should answer 429 with Retry-After once a key has used its minute, and only to that key', async () => {
    const [first, second] = await Promise.all(
      ['Birinci', 'İkinci'].map((name, i) =>
        createPartner(api, tokens.admin, {
          name,
          contentTypes: ['articles'],
          languages: ['az'],
          apiKey: `rate-limited-key-${i}-0123456789`,
        }),
      ),
    )
    const statuses = []
    for (let i = 0; i < 4; i++)
      statuses.push((await api.get('/api/partners/sync', { headers: first.headers })).status)
    expect(statuses).toEqual([200, 200, 200, 429])

    const refused = await api.get('/api/articles?locale=az', { headers: first.headers })
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(refused.body.errors[0].message).toBe(
      `Too many requests with this partner key: at most 3 a minute. Try again in ${retryAfter} s.`,
    )
    expect(refused.headers.get('ratelimit')).toMatch(/r=0/)

    // Another partner, the public and staff are not held back by the first partner's use.
    expect((await api.get('/api/partners/sync', { headers: second.headers })).status).toBe(200)
    for (let i = 0; i < 4; i++) {
      expect((await api.get('/api/articles?locale=az')).status).toBe(200)
      expect((await api.get('/api/articles?locale=az', { token: tokens.editor })).status).toBe(200)
    }
  })
})
