import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { shuffled } from '../helpers/alphabet'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow } from '../helpers/workflow'

/**
 * Search and sorting by language through REST (the websites' and partners' filters) and GraphQL;
 * the admin's list search is tried in the browser (tests/e2e/adminSearch.e2e.spec.ts).
 */
describe('search and sorting by language over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  const titles = ['Şəki yolunda', 'Çətin iş', 'Ağır əmək', 'Zəhmət', 'Cənub', 'İlıq gecə', 'Işıq']
  // Azerbaijani order: a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z.
  const inAzerbaijaniOrder = [
    'Ağır əmək',
    'Cənub',
    'Çətin iş',
    'Işıq',
    'İlıq gecə',
    'Şəki yolunda',
    'Zəhmət',
  ]
  const ids = new Map<string, number | string>()

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    for (const title of shuffled(titles, 3)) {
      // Typed with combining marks, as some keyboards and pasted text send it.
      const made = await api.post('/api/articles', {
        token: tokens.editor,
        json: { title: title.normalize('NFD') },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      ids.set(title, made.body.doc.id)
    }
    await publishThroughWorkflow(api, tokens, 'articles', ids.get('Şəki yolunda')!)
    await publishThroughWorkflow(api, tokens, 'articles', ids.get('Çətin iş')!)
  }, 180_000)
  afterAll(async () => {
    await server?.stop()
  })

  const restTitles = async (query: string, token?: string) => {
    const response = await api.get(`/api/articles?locale=az&limit=50&depth=0&${query}`, { token })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return (response.body.docs as { title: string }[]).map((doc) => doc.title)
  }

  it('answers REST searches in any case, with or without the Azerbaijani letters, for staff and the public', async () => {
    expect(await restTitles('where[title][like]=SEKI', tokens.editor)).toEqual(['Şəki yolunda'])
    expect(await restTitles('where[title][like]=%C5%9E%C6%8FK%C4%B0', tokens.editor)).toEqual([
      'Şəki yolunda',
    ])
    expect(
      await restTitles(`where[title][contains]=${encodeURIComponent('ƏMƏK')}`, tokens.editor),
    ).toEqual(['Ağır əmək'])
    // Decomposed input finds composed text.
    expect(
      await restTitles(
        `where[title][like]=${encodeURIComponent('çə'.normalize('NFD'))}`,
        tokens.editor,
      ),
    ).toEqual(['Çətin iş'])
    // İ and I are different letters in Azerbaijani: İlıq is not Işıq.
    expect(
      await restTitles(`where[title][like]=${encodeURIComponent('İL')}`, tokens.editor),
    ).toEqual(['İlıq gecə'])
    expect(
      await restTitles(`where[title][like]=${encodeURIComponent('ışı')}`, tokens.editor),
    ).toEqual(['Işıq'])
    // The public sees only what is published, found the same way.
    expect((await restTitles('where[title][like]=cetin')).sort()).toEqual(['Çətin iş'])
    expect(await restTitles('where[title][like]=zehmet')).toEqual([])
  })

  it('sorts REST lists in the language of the request', async () => {
    const azerbaijani = await restTitles('sort=title', tokens.editor)
    expect(azerbaijani).toEqual(inAzerbaijaniOrder)
    expect(await restTitles('sort=-title', tokens.editor)).toEqual(
      [...inAzerbaijaniOrder].reverse(),
    )
    expect(await restTitles('sort=title')).toEqual(['Çətin iş', 'Şəki yolunda'])
  })

  it('searches and sorts through GraphQL the same way', async () => {
    const answer = await api.graphql(
      `query { Articles(locale: az, sort: "title", where: { title: { like: "e" } }) { docs { title } } }`,
      tokens.editor,
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    // A plain e finds e and ə: every title but Işıq.
    expect(answer.body.data.Articles.docs.map((doc: { title: string }) => doc.title)).toEqual(
      inAzerbaijaniOrder.filter((title) => title !== 'Işıq'),
    )
  })
})
