import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { confirmedChecklist, fullConsent } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, takeAction } from '../helpers/workflow'

describe('victim-story safeguards over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  const newStory = async (consent: object = fullConsent, extra: object = {}) => {
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title: 'Sərhəddə', pseudonym: 'Nərgiz', consent, ...extra },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number | string
  }
  const image = async (fields: object = {}) =>
    (
      await uploadMedia(api, tokens.editor, await smallPng(), 'x.png', 'image/png', {
        alt: 'Əl',
        ...fields,
      })
    ).body.doc.id as number | string
  const approve = (token: string, id: number | string, checklist: object = confirmedChecklist) =>
    takeAction(api, token, 'stories', id, 'approve', { checklist })
  /** Whether each reader finds the story: by id, in the list, and through GraphQL. */
  const readers = async (id: number | string, locale = 'az') => {
    const list = async (headers?: Record<string, string>) =>
      (await api.get(`/api/stories?locale=${locale}&limit=100`, { headers })).body.docs?.some(
        (doc: { id: unknown }) => doc.id === id,
      ) ?? false
    const graphql = await api.graphql(`{ Stories(locale: ${locale}, limit: 100) { docs { id } } }`)
    return {
      website:
        (await api.get(`/api/stories/${id}?locale=${locale}`)).status === 200 &&
        (await list()) &&
        graphql.body.data.Stories.docs.some(
          (doc: { id: unknown }) => String(doc.id) === String(id),
        ),
      partners: await list(asKey('partners')),
      screens: await list(asKey('screens')),
    }
  }
  const auditOf = async (id: number | string) =>
    (
      await api.get(
        `/api/audit-log?where[targetCollection][equals]=stories&where[targetId][equals]=${id}&sort=at&limit=100`,
        { token: tokens.admin },
      )
    ).body.docs

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should refuse to submit or approve a story whose consent does not hold, saying why', async () => {
    const expired = await newStory({ ...fullConsent, expiresAt: '2026-01-11T00:00:00.000Z' })
    const submit = await takeAction(api, tokens.editor, 'stories', expired, 'submit')
    expect(submit.status).toBe(422)
    expect(submit.body.errors[0].message).toBe(
      'Consent does not allow this: Consent expired on 2026-01-11.',
    )
    const minor = await newStory({ ...fullConsent, isMinor: true })
    expect(
      (await takeAction(api, tokens.editor, 'stories', minor, 'submit')).body.errors[0].message,
    ).toMatch(/guardian’s consent/)
    const withImage = await newStory(
      { ...fullConsent, mediaTypes: ['text'] },
      { heroImage: await image() },
    )
    expect(
      (await takeAction(api, tokens.editor, 'stories', withImage, 'submit')).body.errors[0].message,
    ).toMatch(/uses an image, which the consent record does not allow/)
  })

  it('should never let an image of an identifiable person be attached to a story', async () => {
    const face = await image({ isIdentifiablePerson: true })
    const attached = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title: 'Üz', pseudonym: 'X', consent: fullConsent, heroImage: face },
    })
    expect(attached.status).toBe(400)
    expect(JSON.stringify(attached.body)).toMatch(/identifiable person/)

    // Nor slipped into the body, where no consent or flag check would see it.
    const inBody = await api.post('/api/stories', {
      token: tokens.editor,
      json: {
        title: 'Mətndə şəkil',
        pseudonym: 'X',
        consent: fullConsent,
        body: {
          root: {
            type: 'root',
            version: 1,
            children: [{ type: 'upload', version: 3, relationTo: 'media', value: await image() }],
          },
        },
      },
    })
    expect(inBody.status).toBe(400)
    expect(JSON.stringify(inBody.body)).toMatch(/is upload, which this field does not take/)

    // What stands behind an approved image's id cannot change, except by an admin.
    const replace = new FormData()
    replace.append(
      'file',
      new Blob([new Uint8Array(await smallPng())], { type: 'image/png' }),
      'y.png',
    )
    replace.append('_payload', JSON.stringify({ alt: 'Əvəz' }))
    const replaced = await api.patch(`/api/media/${face}`, { token: tokens.editor, form: replace })
    expect(replaced.status).toBe(403)
    const cleared = await api.patch(`/api/media/${face}`, {
      token: tokens.editor,
      json: { isIdentifiablePerson: false },
    })
    expect(cleared.status).toBe(403)
    expect(
      (
        await api.patch(`/api/media/${face}`, {
          token: tokens.admin,
          json: { isIdentifiablePerson: false },
        })
      ).status,
    ).toBe(200)
  })

  it('should need the safety checklist and a reviewer of each organisation to approve a story', async () => {
    const id = await newStory()
    await takeAction(api, tokens.editor, 'stories', id, 'submit')
    const unchecked = await approve(tokens.reviewer, id, { noFace: true })
    expect(unchecked.status).toBe(400)
    expect(unchecked.body.errors[0].message).toMatch(
      /^Confirm the safety checklist before approving a story: No recognisable voice; /,
    )

    const first = await approve(tokens.reviewer, id)
    expect(first.status).toBe(200)
    expect(first.body.stage).toBe('in-review')
    expect((await takeAction(api, tokens.reviewer, 'stories', id, 'publish')).status).toBe(409)
    const sameOrganisation = await approve(tokens.reviewer, id)
    expect(sameOrganisation.status).toBe(409)
    expect(sameOrganisation.body.errors[0].message).toMatch(/already approved this version/)

    const second = await approve(tokens.departmentReviewer, id)
    expect(second.body.stage).toBe('approved')
    const approvals = (await auditOf(id)).filter((entry: any) => entry.action === 'approve')
    expect(approvals.map((entry: any) => entry.toStage)).toEqual(['in-review', 'approved'])
    expect(approvals[1].details.checklist).toEqual(confirmedChecklist)
    expect(approvals[1].details.signOffs.map((s: any) => s.organisation)).toEqual([
      'campaign',
      'department',
    ])
  })

  it('should show a story only on the channels and in the languages its consent allows', async () => {
    const id = await newStory({ ...fullConsent, channels: ['website'], languages: ['az'] })
    await publishThroughWorkflow(api, tokens, 'stories', id)
    expect(await readers(id)).toEqual({ website: true, partners: false, screens: false })

    const everywhere = await newStory()
    await publishThroughWorkflow(api, tokens, 'stories', everywhere)
    expect(await readers(everywhere)).toEqual({ website: true, partners: true, screens: true })
    // Written and approved in az only: no other language shows it, fallback or not.
    expect(await readers(everywhere, 'en')).toEqual({
      website: false,
      partners: false,
      screens: false,
    })
  })

  it('should never fill a story’s empty field from another language', async () => {
    const id = await newStory(
      { ...fullConsent, languages: ['en'] },
      { summary: 'Yalnız azərbaycanca' },
    )
    const write = await api.patch(`/api/stories/${id}?draft=true&locale=en`, {
      token: tokens.translator,
      json: { title: 'Only the title in English', pseudonym: 'Nargiz' },
    })
    expect(write.status).toBe(200)
    expect(
      (await takeAction(api, tokens.translator, 'stories', id, 'mark-ready', { locale: 'en' }))
        .status,
    ).toBe(200)
    await publishThroughWorkflow(api, tokens, 'stories', id)

    for (const path of [
      `/api/stories/${id}?locale=en`,
      `/api/stories/${id}?locale=en&fallback-locale=az`,
    ]) {
      const read = await api.get(path)
      expect(read.body.title).toBe('Only the title in English')
      expect(read.body.summary ?? null).toBeNull()
    }
    const graphql = await api.graphql(
      `{ Stories(locale: en, fallbackLocale: az) { docs { id title summary } } }`,
    )
    const doc = graphql.body.data.Stories.docs.find(
      (d: { id: unknown }) => String(d.id) === String(id),
    )
    expect(doc).toMatchObject({ title: 'Only the title in English', summary: null })
    // Its consent does not cover az: not there at all.
    expect((await api.get(`/api/stories/${id}?locale=az`)).status).toBe(404)
  })

  it('should apply a narrowed consent record to the live story at once, before any review', async () => {
    const hero = await image()
    const id = await newStory(fullConsent, { heroImage: hero })
    await publishThroughWorkflow(api, tokens, 'stories', id)
    // Its image is public with it now (src/channels/website/publicImages.ts), so it comes populated.
    expect((await api.get(`/api/stories/${id}`)).body.heroImage).toMatchObject({ id: hero })

    const noImages = await api.patch(`/api/stories/${id}?draft=true`, {
      token: tokens.editor,
      json: { consent: { ...fullConsent, mediaTypes: ['text'] } },
    })
    expect(noImages.status).toBe(200)
    const live = await api.get(`/api/stories/${id}`)
    expect(live.status).toBe(200)
    expect(live.body).not.toHaveProperty('heroImage')
    expect(live.body.title).toBe('Sərhəddə')

    await api.patch(`/api/stories/${id}?draft=true`, {
      token: tokens.editor,
      json: { consent: { ...fullConsent, mediaTypes: ['text'], channels: ['partners'] } },
    })
    expect(await readers(id)).toEqual({ website: false, partners: true, screens: false })
    // Images only, not the words: the story's text leaves every channel.
    await api.patch(`/api/stories/${id}?draft=true`, {
      token: tokens.editor,
      json: { consent: { ...fullConsent, mediaTypes: ['image'], channels: ['partners'] } },
    })
    expect(await readers(id)).toEqual({ website: false, partners: false, screens: false })
    const trail = await auditOf(id)
    expect(trail.map((entry: any) => entry.action)).toContain('narrow-consent')
    expect(
      trail
        .filter((entry: any) => entry.action === 'consent-change')
        .map((entry: any) => entry.details.changed),
    ).toEqual([['mediaTypes'], ['channels'], ['mediaTypes']])
  })

  it('should take a story off every channel at once when consent is withdrawn, until new consent is recorded', async () => {
    const id = await newStory()
    await publishThroughWorkflow(api, tokens, 'stories', id)
    expect(await readers(id)).toEqual({ website: true, partners: true, screens: true })
    const article = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Hekayələr haqqında', relatedStories: [id] },
    })
    await publishThroughWorkflow(api, tokens, 'articles', article.body.doc.id)
    const storyInArticle = async () =>
      JSON.stringify(
        (await api.get(`/api/articles/${article.body.doc.id}?depth=1`)).body.relatedStories,
      ).includes('Sərhəddə')
    expect(await storyInArticle()).toBe(true)

    const withoutReason = await takeAction(api, tokens.reviewer, 'stories', id, 'withdraw-consent')
    expect(withoutReason.status).toBe(400)
    expect(
      (await takeAction(api, tokens.editor, 'stories', id, 'withdraw-consent', 'x')).status,
    ).toBe(403)
    const withdrawn = await takeAction(
      api,
      tokens.reviewer,
      'stories',
      id,
      'withdraw-consent',
      'Phoned the department',
    )
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.stage).toBe('unpublished')
    expect(await readers(id)).toEqual({ website: false, partners: false, screens: false })
    expect(await storyInArticle()).toBe(false)

    const again = await takeAction(api, tokens.editor, 'stories', id, 'submit')
    expect(again.status).toBe(422)
    expect(again.body.errors[0].message).toMatch(/Consent was withdrawn on/)
    // The withdrawn form again, or consent dated in the future, is not new consent.
    for (const consent of [
      { ...fullConsent, givenAt: new Date().toISOString() },
      { ...fullConsent, givenAt: '2099-01-01T00:00:00.000Z', formReference: 'TEST-LATER' },
    ]) {
      await api.patch(`/api/stories/${id}?draft=true`, { token: tokens.editor, json: { consent } })
      expect((await takeAction(api, tokens.editor, 'stories', id, 'submit')).status).toBe(422)
    }

    await api.patch(`/api/stories/${id}?draft=true`, {
      token: tokens.editor,
      json: {
        consent: { ...fullConsent, givenAt: new Date().toISOString(), formReference: 'TEST-NEW' },
      },
    })
    await publishThroughWorkflow(api, tokens, 'stories', id)
    expect(await readers(id)).toEqual({ website: true, partners: true, screens: true })
    const entry = (await auditOf(id)).find((e: any) => e.action === 'withdraw-consent')
    expect(entry).toMatchObject({ comment: 'Phoned the department', toStage: 'unpublished' })
  })

  it('should let an admin erase a withdrawn story for good, leaving only a content-free audit trail', async () => {
    const hero = await image()
    const id = await newStory(fullConsent, { heroImage: hero })
    await publishThroughWorkflow(api, tokens, 'stories', id)
    // An earlier draft of the story used an image that an English poster uses too.
    const shared = await image()
    const poster = await api.post('/api/posters', {
      token: tokens.editor,
      json: { title: 'Plakat', artwork: await image() },
    })
    await api.patch(`/api/posters/${poster.body.doc.id}?draft=true&locale=en`, {
      token: tokens.translator,
      json: { title: 'Poster', artwork: shared },
    })
    await api.patch(`/api/stories/${id}?draft=true`, {
      token: tokens.editor,
      json: { heroImage: shared },
    })
    await api.patch(`/api/stories/${id}?draft=true`, {
      token: tokens.editor,
      json: { heroImage: hero },
    })
    const media = (await api.get(`/api/media/${hero}`, { token: tokens.admin })).body
    const files = [media, ...Object.values(media.sizes)].map((file: any) =>
      path.join(server.dataDir, 'media', 'images', file.filename),
    )
    expect(files).toHaveLength(9)
    expect(files.every((file) => fs.existsSync(file))).toBe(true)

    expect((await takeAction(api, tokens.admin, 'stories', id, 'erase')).status).toBe(409)
    await takeAction(api, tokens.reviewer, 'stories', id, 'withdraw-consent', 'Asked to be removed')
    expect((await takeAction(api, tokens.reviewer, 'stories', id, 'erase')).status).toBe(403)
    const erased = await takeAction(api, tokens.admin, 'stories', id, 'erase')
    expect(erased.body).toEqual({ erased: true, erasedMedia: 1 })
    // An image another item also uses (here as a poster's English artwork) is not the story's.
    expect((await api.get(`/api/media/${shared}`, { token: tokens.admin })).status).toBe(200)

    expect((await api.get(`/api/stories/${id}?draft=true`, { token: tokens.admin })).status).toBe(
      404,
    )
    const versions = await api.get(`/api/stories/versions?where[parent][equals]=${id}`, {
      token: tokens.admin,
    })
    expect(versions.body.totalDocs).toBe(0)
    expect((await api.get(`/api/media/${hero}`, { token: tokens.admin })).status).toBe(404)
    expect(files.filter((file) => fs.existsSync(file))).toEqual([])
    const trail = await auditOf(id)
    expect(trail.at(-1).action).toBe('erase')
    expect(trail.every((entry: any) => !entry.comment && !entry.contentHash)).toBe(true)
  })

  it('should answer bad calls with clear 4xx', async () => {
    const article = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Məqalə' },
    })
    const onArticle = await takeAction(
      api,
      tokens.reviewer,
      'articles',
      article.body.doc.id,
      'withdraw-consent',
      'x',
    )
    expect(onArticle.status).toBe(400)
    expect(onArticle.body.errors[0].message).toBe('withdraw-consent is only for stories.')
    expect((await takeAction(api, tokens.admin, 'stories', 999999, 'erase')).status).toBe(404)
    const badChecklist = await api.post(`/api/stories/${await newStory()}/workflow/approve`, {
      token: tokens.reviewer,
      json: { checklist: 'all good' },
    })
    expect(badChecklist.status).toBe(409) // not submitted yet: the stage is checked first
  })
})
