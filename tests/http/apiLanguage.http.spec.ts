import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, bootstrapUsers, type Tokens } from '../helpers/api'
import { startServer, type RunningServer } from '../helpers/server'

const languages = { az, en, ru }
type Language = keyof typeof languages
const wordsOf = (language: Language) => languages[language].translations

/**
 * Websites and partners call the API from code and read its errors in English, unless they ask
 * for Azerbaijani or Russian; the admin (its session or language cookie) keeps its language.
 */
describe('the language of API errors', () => {
  let server: RunningServer
  let tokens: Tokens

  /** A raw request: nothing sets Accept-Language unless the test does. */
  const ask = async (
    path: string,
    {
      method = 'GET',
      headers = {},
      json,
    }: { method?: string; headers?: object; json?: object } = {},
  ) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
      body: json ? JSON.stringify(json) : undefined,
    })
    return { status: response.status, body: await response.json() }
  }
  /** What anyone may ask without logging in, each answered with an error Payload words itself. */
  const anonymousErrors = (headers: object) => ({
    forbidden: ask('/api/stories', { method: 'POST', headers, json: { title: 'x' } }),
    notFound: ask('/api/stories/999999', { headers }),
    missingPassword: ask('/api/users/login', {
      method: 'POST',
      headers,
      json: { email: 'nobody@test.example' },
    }),
    wrongPassword: ask('/api/users/login', {
      method: 'POST',
      headers,
      json: { email: 'nobody@test.example', password: 'wrong-password-1' },
    }),
    graphql: ask('/api/graphql', {
      method: 'POST',
      headers,
      json: { query: '{ PrintFiles { docs { id } } }' },
    }),
  })
  const expectWordedIn = async (language: Language, headers: object) => {
    const words = wordsOf(language)
    const answers = anonymousErrors(headers)
    const forbidden = await answers.forbidden
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.errors[0].message).toBe(words.error.notAllowedToPerformAction)
    const notFound = await answers.notFound
    expect(notFound.status).toBe(404)
    expect(notFound.body.errors[0].message).toBe(words.general.notFound)
    const missingPassword = await answers.missingPassword
    expect(missingPassword.status).toBe(400)
    expect(missingPassword.body.errors[0].data.errors[0]).toEqual({
      message: words.validation.required,
      path: 'password',
    })
    const wrongPassword = await answers.wrongPassword
    expect(wrongPassword.status).toBe(401)
    expect(wrongPassword.body.errors[0].message).toBe(words.error.emailOrPasswordIncorrect)
    const graphql = await answers.graphql
    expect(graphql.body.errors[0].message).toBe(words.error.notAllowedToPerformAction)
  }

  beforeAll(async () => {
    // Every case below logs in wrongly from one source to one account.
    server = await startServer({
      LOGIN_FAILURES_PER_SOURCE: '1000',
      LOGIN_FAILURES_PER_ACCOUNT: '1000',
    })
    tokens = await bootstrapUsers(apiClient(server.url))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should answer in English a request that names no language (or none the API speaks)', async () => {
    // The same words differ in each language, or the checks below could not tell them apart.
    expect(new Set(Object.values(languages).map((l) => l.translations.general.notFound)).size).toBe(
      3,
    )
    await expectWordedIn('en', {})
    await expectWordedIn('en', { 'accept-language': '*' })
    await expectWordedIn('en', { 'accept-language': 'tr-TR, de;q=0.8' })
    await expectWordedIn('en', { 'accept-language': 'en-GB,en;q=0.9' })
  })

  it('should answer in Azerbaijani or Russian a request that asks for it', async () => {
    await expectWordedIn('az', { 'accept-language': 'az' })
    await expectWordedIn('az', { 'accept-language': 'az-AZ,az;q=0.9,en;q=0.5' })
    await expectWordedIn('ru', { 'accept-language': 'ru-RU,ru;q=0.9' })
    // The admin's language cookie chooses, as in the admin.
    await expectWordedIn('ru', { cookie: 'payload-lng=ru' })
  })

  it("should leave the admin's own requests in the admin's language", async () => {
    // A staff member's browser: the session cookie (Payload takes it from the admin's own
    // origin), and no language it asks for by header.
    const browser = (token: string) => ({ cookie: `payload-token=${token}`, origin: server.url })
    const refused = await ask('/api/users', {
      method: 'POST',
      headers: browser(tokens.translator),
      json: { email: 'x@test.example', password: 'long-enough-password-1' },
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(wordsOf('az').error.notAllowedToPerformAction)
    const noType = { name: 'Sahil' }
    const invalid = await ask('/api/locations', {
      method: 'POST',
      headers: browser(tokens.admin),
      json: noType,
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.errors[0].message).toMatch(
      new RegExp(`^${wordsOf('az').error.followingFieldsInvalid_one}`),
    )
    // The same staff member from a script (token in a header, no cookie) reads English.
    const scripted = await ask('/api/locations', {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.admin}` },
      json: noType,
    })
    expect(scripted.status).toBe(400)
    expect(scripted.body.errors[0].message).toMatch(
      new RegExp(`^${wordsOf('en').error.followingFieldsInvalid_one}`),
    )
  })
})
