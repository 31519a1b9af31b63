import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addStaffUser, type ApiClient, type Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { confirmedChecklist } from '../helpers/fixtures'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { submittedStory, takeAction } from '../helpers/workflow'

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
