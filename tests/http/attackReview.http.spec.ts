import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addStaffUser, testPassword, type ApiClient, type Tokens } from '../helpers/api'
import { fullConsent } from '../helpers/fixtures'
import { loggedRequests, type RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { takeAction } from '../helpers/workflow'

/** An attacker's review of the login limits and strict input, over HTTP on the production build. */
describe("an attacker's requests", () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer({
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

  it('should answer a relationship to nothing 400, and a delete of a referenced user not 500', async () => {
    // SQLite refused these with a foreign key error (500); MongoDB stores the dangling id.
    const story = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title: 'Boş video', pseudonym: 'Aygün', consent: fullConsent, relatedVideo: 999 },
    })
    expect(story.status).toBeLessThan(500)
    const article = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Boş örtük', cover: 999 },
    })
    expect(article.status).toBeLessThan(500)

    // A user once recorded in a story's workflow (its author): the migration's column has no
    // ON DELETE, so SQLite refuses the delete.
    const email = 'leaving.editor@test.example'
    const token = await addStaffUser(api, tokens.admin, {
      email,
      name: 'Leaving editor',
      roles: ['editor'],
    })
    const created = await api.post('/api/stories', {
      token,
      json: { title: 'Müəllifli', pseudonym: 'Aygün', consent: fullConsent },
    })
    expect(created.status).toBe(201)
    expect((await takeAction(api, token, 'stories', created.body.doc.id, 'submit')).status).toBe(
      200,
    )
    const users = await api.get(`/api/users?where[email][equals]=${email}`, { token: tokens.admin })
    const deleted = await api.del(`/api/users/${users.body.docs[0].id}`, { token: tokens.admin })
    expect([200, 409]).toContain(deleted.status)
    if (deleted.status === 409) {
      expect(deleted.body.errors[0].message).toMatch(/still point at this one/)
      // Nothing went: the user still signs in.
      const again = await api.post('/api/users/login', {
        json: { email, password: testPassword },
        headers: from('203.0.113.140'),
      })
      expect(again.status).toBe(200)
    }
  })

  it('should count every login body Payload reads against its account, or refuse it', async () => {
    const body = (password: string) =>
      JSON.stringify({ email: 'translator@test.example', password })
    // Payload's form reader (busboy) takes these; a stricter one would find no address in them.
    const unquotedName = (password: string) =>
      `--x\r\nContent-Disposition: form-data; name=_payload\r\n\r\n${body(password)}\r\n--x--\r\n`
    const variants: [string, string, (password: string) => string][] = [
      ['BOM', 'application/json', (password) => `\uFEFF${body(password)}`],
      ['unquoted name', 'multipart/form-data; boundary=x', unquotedName],
      ['preamble', 'multipart/form-data; boundary=x', (p) => `junk\r\n${unquotedName(p)}`],
    ]
    for (const [index, [name, contentType, make]] of variants.entries()) {
      const source = `203.0.113.${150 + index}`
      for (let attempt = 1; attempt <= 3; attempt++) {
        const failed = await api.post('/api/users/login', {
          json: { email: 'translator@test.example', password: `guess-${attempt}` },
          headers: from(source),
        })
        expect(failed.status).toBe(401)
      }
      const answer = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': contentType, ...from(source) },
        body: make('guess-4'),
      })
      expect([400, 429], name).toContain(answer.status)
    }
    // A byte order mark is no reason to refuse a real login.
    const signedIn = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('203.0.113.160') },
      body: `\uFEFF${body(testPassword)}`,
    })
    expect(signedIn.status).toBe(200)
  })
})
