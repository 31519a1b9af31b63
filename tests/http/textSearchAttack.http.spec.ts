import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, saveDraft } from '../helpers/workflow'

/**
 * Review of issue 15 over HTTP, against the production build: findings (failing until the build
 * has the fixes) and probes that held. The Local API's side is tests/int/textSearchAttack.int.spec.ts.
 */
describe('language-aware search under attack, over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let id: number | string

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
    const made = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Şəki yolunda' },
    })
    id = made.body.doc.id
    await publishThroughWorkflow(api, tokens, 'articles', id)
    // A later draft, not published: its title must not be found by readers.
    await saveDraft(api, tokens.editor, 'articles', id, 'az', { title: 'Gizli qaralama' })
    const partner = await api.post('/api/partners', {
      token: tokens.admin,
      json: { name: 'Işıq FM', contentTypes: ['articles'], languages: ['az'] },
    })
    expect(partner.status, JSON.stringify(partner.body)).toBe(201)
  }, 180_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('refuses a search of a thousand words with 400, not a 500 from SQLite', async () => {
    const words = Array.from({ length: 1500 }, () => 'seki').join(' ')
    const answer = await api.get(
      `/api/articles?locale=az&depth=0&where[title][like]=${encodeURIComponent(words)}`,
    )
    expect(answer.status).toBe(400)
  })

  it('answers GraphQL OR searches, language-aware, instead of refusing them', async () => {
    const answer = await api.graphql(
      `query { Articles(locale: az, where: { OR: [{ title: { like: "seki" } }, { slug: { equals: "none" } }] }) { docs { title } } }`,
    )
    expect(answer.body.errors).toBeUndefined()
    expect(answer.body.data.Articles.docs).toEqual([{ title: 'Şəki yolunda' }])
  })

  it('finds an untranslated name by its own letters when the admin reads in English', async () => {
    for (const locale of ['az', 'en', 'ru']) {
      const answer = await api.get(
        `/api/partners?locale=${locale}&depth=0&where[name][like]=${encodeURIComponent('IŞIQ')}`,
        { token: tokens.admin },
      )
      expect(answer.body.totalDocs, locale).toBe(1)
    }
  })

  it('never answers with a key, and never finds a draft through one (held)', async () => {
    const readers: Array<[string, Record<string, string> | undefined]> = [
      ['anonymous', undefined],
      ['partner', asKey('partners')],
      ['screen', asKey('screens')],
    ]
    for (const [who, headers] of readers) {
      for (const path of ['titleSearch', 'titleSearchPlain']) {
        const draft = await api.get(`/api/articles?locale=az&depth=0&where[${path}][like]=gizli`, {
          headers,
        })
        expect(draft.status, who).toBe(200)
        expect(draft.body.totalDocs, `${who} ${path}`).toBe(0)
      }
      const list = await api.get(`/api/articles?locale=az&depth=1&select[titleSearch]=true`, {
        headers,
      })
      expect(JSON.stringify(list.body), who).not.toMatch(/Search|SortKey/)
      const draftParam = await api.get(`/api/articles/${id}?locale=az&draft=true`, { headers })
      expect(JSON.stringify(draftParam.body), who).not.toMatch(/Search|SortKey|Gizli/)
    }
    const staff = await api.get(`/api/articles/versions?depth=0&locale=all`, {
      token: tokens.editor,
    })
    expect(JSON.stringify(staff.body)).not.toMatch(/Search"|SortKey/)
    const graphql = await api.graphql(
      `query { Articles(locale: az) { docs { title titleSearch titleSearchPlain titleSortKey } } }`,
    )
    expect(graphql.body.data.Articles.docs).toEqual([
      { title: 'Şəki yolunda', titleSearch: null, titleSearchPlain: null, titleSortKey: null },
    ])
  })
})
