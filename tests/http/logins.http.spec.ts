import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPassword, type ApiClient, type ApiResponse, type Tokens } from '../helpers/api'
import { asKey, channelKeys, createChannelKeys } from '../helpers/channelKeys'
import { loggedRequests, startServer, type RunningServer } from '../helpers/server'
import { startSmtpServer } from '../helpers/smtpServer'
import { startStaffServer } from '../helpers/staffServer'

/**
 * Small limits, so a test reaches them in a few requests. Sources are told apart by
 * X-Forwarded-For, which the host believes from loopback (`trust proxy`): each test takes
 * addresses of its own (RFC 5737 documentation ranges).
 */
const limits = {
  LOGIN_FAILURES_PER_SOURCE: '6',
  LOGIN_FAILURES_PER_ACCOUNT: '3',
  PASSWORD_RESETS_PER_SOURCE: '3',
  API_KEY_FAILURES_PER_SOURCE: '4',
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

describe('logins under hostile traffic, over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let screenId: string | number
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>

  const from = (source: string) => ({ 'x-forwarded-for': source })
  const login = (source: string, email: string, password: string) =>
    api.post('/api/users/login', { json: { email, password }, headers: from(source) })
  const forgot = (source: string, email: string) =>
    api.post('/api/users/forgot-password', { json: { email }, headers: from(source) })
  const playlist = (source: string, key: string) =>
    fetch(`${server.url}/screens/${screenId}/playlist`, {
      headers: { authorization: `screens API-Key ${key}`, ...from(source) },
    })
  const expectTooMany = (answer: ApiResponse, message: RegExp) => {
    expect(answer.status).toBe(429)
    const retryAfter = Number(answer.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(answer.body.errors[0].message).toMatch(message)
    expect(answer.body.errors[0].message).toContain(`try again in ${retryAfter} s`)
  }
  const addUser = async (email: string) => {
    const created = await api.post('/api/users', {
      token: tokens.admin,
      json: { email, password: testPassword, name: email, roles: ['reviewer'] },
    })
    expect(created.status).toBe(201)
  }

  beforeAll(async () => {
    // A real mail server: Payload's own route waited for it, for real addresses only.
    smtp = await startSmtpServer()
    ;({ server, api, tokens } = await startStaffServer({ ...limits, SMTP_URL: smtp.url }))
    await createChannelKeys(api, tokens.admin)
    screenId = (await api.get('/api/screens', { token: tokens.admin })).body.docs[0].id
  })
  afterAll(async () => {
    await server?.stop()
    await smtp?.stop()
  })

  it("should keep a stranger's failures from locking the real user out", async () => {
    await addUser('police.reviewer@test.example')
    const stranger = '203.0.113.1'
    for (let attempt = 1; attempt <= 3; attempt++)
      expect(
        (await login(stranger, 'police.reviewer@test.example', `guess-${attempt}`)).status,
      ).toBe(401)
    // The stranger's source is done with this account, even with the right password…
    expectTooMany(await login(stranger, 'police.reviewer@test.example', 'guess-4'), /this account/)
    expectTooMany(
      await login(stranger, 'police.reviewer@test.example', testPassword),
      /this account/,
    )
    // …while the reviewer, from their own network, signs in: nothing is locked.
    const own = await login('198.51.100.1', 'police.reviewer@test.example', testPassword)
    expect(own.status).toBe(200)
    expect(own.body.token).toBeTruthy()
  })

  it('should limit failures per source across accounts, and count only failures', async () => {
    await addUser('often@test.example')
    const office = '203.0.113.2'
    // Signing in spends nothing: far more successes than the limit allows failures.
    for (let i = 0; i < 8; i++)
      expect((await login(office, 'often@test.example', testPassword)).status).toBe(200)
    const sprayer = '203.0.113.3'
    for (let i = 1; i <= 6; i++)
      expect((await login(sprayer, `nobody-${i}@test.example`, 'guess')).status).toBe(401)
    expectTooMany(await login(sprayer, 'often@test.example', testPassword), /failed logins/)
    // Password reset tokens are guessed from the same budget.
    const resetGuess = await api.post('/api/users/reset-password', {
      json: { token: 'not-a-token', password: 'new-password-1' },
      headers: from(sprayer),
    })
    expectTooMany(resetGuess, /failed logins/)
    const resetter = '203.0.113.4'
    for (let i = 0; i < 6; i++)
      expect(
        (
          await api.post('/api/users/reset-password', {
            json: { token: `guess-${i}`, password: 'new-password-1' },
            headers: from(resetter),
          })
        ).status,
      ).toBeGreaterThanOrEqual(400)
    expectTooMany(await login(resetter, 'often@test.example', testPassword), /failed logins/)
    expect((await login(office, 'often@test.example', testPassword)).status).toBe(200)
  })

  it('should answer "forgot password" alike for known and unknown addresses, and limit it', async () => {
    const source = '203.0.113.5'
    const known = await forgot(source, 'editor@test.example')
    const unknown = await forgot(source, 'nobody@test.example')
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual(known.body)
    expect(known.body.message).toMatch(/If this address belongs to an account/)
    // The third request from the source is still answered; the fourth is not, whatever address.
    expect((await forgot(source, 'Editor@Test.Example ')).status).toBe(200)
    expectTooMany(await forgot(source, 'translator@test.example'), /password reset requests/)
    expect((await forgot('198.51.100.5', 'translator@test.example')).status).toBe(200)
  })

  it("should read the admin's own forms: a login and a reset email, sent after the answer", async () => {
    const form = (fields: object) => {
      const body = new FormData()
      body.set('_payload', JSON.stringify(fields))
      return body
    }
    const signedIn = await api.post('/api/users/login', {
      form: form({ email: 'Reviewer@Test.Example', password: testPassword }),
      headers: from('198.51.100.11'),
    })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user.email).toBe('reviewer@test.example')
    // The admin's form counts against the account as JSON does.
    const guesser = '203.0.113.8'
    for (let attempt = 1; attempt <= 3; attempt++)
      expect(
        (
          await api.post('/api/users/login', {
            form: form({ email: 'reviewer@test.example', password: `guess-${attempt}` }),
            headers: from(guesser),
          })
        ).status,
      ).toBe(401)
    expectTooMany(await login(guesser, 'REVIEWER@test.example', testPassword), /this account/)

    const requested = await api.post('/api/users/forgot-password', {
      form: form({ email: 'reviewer@test.example' }),
      headers: from('198.51.100.12'),
    })
    expect(requested.status).toBe(200)
    const [mail] = await smtp.waitFor((m) => m.to.includes('reviewer@test.example'), 1)
    expect(mail.subject).toMatch(/reset your password/i)
    expect(mail.text).toContain(`${server.url}/admin/reset/`)
  })

  it('should refuse logins and password resets through GraphQL, where no limit stands', async () => {
    for (const mutation of [
      `mutation { loginUser(email: "editor@test.example", password: "${testPassword}") { token } }`,
      'mutation { forgotPasswordUser(email: "editor@test.example") }',
      'mutation { resetPasswordUser(token: "x", password: "y") { token } }',
    ]) {
      const answer = await api.graphql(mutation)
      expect(answer.body.errors[0].message).toMatch(/Cannot query field/)
      expect(answer.body.data).toBeUndefined()
    }
  })

  it("should answer key guessing from a source with 429, not a valid partner's key elsewhere", async () => {
    const guesser = '203.0.113.6'
    const guess = (i: number) =>
      api.get('/api/articles', {
        headers: { authorization: `partners API-Key guess-${i}-0123456789`, ...from(guesser) },
      })
    // A key that opens nothing reads as no key at all, as before, until the source has used its
    // budget: then every key from there is refused before it is looked up, a valid one too.
    for (let i = 1; i <= 4; i++) expect((await guess(i)).status).toBe(200)
    expectTooMany(await guess(5), /keys that open nothing/)
    expectTooMany(
      await api.get('/api/partners/sync', { headers: { ...asKey('partners'), ...from(guesser) } }),
      /keys that open nothing/,
    )
    // The screen feed, in front of Express, spends the same budget.
    const refused = await playlist(guesser, channelKeys.screens)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    // Anonymous reading from there goes on; the partner, elsewhere, is served.
    expect((await api.get('/api/articles', { headers: from(guesser) })).status).toBe(200)
    expect(
      (
        await api.get('/api/partners/sync', {
          headers: { ...asKey('partners'), ...from('198.51.100.6') },
        })
      ).status,
    ).toBe(200)
  })

  it('should never hold a burst of good logins or working keys against their source', async () => {
    await addUser('training@test.example')
    const office = '203.0.113.10'
    // More sign-ins at once than the account may fail from one source (3 here): those beyond
    // the limit wait a second, and nothing is held against the office afterwards.
    const burst = await Promise.all(
      Array.from({ length: 8 }, () => login(office, 'training@test.example', testPassword)),
    )
    expect(burst.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(3)
    for (const answer of burst.filter((answer) => answer.status !== 200)) {
      expect(answer.status).toBe(429)
      expect(answer.headers.get('retry-after')).toBe('1')
    }
    for (let i = 0; i < 4; i++)
      expect((await login(office, 'training@test.example', testPassword)).status).toBe(200)
    // A partner's working key from one address, far more requests at once than the source may
    // fail (4 here): every one is served, and none counts.
    const newsroom = '198.51.100.10'
    const sync = () =>
      api.get('/api/partners/sync', { headers: { ...asKey('partners'), ...from(newsroom) } })
    expect((await sync()).status).toBe(200)
    const parallel = await Promise.all(Array.from({ length: 20 }, sync))
    expect(parallel.map((answer) => answer.status)).toEqual(Array(20).fill(200))
    expect((await sync()).status).toBe(200)
  })

  it('should limit screen key guessing on the feed in front of Express too', async () => {
    const guesser = '203.0.113.7'
    for (let i = 1; i <= 4; i++) expect((await playlist(guesser, `guess-${i}`)).status).toBe(401)
    const refused = await playlist(guesser, `guess-5`)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await refused.json()).errors[0].message).toMatch(/keys that open nothing/)
    expect((await playlist('198.51.100.7', channelKeys.screens)).status).toBe(200)
    // Valid keys, however often, spend nothing.
    for (let i = 0; i < 6; i++)
      expect((await playlist('198.51.100.8', channelKeys.screens)).status).toBe(200)
  })

  /**
   * Times `rounds` attempts at a known and an unknown address, interleaved so the machine's other
   * work falls on both alike, each round from a source of its own so the limits stay out of the
   * way (a login and a reset request spend different budgets). They are alike when the median of
   * the rounds' differences (drift between rounds cancels out) stays under half the slower median,
   * plus 5 ms for answers of a few milliseconds; the original code differed by nearly all of it.
   * `settled`, when given, is awaited after each known attempt, untimed: work the server does
   * after answering must not fall on the next attempt.
   */
  const timesCompared = async ({
    rounds,
    knownEmail,
    attempt,
    settled,
  }: {
    rounds: number
    knownEmail: (round: number) => string
    attempt: (source: string, email: string) => Promise<void>
    settled?: (email: string) => Promise<unknown>
  }) => {
    const times = { known: [] as number[], unknown: [] as number[] }
    for (let round = 1; round <= rounds; round++)
      for (const [kind, email] of [
        ['known', knownEmail(round)],
        ['unknown', `nobody-${round}@test.example`],
      ] as const) {
        const started = performance.now()
        await attempt(`192.0.2.${round}`, email)
        times[kind].push(performance.now() - started)
        if (kind === 'known') await settled?.(email)
      }
    const [known, unknown] = [median(times.known), median(times.unknown)]
    const gap = median(times.known.map((time, round) => time - times.unknown[round]))
    return {
      summary: `medians of ${rounds}: known ${known.toFixed(1)} ms, unknown ${unknown.toFixed(1)} ms, difference ${gap.toFixed(1)} ms`,
      isAlike: Math.abs(gap) < Math.max(known, unknown) * 0.5 + 5,
    }
  }

  it('should take as long to refuse an unknown address as a known one', async () => {
    const { summary, isAlike } = await timesCompared({
      rounds: 15,
      knownEmail: () => 'reviewer@test.example',
      attempt: async (source, email) => {
        expect((await login(source, email, 'wrong-password')).status).toBe(401)
      },
    })
    console.log(`login refused, ${summary}`)
    expect(isAlike, summary).toBe(true)
  })

  it('should take as long to answer "forgot password" for an unknown address as a known one', async () => {
    // One address per round: Payload sends an address at most one email in 15 s.
    for (let round = 1; round <= 10; round++) await addUser(`known-${round}@test.example`)
    const { summary, isAlike } = await timesCompared({
      rounds: 10,
      knownEmail: (round) => `known-${round}@test.example`,
      attempt: async (source, email) => {
        expect((await forgot(source, email)).status).toBe(200)
      },
      // The email, sent after the answer, has arrived.
      settled: (email) => smtp.waitFor((m) => m.to.includes(email), 1),
    })
    console.log(`forgot password, ${summary}`)
    expect(isAlike, summary).toBe(true)
    // The emails went out, to the known addresses only.
    expect(smtp.received.filter((m) => /nobody-/.test(m.to.join()))).toEqual([])
  })

  it('should keep link tokens out of the request log', async () => {
    const article = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Gizli qaralama' },
    })
    const link = await api.post(`/api/articles/${article.body.doc.id}/preview-link`, {
      token: tokens.editor,
      json: {},
    })
    const previewToken = link.body.url.split('/').at(-1)
    const printToken = 'eyJwcmludCI6InNoYXJlZCJ9.c2lnbmF0dXJlLW9mLWEtcHJpbnQtbGluaw'
    const resetToken = 'f3a1c2d4e5b6a7980112233445566778899aabbc'
    expect((await api.get(`/api/website/preview/${previewToken}`)).status).toBe(200)
    await api.get(`/api/print/shared/${printToken}`)
    await api.get(`//API/print/shared/${printToken}`)
    await fetch(`${server.url}/admin/reset/${resetToken}`)
    await expect
      .poll(() => loggedRequests(server))
      .toContainEqual(expect.objectContaining({ path: '/admin/reset/…' }))
    expect(loggedRequests(server)).toContainEqual(
      expect.objectContaining({ path: '/api/website/preview/…', status: 200 }),
    )
    expect(loggedRequests(server)).toContainEqual(
      expect.objectContaining({ path: '/api/print/shared/…' }),
    )
    for (const token of [previewToken, printToken, resetToken])
      expect(server.output()).not.toContain(token)
  })

  it('should send HSTS and the other security headers from the screen feed too', async () => {
    for (const answer of [
      await playlist('198.51.100.9', channelKeys.screens),
      await fetch(`${server.url}/screens/${screenId}/player`),
      await fetch(`${server.url}/screens/media/nothing.webp`),
    ]) {
      expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
      // The player page brings a stricter policy of its own; data answers allow nothing.
      expect(answer.headers.get('content-security-policy')).toMatch(/default-src '(self|none)'/)
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer')
    }
  })

  it('should send the session cookie without Secure where PUBLIC_URL is plain http', async () => {
    const answer = await login('198.51.100.10', 'editor@test.example', testPassword)
    expect(answer.headers.get('set-cookie')).toMatch(/payload-token=/)
    expect(answer.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i)
  })
})

describe('the session cookie behind https', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startServer({ PUBLIC_URL: 'https://xeberdar.test' })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should be Secure when PUBLIC_URL is https', async () => {
    const first = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@test.example', password: testPassword, name: 'Admin' }),
    })
    expect(first.status).toBe(200)
    const answer = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@test.example', password: testPassword }),
    })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('set-cookie')).toMatch(/payload-token=.*;\s*Secure/i)
  })
})
