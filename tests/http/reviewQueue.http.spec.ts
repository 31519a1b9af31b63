import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addStaffUser, type ApiClient, type Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { confirmedChecklist } from '../helpers/fixtures'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { saveDraft, submittedStory, takeAction } from '../helpers/workflow'

describe('GET /api/review-queue', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  /** An editor who is also a reviewer: their own work waits for someone else. */
  let both: string
  const ids = {} as Record<'first' | 'ownWork' | 'draft' | 'approved', number | string>

  const queueOf = async (token: string) => {
    const response = await api.get('/api/review-queue', { token })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body.docs as { title: string; updatedAt: string }[]
  }
  const titles = async (token: string) => (await queueOf(token)).map(({ title }) => title)

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    both = await addStaffUser(api, tokens.admin, {
      email: 'both@test.example',
      name: 'İkili rol',
      roles: ['editor', 'reviewer'],
    })
    await createChannelKeys(api, tokens.admin)
    const create = async (collection: 'articles' | 'videos', title: string, token: string) => {
      const created = await api.post(`/api/${collection}`, {
        token,
        json:
          collection === 'videos'
            ? { title, sourceType: 'external', externalUrl: 'https://video.example.org/1' }
            : { title },
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      return created.body.doc.id as number | string
    }
    ids.first = await create('articles', 'Növbə: birinci', tokens.editor)
    // A translation does not change the title the queue shows: the editors' original.
    await api.patch(`/api/articles/${ids.first}?locale=en&draft=true`, {
      token: tokens.translator,
      json: { title: 'Queue: first' },
    })
    await takeAction(api, tokens.editor, 'articles', ids.first, 'submit')
    ids.ownWork = await create('videos', 'Növbə: öz işim', both)
    await takeAction(api, both, 'videos', ids.ownWork, 'submit')
    ids.draft = await create('articles', 'Növbə: qaralama', tokens.editor)
    ids.approved = await create('articles', 'Növbə: təsdiqlənmiş', tokens.editor)
    await takeAction(api, tokens.editor, 'articles', ids.approved, 'submit')
    const approved = await takeAction(api, tokens.reviewer, 'articles', ids.approved, 'approve')
    expect(approved.status).toBe(200)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should list what a reviewer may approve now, oldest first, with its author and link', async () => {
    const queue = await queueOf(tokens.reviewer)
    expect(queue).toEqual([
      {
        collection: 'articles',
        id: ids.first,
        title: 'Növbə: birinci',
        updatedAt: expect.any(String),
        author: 'Test editor',
        link: `${server.url}/admin/collections/articles/${ids.first}`,
      },
      {
        collection: 'videos',
        id: ids.ownWork,
        title: 'Növbə: öz işim',
        updatedAt: expect.any(String),
        author: 'İkili rol',
        link: `${server.url}/admin/collections/videos/${ids.ownWork}`,
      },
    ])
    expect(queue[0].updatedAt < queue[1].updatedAt).toBe(true)
  })

  it('should leave out a reviewer’s own work, and show an editor nothing', async () => {
    expect(await titles(both)).toEqual(['Növbə: birinci'])
    expect(await titles(tokens.editor)).toEqual([])
    expect(await titles(tokens.translator)).toEqual([])
    // An admin may approve anything (recorded as an override where roles alone would not allow it).
    expect(await titles(tokens.admin)).toEqual(['Növbə: birinci', 'Növbə: öz işim'])
  })

  it('should follow the workflow: an item leaves the queue once approved or sent back', async () => {
    await takeAction(api, tokens.reviewer, 'articles', ids.first, 'request-changes', 'Qısaldın.')
    expect(await titles(tokens.reviewer)).toEqual(['Növbə: öz işim'])
    await takeAction(api, tokens.editor, 'articles', ids.first, 'submit')
    expect(await titles(tokens.reviewer)).toEqual(['Növbə: öz işim', 'Növbə: birinci'])
  })

  it('should hand a story approved by one organisation to the other organisation’s reviewers', async () => {
    const id = await submittedStory(api, tokens, 'Növbə: hekayə')
    expect(await titles(tokens.departmentReviewer)).toContain('Növbə: hekayə')
    await takeAction(api, tokens.reviewer, 'stories', id, 'approve', {
      checklist: confirmedChecklist,
    })
    expect(await titles(tokens.reviewer)).not.toContain('Növbə: hekayə')
    expect(await titles(tokens.departmentReviewer)).toContain('Növbə: hekayə')
  })

  it('should refuse anonymous callers (401) and API keys (403)', async () => {
    const anonymous = await api.get('/api/review-queue')
    expect(anonymous.status).toBe(401)
    for (const principal of ['partners', 'screens'] as const)
      expect((await api.get('/api/review-queue', { headers: asKey(principal) })).status).toBe(403)
  })
})

describe('GET /api/my-work', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  type Entry = {
    id: number | string
    title: string
    locale?: string
    comment?: string
    link: string
  }
  type Lists = Record<'drafts' | 'changesRequested' | 'toTranslate' | 'needingUpdate', Entry[]>

  const workOf = async (token: string) => {
    const response = await api.get('/api/my-work', { token })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body as Partial<Lists> & { waitingForReview?: { title: string }[] }
  }
  const article = async (title: string, token = tokens.editor) => {
    const created = await api.post('/api/articles', { token, json: { title } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number | string
  }
  const keys = (entries: Entry[] = []) => entries.map(({ id, locale }) => `${id}/${locale ?? ''}`)

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    await createChannelKeys(api, tokens.admin)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it("should give an editor their drafts and their items sent back, with the reviewer's comment", async () => {
    const draft = await article('İş: qaralama')
    const othersDraft = await article('İş: başqasının', tokens.admin)
    const sentBack = await article('İş: geri qaytarılıb')
    expect((await takeAction(api, tokens.editor, 'articles', sentBack, 'submit')).status).toBe(200)
    const comment = 'Mənbəni göstərin.'
    const requested = await takeAction(
      api,
      tokens.reviewer,
      'articles',
      sentBack,
      'request-changes',
      comment,
    )
    expect(requested.status).toBe(200)

    const work = await workOf(tokens.editor)
    expect(Object.keys(work).sort()).toEqual(['changesRequested', 'drafts'])
    expect(keys(work.drafts)).toEqual([`${draft}/`])
    expect(work.drafts![0]).toMatchObject({
      title: 'İş: qaralama',
      link: `${server.url}/admin/collections/articles/${draft}`,
    })
    expect(keys(work.drafts)).not.toContain(`${othersDraft}/`)
    expect(work.changesRequested).toEqual([
      expect.objectContaining({ id: sentBack, title: 'İş: geri qaytarılıb', comment }),
    ])
  })

  it('should give a translator the languages to write and those behind a changed original', async () => {
    const id = await article('İş: tərcümə')
    expect((await takeAction(api, tokens.editor, 'articles', id, 'submit')).status).toBe(200)
    let work = await workOf(tokens.translator)
    expect(Object.keys(work).sort()).toEqual(['needingUpdate', 'toTranslate'])
    expect(keys(work.toTranslate)).toEqual(expect.arrayContaining([`${id}/en`, `${id}/ru`]))
    expect(work.toTranslate!.find((entry) => entry.id === id && entry.locale === 'en')!.link).toBe(
      `${server.url}/admin/collections/articles/${id}?locale=en`,
    )

    await saveDraft(api, tokens.translator, 'articles', id, 'en', { title: 'Work: translation' })
    expect(
      (await takeAction(api, tokens.translator, 'articles', id, 'mark-ready', { locale: 'en' }))
        .status,
    ).toBe(200)
    work = await workOf(tokens.translator)
    expect(keys(work.toTranslate)).not.toContain(`${id}/en`)
    expect(keys(work.needingUpdate)).not.toContain(`${id}/en`)

    await saveDraft(api, tokens.editor, 'articles', id, 'az', { title: 'İş: tərcümə (yeni)' })
    work = await workOf(tokens.translator)
    expect(keys(work.needingUpdate)).toContain(`${id}/en`)
    expect(keys(work.toTranslate)).toContain(`${id}/ru`)
  })

  it('should give a reviewer what waits for them, and an admin every list', async () => {
    const id = await article('İş: rəy')
    await takeAction(api, tokens.editor, 'articles', id, 'submit')
    const reviewer = await workOf(tokens.reviewer)
    expect(Object.keys(reviewer)).toEqual(['waitingForReview'])
    expect(reviewer.waitingForReview!.map(({ title }) => title)).toContain('İş: rəy')
    expect(Object.keys(await workOf(tokens.admin)).sort()).toEqual([
      'changesRequested',
      'drafts',
      'needingUpdate',
      'toTranslate',
      'waitingForReview',
    ])
  })

  it('should refuse anonymous callers (401) and API keys (403)', async () => {
    expect((await api.get('/api/my-work')).status).toBe(401)
    for (const principal of ['partners', 'screens'] as const)
      expect((await api.get('/api/my-work', { headers: asKey(principal) })).status).toBe(403)
  })
})
