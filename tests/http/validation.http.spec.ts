import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import type { RunningServer } from '../helpers/server'
import { fullConsent } from '../helpers/fixtures'
import { startStaffServer } from '../helpers/staffServer'
import { takeAction } from '../helpers/workflow'

const consent = { ...fullConsent, formReference: 'TEST-0002' }

describe('bad input over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let storyId: number | string

  const storyCount = async () =>
    (await api.get('/api/stories?limit=1&draft=true', { token: tokens.admin })).body
      .totalDocs as number

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    const story = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title: 'Əsl başlıq', pseudonym: 'Ləman', consent },
    })
    storyId = story.body.doc.id
  })
  afterAll(async () => {
    await server?.stop()
  })

  it.each([
    ['an unknown locale', '/api/stories?locale=de', /Unknown locale "de"/],
    [
      'an unknown fallback locale',
      '/api/stories?fallback-locale=tr',
      /Unknown fallback locale "tr"/,
    ],
    ['two locales at once', '/api/stories?locale=az&locale=en', /Unknown locale/],
  ])('should refuse %s with 400 on reads', async (_, path, message) => {
    const response = await api.get(path, { token: tokens.editor })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(message)
  })

  it.each([
    ['a limit that is not a number', '/api/stories?limit=abc', /"limit" must be a whole number/],
    ['a limit of everything', '/api/stories?limit=0', /"limit"/],
    ['a page beyond any number', '/api/stories?page=99999999999999999999', /"page"/],
    ['a negative page', '/api/stories?page=-1', /"page"/],
    ['a depth too deep', '/api/stories?depth=50', /"depth"/],
    ['a where that is no condition', '/api/stories?where=abc', /"where" must be a condition/],
  ])('should refuse %s with 400', async (_, path, message) => {
    for (const token of [undefined, tokens.editor]) {
      const response = await api.get(path, { token })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(message)
    }
  })

  it('should refuse a write with locale=all instead of silently keeping nothing', async () => {
    const response = await api.patch(`/api/stories/${storyId}?locale=all&draft=true`, {
      token: tokens.editor,
      json: { title: 'Hamısı' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/one language at a time/)
  })

  it('should refuse a write in an unknown locale and write nothing', async () => {
    const before = await storyCount()
    const created = await api.post('/api/stories?locale=xx', {
      token: tokens.editor,
      json: { title: 'x', pseudonym: 'y', consent },
    })
    expect(created.status).toBe(400)
    const updated = await api.patch(`/api/stories/${storyId}?locale=tr`, {
      token: tokens.editor,
      json: { title: 'Başqa dil' },
    })
    expect(updated.status).toBe(400)
    expect(await storyCount()).toBe(before)
    const story = await api.get(`/api/stories/${storyId}?draft=true&locale=all`, {
      token: tokens.editor,
    })
    expect(story.body.title).toEqual({ az: 'Əsl başlıq' })
  })

  it.each([
    ['an unknown top-level field', { realName: 'Aysel Məmmədova' }, 'realName'],
    [
      'an unknown field inside the consent record',
      { consent: { ...consent, signedBy: 'Aysel' } },
      'consent.signedBy',
    ],
  ])('should refuse %s naming it, and write nothing', async (_, extra, path) => {
    const before = await storyCount()
    const response = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title: 'Yeni', pseudonym: 'Nigar', consent, ...extra },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toContainEqual(
      expect.objectContaining({ path, message: `Unknown field "${path}".` }),
    )
    expect(await storyCount()).toBe(before)

    const update = await api.patch(`/api/stories/${storyId}?draft=true`, {
      token: tokens.editor,
      json: extra,
    })
    expect(update.status).toBe(400)
  })

  it.each([
    ['a word for a number', { displaySeconds: 'on' }, 'displaySeconds'],
    ['a number out of range', { displaySeconds: 1 }, 'displaySeconds'],
    ['an option that does not exist', { orientation: 'diagonal' }, 'orientation'],
    [
      'a window that ends before it starts',
      { schedule: { startsAt: '2026-12-02T08:00:00Z', endsAt: '2026-12-01T08:00:00Z' } },
      'schedule.endsAt',
    ],
    ['a date that is not a date', { schedule: { startsAt: 'tomorrow-ish' } }, 'schedule.startsAt'],
  ])('should refuse %s in a poster draft with 400 and write nothing', async (_, bad, path) => {
    const before = (await api.get('/api/posters?limit=1&draft=true', { token: tokens.admin })).body
      .totalDocs
    const response = await api.post('/api/posters?draft=true', {
      token: tokens.editor,
      json: { title: 'Plakat', ...bad },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toContain(path)
    const after = (await api.get('/api/posters?limit=1&draft=true', { token: tokens.admin })).body
      .totalDocs
    expect(after).toBe(before)
  })

  it.each([
    ['a select value that is not offered', { languages: ['de'] }],
    ['a webhook URL that is not http(s)', { webhookUrl: 'javascript:alert(1)' }],
    ['a content type that does not exist', { contentTypes: ['secrets'] }],
  ])('should refuse %s for a partner', async (_, bad) => {
    const response = await api.post('/api/partners', {
      token: tokens.admin,
      json: { name: 'Portal', contentTypes: ['stories'], languages: ['az'], ...bad },
    })
    expect(response.status).toBe(400)
    expect((await api.get('/api/partners?limit=1', { token: tokens.admin })).body.totalDocs).toBe(0)
  })

  it('should save a story draft while its consent record waits for the signed form, and refuse to submit it', async () => {
    const response = await api.post('/api/stories?draft=true', {
      token: tokens.editor,
      json: { title: 'Razılıqsız', pseudonym: 'X', consent: { formReference: 'TEST-0003' } },
    })
    expect(response.status).toBe(201)
    // What is there is still checked.
    const wrong = await api.patch(`/api/stories/${response.body.doc.id}?draft=true`, {
      token: tokens.editor,
      json: { consent: { channels: ['television'] } },
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body.errors)).toMatch(/consent\.channels/)
    const submit = await takeAction(api, tokens.editor, 'stories', response.body.doc.id, 'submit')
    expect(submit.status).toBe(422)
    expect(submit.body.errors[0].message).toMatch(/There is no consent record/)
  })

  it('should refuse malformed JSON with 400', async () => {
    const response = await fetch(`${server.url}/api/stories`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
      body: '{"title": "kəsik',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('should answer 404, not 500, for ids that do not exist or are malformed', async () => {
    expect((await api.get('/api/stories/999999', { token: tokens.editor })).status).toBe(404)
    const malformed = await api.get('/api/stories/not-an-id', { token: tokens.editor })
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
  })
})
