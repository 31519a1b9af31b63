import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPassword, type ApiClient, type Tokens } from '../helpers/api'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, takeAction } from '../helpers/workflow'

describe('the approval workflow over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  const newArticle = async (title: string, token = tokens.editor) => {
    const created = await api.post('/api/articles', { token, json: { title } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number | string
  }
  const stageOf = async (id: number | string) =>
    (await api.get(`/api/articles/${id}?draft=true`, { token: tokens.admin })).body.workflow.stage
  const isPublic = async (id: number | string) =>
    (await api.get(`/api/articles/${id}`)).status === 200
  const auditOf = async (id: number | string) =>
    (
      await api.get(`/api/audit-log?where[targetId][equals]=${id}&sort=at&limit=100`, {
        token: tokens.admin,
      })
    ).body.docs

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should take an item from draft to the public only through submit, approve and publish', async () => {
    const id = await newArticle('Yol xəritəsi')
    expect(await stageOf(id)).toBe('draft')
    expect(await isPublic(id)).toBe(false)

    expect((await takeAction(api, tokens.editor, 'articles', id, 'submit')).body).toEqual({
      stage: 'in-review',
      isOverride: false,
    })
    expect(await isPublic(id)).toBe(false)
    expect((await takeAction(api, tokens.reviewer, 'articles', id, 'approve')).body.stage).toBe(
      'approved',
    )
    expect(await isPublic(id)).toBe(false)
    expect((await takeAction(api, tokens.reviewer, 'articles', id, 'publish')).body.stage).toBe(
      'published',
    )
    expect(await isPublic(id)).toBe(true)

    const entries = await auditOf(id)
    expect(entries.map((e: any) => [e.action, e.fromStage, e.toStage, e.isOverride])).toEqual([
      ['submit', 'draft', 'in-review', false],
      ['approve', 'in-review', 'approved', false],
      ['publish', 'approved', 'published', false],
    ])
    expect(entries[1].actor.email).toBe('reviewer@test.example')
    expect(entries[1].contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(entries[2].contentHash).toBe(entries[1].contentHash)
  })

  it('should refuse a save that is not a draft: it would replace or take down the live version', async () => {
    const id = await newArticle('Canlı versiya')
    await publishThroughWorkflow(api, tokens, 'articles', id)
    for (const [token, json] of [
      [tokens.editor, { title: 'Yoxlanmamış mətn' }],
      [tokens.editor, { title: 'Yoxlanmamış mətn', _status: 'draft' }],
      [tokens.admin, { title: 'Yoxlanmamış mətn' }],
    ] as const) {
      const save = await api.patch(`/api/articles/${id}`, { token, json })
      expect(save.status).toBe(403)
      expect(save.body.errors[0].message).toMatch(/save your changes as a draft \(\?draft=true/)
    }
    const live = await api.get(`/api/articles/${id}`)
    expect([live.status, live.body.title]).toEqual([200, 'Canlı versiya'])
    expect(await stageOf(id)).toBe('published')
  })

  it('should refuse to publish by saving, and ignore a stage sent with a save', async () => {
    const id = await newArticle('Qısa yol')
    const published = await api.patch(`/api/articles/${id}`, {
      token: tokens.reviewer,
      json: { _status: 'published' },
    })
    expect(published.status).toBe(403)
    const byAdmin = await api.patch(`/api/articles/${id}`, {
      token: tokens.admin,
      json: { _status: 'published' },
    })
    expect(byAdmin.status).toBe(403)
    expect(byAdmin.body.errors[0].message).toMatch(/Publishing is a workflow action/)
    const created = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'x', _status: 'published' },
    })
    expect(created.status).toBe(403)

    await api.patch(`/api/articles/${id}?draft=true`, {
      token: tokens.editor,
      json: { title: 'Qısa yol 2', workflow: { stage: 'approved', approvedHash: 'forged' } },
    })
    expect(await stageOf(id)).toBe('draft')
    expect((await takeAction(api, tokens.reviewer, 'articles', id, 'publish')).status).toBe(409)
    expect(await isPublic(id)).toBe(false)
  })

  it('should refuse self-approval, and let an admin override it on the record', async () => {
    const both = await api.post('/api/users', {
      token: tokens.admin,
      json: {
        email: 'both@test.example',
        password: testPassword,
        name: 'İkili rol',
        roles: ['editor', 'reviewer'],
      },
    })
    expect(both.status).toBe(201)
    const token = (
      await api.post('/api/users/login', {
        json: { email: 'both@test.example', password: testPassword },
      })
    ).body.token
    const id = await newArticle('Öz işim', token)
    await takeAction(api, token, 'articles', id, 'submit')
    const refused = await takeAction(api, token, 'articles', id, 'approve')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(
      'Nobody approves their own work: you wrote or last edited this item.',
    )

    // Last edited by the reviewer's colleague is also "own work" for that colleague.
    const other = await newArticle('Başqasının işi')
    await api.patch(`/api/articles/${other}?draft=true`, {
      token,
      json: { title: 'Başqasının işi, düzəliş' },
    })
    await takeAction(api, tokens.editor, 'articles', other, 'submit')
    expect((await takeAction(api, token, 'articles', other, 'approve')).status).toBe(403)

    const adminsOwn = await newArticle('Adminin işi', tokens.admin)
    await takeAction(api, tokens.admin, 'articles', adminsOwn, 'submit')
    const override = await takeAction(api, tokens.admin, 'articles', adminsOwn, 'approve')
    expect(override.body).toMatchObject({ stage: 'approved', isOverride: true })
    const entries = await auditOf(adminsOwn)
    expect(entries.map((e: any) => [e.action, e.isOverride])).toEqual([
      ['submit', true],
      ['approve', true],
    ])
  })

  it('should send an edited approved item back to review, and keep the live version until the new one is approved', async () => {
    const id = await newArticle('Birinci variant')
    await publishThroughWorkflow(api, tokens, 'articles', id)

    const edit = await api.patch(`/api/articles/${id}?draft=true`, {
      token: tokens.editor,
      json: { title: 'İkinci variant' },
    })
    expect(edit.status).toBe(200)
    expect(await stageOf(id)).toBe('in-review')
    expect((await api.get(`/api/articles/${id}`)).body.title).toBe('Birinci variant')

    expect((await takeAction(api, tokens.reviewer, 'articles', id, 'approve')).status).toBe(200)
    await api.patch(`/api/articles/${id}?draft=true`, {
      token: tokens.editor,
      json: { title: 'Üçüncü variant' },
    })
    expect(await stageOf(id)).toBe('in-review')
    const stale = await takeAction(api, tokens.reviewer, 'articles', id, 'publish')
    expect(stale.status).toBe(409)
    expect((await api.get(`/api/articles/${id}`)).body.title).toBe('Birinci variant')

    // A save that changes nothing does not cost an approval.
    await takeAction(api, tokens.reviewer, 'articles', id, 'approve')
    await api.patch(`/api/articles/${id}?draft=true`, {
      token: tokens.editor,
      json: { title: 'Üçüncü variant' },
    })
    expect(await stageOf(id)).toBe('approved')
    await takeAction(api, tokens.reviewer, 'articles', id, 'publish')
    expect((await api.get(`/api/articles/${id}`)).body.title).toBe('Üçüncü variant')
  })

  it('should take an item off the public at once when unpublished, and archive only what is not live', async () => {
    const id = await newArticle('Müvəqqəti')
    await publishThroughWorkflow(api, tokens, 'articles', id)
    expect((await takeAction(api, tokens.editor, 'articles', id, 'archive')).status).toBe(409)
    expect((await takeAction(api, tokens.editor, 'articles', id, 'unpublish')).status).toBe(403)
    expect((await takeAction(api, tokens.reviewer, 'articles', id, 'unpublish')).body.stage).toBe(
      'unpublished',
    )
    expect(await isPublic(id)).toBe(false)
    const graphql = await api.graphql(`{ Article(id: ${JSON.stringify(id)}) { title } }`)
    expect(graphql.body.data?.Article ?? null).toBeNull()
    expect((await takeAction(api, tokens.editor, 'articles', id, 'archive')).body.stage).toBe(
      'archived',
    )
    expect((await takeAction(api, tokens.editor, 'articles', id, 'restore')).body.stage).toBe(
      'draft',
    )
  })

  it('should require a comment to request changes, and keep it for the author', async () => {
    const id = await newArticle('Düzəliş lazımdır')
    await takeAction(api, tokens.editor, 'articles', id, 'submit')
    const noComment = await takeAction(api, tokens.reviewer, 'articles', id, 'request-changes')
    expect(noComment.status).toBe(400)
    expect(noComment.body.errors[0].message).toMatch(/needs a comment/)
    const sentBack = await takeAction(
      api,
      tokens.reviewer,
      'articles',
      id,
      'request-changes',
      'Mənbəni göstərin.',
    )
    expect(sentBack.body.stage).toBe('changes-requested')
    const doc = (await api.get(`/api/articles/${id}?draft=true`, { token: tokens.editor })).body
    expect(doc.workflow.comment).toBe('Mənbəni göstərin.')
  })

  it('should list what the current user may do, with the reasons for what they may not', async () => {
    const id = await newArticle('Düymələr')
    const asEditor = await api.get(`/api/articles/${id}/workflow`, { token: tokens.editor })
    expect(asEditor.status).toBe(200)
    expect(asEditor.body.stage).toBe('draft')
    expect(asEditor.body.actions.filter((a: any) => a.isAllowed).map((a: any) => a.action)).toEqual(
      ['submit', 'archive'],
    )
    expect(asEditor.body.actions.find((a: any) => a.action === 'approve').reason).toMatch(
      /Cannot approve an item that is draft/,
    )
  })

  it('should let translators change only their own language, never Azerbaijani or shared fields', async () => {
    const video = await api.post('/api/videos', {
      token: tokens.editor,
      json: {
        title: 'Videoçarx',
        sourceType: 'external',
        externalUrl: 'https://video.example.org/1',
        duration: 60,
      },
    })
    const id = video.body.doc.id
    const az = await api.patch(`/api/videos/${id}?draft=true`, {
      token: tokens.translator,
      json: { title: 'Dəyişdim' },
    })
    expect(az.status).toBe(403)
    expect(az.body.errors[0].message).toMatch(/Translators edit the other languages/)
    const shared = await api.patch(`/api/videos/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      json: { title: 'Video clip', duration: 5 },
    })
    expect(shared.status).toBe(403)
    expect(shared.body.errors[0].message).toMatch(/fields shared by every language/)
    // The admin sends every field; unchanged shared values are fine.
    const en = await api.patch(`/api/videos/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      json: { title: 'Video clip', duration: 60, sourceType: 'external' },
    })
    expect(en.status).toBe(200)
    const all = (await api.get(`/api/videos/${id}?draft=true&locale=all`, { token: tokens.editor }))
      .body
    expect(all.title).toEqual({ az: 'Videoçarx', en: 'Video clip' })
    expect(all.duration).toBe(60)
    expect(
      (await api.post(`/api/videos/${id}/workflow/submit`, { token: tokens.translator, json: {} }))
        .status,
    ).toBe(403)
  })

  it('should answer bad calls with clear 4xx', async () => {
    const id = await newArticle('Səhv çağırışlar')
    expect((await takeAction(api, tokens.editor, 'articles', id, 'teleport' as never)).status).toBe(
      404,
    )
    expect((await takeAction(api, tokens.editor, 'articles', 'not-an-id', 'submit')).status).toBe(
      404,
    )
    expect((await takeAction(api, tokens.editor, 'articles', 999999, 'submit')).status).toBe(404)
    expect((await api.post(`/api/articles/${id}/workflow/submit`)).status).toBe(401)
    expect((await api.get(`/api/articles/${id}/workflow`)).status).toBe(401)
    const badBody = await fetch(`${server.url}/api/articles/${id}/workflow/submit`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
      body: '[1, 2',
    })
    expect(badBody.status).toBe(400)
    const badComment = await api.post(`/api/articles/${id}/workflow/submit`, {
      token: tokens.editor,
      json: { comment: 42 },
    })
    expect(badComment.status).toBe(400)
    expect(await stageOf(id)).toBe('draft')
  })

  it('should keep the audit log read-only for everyone, admins included', async () => {
    const [entry] = (await api.get('/api/audit-log?limit=1', { token: tokens.admin })).body.docs
    expect(entry).toBeDefined()
    expect(
      (
        await api.post('/api/audit-log', {
          token: tokens.admin,
          json: {
            action: 'forged',
            targetCollection: 'x',
            targetId: '1',
            at: new Date().toISOString(),
          },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api.patch(`/api/audit-log/${entry.id}`, {
          token: tokens.admin,
          json: { comment: 'edited' },
        })
      ).status,
    ).toBe(403)
    expect((await api.del(`/api/audit-log/${entry.id}`, { token: tokens.admin })).status).toBe(403)
    const mutation = await api.graphql(
      `mutation { deleteAuditLog(id: ${JSON.stringify(entry.id)}) { id } }`,
      tokens.admin,
    )
    expect(mutation.body.errors[0].message).toMatch(/not allowed/)
    expect((await api.get('/api/audit-log', { token: tokens.editor })).status).toBe(403)
    expect((await api.get('/api/audit-log')).status).toBe(403)
    expect(
      (await api.get(`/api/audit-log/${entry.id}`, { token: tokens.admin })).body.comment ?? null,
    ).not.toBe('edited')
  })
})
