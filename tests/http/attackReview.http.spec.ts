import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPassword, type ApiClient } from '../helpers/api'
import { loggedRequests, type RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

/** An attacker's review of the login limits and strict input, over HTTP on the production build. */
describe("an attacker's requests", () => {
  let server: RunningServer
  let api: ApiClient

  beforeAll(async () => {
    ;({ server, api } = await startStaffServer({
      LOGIN_FAILURES_PER_SOURCE: '6',
      LOGIN_FAILURES_PER_ACCOUNT: '3',
      PASSWORD_RESETS_PER_SOURCE: '3',
    }))
  })
  afterAll(async () => {
    await server?.stop()
  })

  const from = (source: string) => ({ 'x-forwarded-for': source })

  it('should count logins, resets and "forgot password" however their path is spelled', async () => {
    // Next decodes %-escapes and resolves dot segments, and Payload ignores case: all are logins.
    const logins = [
      '/api/users/%6Cogin',
      '/api/%75sers/login',
      '/api/users/%4C%4F%47%49%4E',
      '/api/./users/login',
      '/api/users/x/../login',
      '/api/users/%2e/login',
    ]
    for (const [index, path] of logins.entries()) {
      const source = `203.0.113.${100 + index}`
      const statuses: number[] = []
      for (let attempt = 1; attempt <= 4; attempt++) {
        const answer = await api.post(path, {
          json: { email: 'reviewer@test.example', password: `guess-${attempt}` },
          headers: from(source),
        })
        statuses.push(answer.status)
      }
      expect(statuses, path).toEqual([401, 401, 401, 429])
    }
    // The rewritten path still signs in.
    const signedIn = await api.post('/api/users/%6Cogin', {
      json: { email: 'reviewer@test.example', password: testPassword },
      headers: from('203.0.113.120'),
    })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.token).toBeTruthy()

    const resetSource = '203.0.113.121'
    for (let attempt = 1; attempt <= 6; attempt++)
      await api.post('/api/users/reset-p%61ssword', {
        json: { token: `guess-${attempt}`, password: 'new-password-1' },
        headers: from(resetSource),
      })
    const reset = await api.post('/api/users/reset-p%61ssword', {
      json: { token: 'guess-7', password: 'new-password-1' },
      headers: from(resetSource),
    })
    expect(reset.status).toBe(429)

    // Payload's own "forgot password" route would answer, unlimited, once the email was sent.
    const forgotSource = '203.0.113.122'
    const forgot = () =>
      api.post('/api/users/%66orgot-password', {
        json: { email: 'editor@test.example' },
        headers: from(forgotSource),
      })
    for (let attempt = 1; attempt <= 3; attempt++) {
      const answer = await forgot()
      expect(answer.status).toBe(200)
      expect(answer.body.message).toMatch(/If this address belongs to an account/)
    }
    expect((await forgot()).status).toBe(429)
  })

  it('should answer a multipart write without a usable boundary 400, not 500', async () => {
    // Payload does not hand these to its form reader and throws a 500 of its own.
    for (const contentType of ['multipart/form-data', 'multipart/form-data; BOUNDARY=x'])
      for (const path of ['/api/locations', '/api/users/login']) {
        const response = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': contentType, ...from('203.0.113.130') },
          body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--x--\r\n',
        })
        expect(response.status, `${path} ${contentType}`).toBe(400)
      }
  })

  it('should keep a reset token out of the log when its path is spelled with %-escapes', async () => {
    const token = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9'
    // Next decodes the path: this opens the reset form with the token like the plain link.
    const page = await fetch(`${server.url}/admin/%72eset/${token}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(token)
    await expect
      .poll(() => loggedRequests(server))
      .toContainEqual(expect.objectContaining({ path: '/admin/reset/…' }))
    expect(server.output()).not.toContain(token)
  })
})
