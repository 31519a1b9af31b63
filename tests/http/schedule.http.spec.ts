import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'

import type { ApiClient } from '../helpers/api'
import { startServer, type RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { takeAction } from '../helpers/workflow'

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

describe('scheduled publishing over HTTP (scheduler off)', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Record<Role, string>
  const partnerKey = 'partner-key-schedule-0123456789'

  const newArticle = async (json: Record<string, unknown>) => {
    const created = await api.post('/api/articles', { token: tokens.editor, json })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number | string
  }
  const approve = async (id: number | string) => {
    expect((await takeAction(api, tokens.editor, 'articles', id, 'submit')).status).toBe(200)
    expect((await takeAction(api, tokens.reviewer, 'articles', id, 'approve')).status).toBe(200)
  }

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    const partner = await api.post('/api/partners', {
      token: tokens.admin,
      json: {
        name: 'Cədvəl portalı',
        contentTypes: ['articles'],
        languages: ['az'],
        enableAPIKey: true,
        apiKey: partnerKey,
      },
    })
    expect(partner.status).toBe(201)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should say at start that the scheduler is off', () => {
    expect(server.output()).toMatch(/Scheduler off/)
  })

  it('should refuse a manual publish before publishAt with a 409 that says when it goes out', async () => {
    const publishAt = '2099-03-01T06:30:00.000Z'
    const id = await newArticle({ title: 'Bahar kampaniyası', publishAt })
    await approve(id)

    const early = await takeAction(api, tokens.reviewer, 'articles', id, 'publish')
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toBe(
      'Scheduled: it goes out on 1 March 2099 at 10:30 (Baku time) by itself; the approval is all it needs.',
    )
    expect((await takeAction(api, tokens.admin, 'articles', id, 'publish')).status).toBe(409)
    expect((await api.get(`/api/articles/${id}`)).status).toBe(404)
    const buttons = await api.get(`/api/articles/${id}/workflow`, { token: tokens.reviewer })
    expect(buttons.body.actions.find((a: any) => a.action === 'publish')).toMatchObject({
      isAllowed: false,
      reason: expect.stringMatching(/^Scheduled: it goes out on 1 March 2099/),
    })

    // Moving the date is an edit: the approval goes, and the item is reviewed again.
    await api.patch(`/api/articles/${id}?draft=true`, {
      token: tokens.editor,
      json: { publishAt: minutesFromNow(-1) },
    })
    const doc = (await api.get(`/api/articles/${id}?draft=true`, { token: tokens.editor })).body
    expect(doc.workflow.stage).toBe('in-review')
    await takeAction(api, tokens.reviewer, 'articles', id, 'approve')
    expect((await takeAction(api, tokens.reviewer, 'articles', id, 'publish')).status).toBe(200)
  })

  it('should answer bad dates with a 400 that says what is wrong, and write nothing', async () => {
    const id = await newArticle({ title: 'Tarixlər' })
    const cases = [
      {
        json: { publishAt: '2099-03-02T08:00:00Z', unpublishAt: '2099-03-01T08:00:00Z' },
        path: 'unpublishAt',
        message: 'Unpublish at must be later than publish at.',
      },
      {
        json: { publishAt: '2099-03-01T08:00:00Z', unpublishAt: '2099-03-01T08:00:00Z' },
        path: 'unpublishAt',
        message: 'Unpublish at must be later than publish at.',
      },
      { json: { publishAt: 'sabah' }, path: 'publishAt', message: /not a valid date/ },
      { json: { unpublishAt: '2099-13-45' }, path: 'unpublishAt', message: /not a valid date/ },
      { json: { publishAt: 1760000000000 }, path: 'publishAt', message: /must be text/ },
    ]
    for (const { json, path, message } of cases) {
      const response = await api.patch(`/api/articles/${id}?draft=true`, {
        token: tokens.editor,
        json,
      })
      expect(response.status, JSON.stringify(response.body)).toBe(400)
      const problems = response.body.errors[0].data.errors
      expect(problems).toContainEqual(
        expect.objectContaining({ path, message: expect.stringMatching(message) }),
      )
    }
    const created = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Yanlış', publishAt: '2099-03-02', unpublishAt: '2099-03-01' },
    })
    expect(created.status).toBe(400)
    const doc = (await api.get(`/api/articles/${id}?draft=true`, { token: tokens.editor })).body
    expect([doc.publishAt ?? null, doc.unpublishAt ?? null]).toEqual([null, null])
  })

  it('should list overdue scheduled actions for admins, editors and reviewers only', async () => {
    const id = await newArticle({ title: 'Vaxtı keçib', publishAt: minutesFromNow(-10) })
    await approve(id)

    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      const listed = await api.get('/api/schedule/overdue', { token: tokens[role] })
      expect(listed.status).toBe(200)
      expect(listed.body.items).toContainEqual({
        collection: 'articles',
        id,
        title: 'Vaxtı keçib',
        action: 'publish',
        dueAt: expect.any(String),
      })
    }

    const anonymous = await api.get('/api/schedule/overdue')
    expect(anonymous.status).toBe(401)
    const refused = await api.get('/api/schedule/overdue', { token: tokens.translator })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(
      'Only admins, editors and reviewers see overdue scheduled actions.',
    )
    const withKey = await api.get('/api/schedule/overdue', {
      headers: { authorization: `partners API-Key ${partnerKey}` },
    })
    expect(withKey.status).toBe(403)
  })

  it('should let only admins start the job runner by hand, and nobody touch its jobs', async () => {
    const byEditor = await api.get('/api/payload-jobs/run?queue=schedule', { token: tokens.editor })
    expect(byEditor.status).toBe(401)
    expect((await api.get('/api/payload-jobs/run?queue=schedule')).status).toBe(401)
    expect((await api.get('/api/payload-jobs', { token: tokens.admin })).status).toBe(403)
    // When the next sweep is due is the runner's own record: nobody reads or moves it.
    for (const token of [tokens.editor, tokens.admin]) {
      expect((await api.get('/api/globals/payload-jobs-stats', { token })).status).toBe(403)
      const moved = await api.post('/api/globals/payload-jobs-stats', {
        token,
        json: { stats: { scheduledRuns: {} } },
      })
      expect(moved.status).toBe(403)
    }
    const viaGraphql = await api.graphql(
      'mutation { updatePayloadJobsStat(data: { stats: {} }) { stats } }',
      tokens.editor,
    )
    expect(viaGraphql.body.errors?.[0]?.message).toMatch(/not allowed/)
    expect(
      (await api.get('/api/payload-jobs/run?queue=schedule', { token: tokens.admin })).status,
    ).toBe(200)
  })
})

describe('the scheduler in a running server', () => {
  it('should start with the server unless SCHEDULER=off', async () => {
    const server = await startServer({ SCHEDULER: undefined })
    try {
      expect(server.output()).toMatch(/Scheduler on/)
    } finally {
      await server.stop()
    }
  })
})
