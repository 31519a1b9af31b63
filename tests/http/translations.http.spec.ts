import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { smallPng, uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { takeAction } from '../helpers/workflow'

describe('translation status and publishing per language over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  const write = (id: number | string, locale: string, json: object, token = tokens.editor) =>
    api.patch(`/api/articles/${id}?draft=true&locale=${locale}`, { token, json })
  const statusOf = async (id: number | string) =>
    (await api.get(`/api/articles/${id}/workflow`, { token: tokens.editor })).body
      .translations as Record<string, string>
  /** What a reader gets in one language: the title, or null when the item is not there. */
  const liveTitle = async (
    id: number | string,
    locale: string,
    headers?: Record<string, string>,
  ) => {
    const read = await api.get(`/api/articles/${id}?locale=${locale}`, { headers })
    return read.status === 200 ? (read.body.title as string) : null
  }
  const act = async (token: string, id: number | string, action: any, body: object = {}) => {
    const response = await takeAction(api, token, 'articles', id, action, body)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body
  }

  /** An article written in az and en, both approved and live. */
  const publishedInAzAndEn = async (az: string, en: string) => {
    const id = (await api.post('/api/articles', { token: tokens.editor, json: { title: az } })).body
      .doc.id
    await write(id, 'en', { title: en }, tokens.translator)
    await act(tokens.translator, id, 'mark-ready', { locale: 'en' })
    await act(tokens.editor, id, 'submit')
    await act(tokens.reviewer, id, 'approve')
    await act(tokens.reviewer, id, 'publish')
    return id
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should compute each language’s status from its text and the translator’s mark', async () => {
    const created = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Saxta vakansiyalar' },
    })
    const id = created.body.doc.id
    expect(await statusOf(id)).toEqual({ az: 'in-progress', en: 'missing', ru: 'missing' })

    expect((await write(id, 'en', { title: 'Fake vacancies' }, tokens.translator)).status).toBe(200)
    expect((await statusOf(id)).en).toBe('in-progress')
    expect((await act(tokens.translator, id, 'mark-ready', { locale: 'en' })).status).toBe('ready')
    expect(await statusOf(id)).toEqual({ az: 'in-progress', en: 'ready', ru: 'missing' })

    // Changing the text after the mark makes it in progress again.
    await write(id, 'en', { title: 'Fake job offers' }, tokens.translator)
    expect((await statusOf(id)).en).toBe('in-progress')

    const refusals = [
      [tokens.translator, 'mark-ready', { locale: 'az' }, 422, /ready when the editor submits/],
      [tokens.translator, 'mark-ready', { locale: 'ru' }, 422, /Fill in title in ru/],
      [tokens.translator, 'mark-ready', { locale: 'de' }, 400, /must be one of az, en, ru/],
      [tokens.reviewer, 'mark-ready', { locale: 'en' }, 403, /translator or an editor/],
    ] as const
    for (const [token, action, body, status, reason] of refusals) {
      const refused = await takeAction(api, token, 'articles', id, action, body)
      expect(refused.status, action).toBe(status)
      expect(refused.body.errors[0].message).toMatch(reason)
    }
    await act(tokens.editor, id, 'submit')
    const translatorApproves = await takeAction(api, tokens.translator, 'articles', id, 'approve')
    expect(translatorApproves.status).toBe(403)
    expect(translatorApproves.body.errors[0].message).toBe(
      'Only a reviewer may approve; you are translator.',
    )
  })

  it('should approve and publish only the languages that are ready', async () => {
    const id = (await api.post('/api/articles', { token: tokens.editor, json: { title: 'AZ 1' } }))
      .body.doc.id
    await write(id, 'en', { title: 'EN 1' }, tokens.translator)
    await act(tokens.translator, id, 'mark-ready', { locale: 'en' })
    await write(id, 'ru', { title: 'RU 1' }, tokens.translator) // written, never marked ready
    await act(tokens.editor, id, 'submit')
    expect(await statusOf(id)).toEqual({ az: 'ready', en: 'ready', ru: 'in-progress' })
    expect((await act(tokens.reviewer, id, 'approve')).locales).toEqual(['az', 'en'])
    expect(await statusOf(id)).toEqual({ az: 'approved', en: 'approved', ru: 'in-progress' })
    expect((await act(tokens.reviewer, id, 'publish')).published).toEqual(['az', 'en'])

    expect(await liveTitle(id, 'az')).toBe('AZ 1')
    expect(await liveTitle(id, 'en')).toBe('EN 1')
    expect(await liveTitle(id, 'en', asKey('partners'))).toBe('EN 1')
    // Written but not approved: not there at all, and never as the Azerbaijani fallback.
    expect(await liveTitle(id, 'ru')).toBeNull()
    expect(await liveTitle(id, 'ru', asKey('screens'))).toBeNull()
    const list = await api.get('/api/articles?locale=ru&limit=100')
    expect(list.body.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(id)
    // Every language at once is for staff.
    expect((await api.get(`/api/articles/${id}?locale=all`)).status).toBe(403)
  })

  it('should never publish one language’s draft when another language is published', async () => {
    const id = await publishedInAzAndEn('AZ 1', 'EN 1')

    // The translator starts a new English version; the editor corrects the original.
    await write(id, 'en', { title: 'EN 2 (unfinished)' }, tokens.translator)
    await write(id, 'az', { title: 'AZ 2' }) // edits of a live item go back to review by themselves
    expect((await act(tokens.reviewer, id, 'approve')).locales).toEqual(['az'])
    const published = await act(tokens.reviewer, id, 'publish')
    expect(published).toMatchObject({ published: ['az'], kept: ['en'], takenOff: [] })

    expect(await liveTitle(id, 'az')).toBe('AZ 2')
    expect(await liveTitle(id, 'en')).toBe('EN 1')
    // The unfinished draft is still there for the translator.
    const draft = await api.get(`/api/articles/${id}?draft=true&locale=en`, {
      token: tokens.translator,
    })
    expect(draft.body.title).toBe('EN 2 (unfinished)')
  })

  it('should send every language back to review when a field they share changes', async () => {
    const id = await publishedInAzAndEn('AZ', 'EN')

    const cover = await uploadMedia(api, tokens.editor, await smallPng(), 'c.png', 'image/png')
    await write(id, 'az', { cover: cover.body.doc.id })
    expect(await statusOf(id)).toEqual({ az: 'ready', en: 'ready', ru: 'missing' })

    // Approving and publishing only the original takes English off rather than showing its old
    // text beside a cover nobody approved for it.
    await api.patch(`/api/articles/${id}?draft=true&locale=en`, {
      token: tokens.translator,
      json: { title: 'EN, reworded' },
    })
    await act(tokens.reviewer, id, 'approve')
    const published = await act(tokens.reviewer, id, 'publish')
    expect(published).toMatchObject({ published: ['az'], kept: [], takenOff: ['en'] })
    expect(await liveTitle(id, 'az')).toBe('AZ')
    expect(await liveTitle(id, 'en')).toBeNull()
  })
})
