import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addStaffUser, type ApiClient, type Tokens } from '../helpers/api'
import { asKey } from '../helpers/channelKeys'
import { confirmedChecklist, fullConsent } from '../helpers/fixtures'
import { reviewerTakes, submittedStory, takeAction } from '../helpers/workflow'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'

describe('attack review of the admin change (issue 21)', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  const auth = (token: string) => ({ authorization: `JWT ${token}` })

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
    // Names that sort the other way round from their addresses.
    await addStaffUser(api, tokens.admin, { email: 'aaa@test.example', name: 'Zülfiyyə', roles: ['editor'] })
    await addStaffUser(api, tokens.admin, { email: 'zzz@test.example', name: 'Abbas', roles: ['editor'] })
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
  })

  it("should refuse an admin's sign-off override whose reason is only invisible characters", async () => {
    for (const reason of ['\u200B', '\u00AD\u2060', ' \uFEFF\u200B ']) {
      const id = await submittedStory(api, tokens, 'Görünməz səbəb')
      await reviewerTakes(api, tokens, 'stories', id, 'approve', { checklist: confirmedChecklist })
      const override = await takeAction(api, tokens.admin, 'stories', id, 'approve', {
        comment: reason,
        checklist: confirmedChecklist,
      })
      expect(override.status, JSON.stringify(override.body)).toBe(400)
      const state = await api.get(`/api/stories/${id}/workflow`, { token: tokens.admin })
      expect(state.body.stage).toBe('in-review')
    }
    // A reason in words still does it.
    const id = await submittedStory(api, tokens, 'Yazılı səbəb')
    await reviewerTakes(api, tokens, 'stories', id, 'approve', { checklist: confirmedChecklist })
    const override = await takeAction(api, tokens.admin, 'stories', id, 'approve', {
      comment: 'İdarənin rəyçisi məzuniyyətdədir',
      checklist: confirmedChecklist,
    })
    expect(override.status, JSON.stringify(override.body)).toBe(200)
    expect(override.body.isOverride).toBe(true)
  })

  it("should keep people's addresses from other staff in every query form", async () => {
    for (const q of [
      'sort=email',
      'sort=-email',
      'where[email][like]=aaa',
      'where[email][exists]=true',
      'where[or][0][email][like]=zzz',
      'where[sessions.id][exists]=true',
      'sort=sessions.id',
      'where[hash][exists]=true',
      'where[resetPasswordToken][exists]=true',
    ]) {
      const r = await api.get(`/api/users?${q}`, { token: tokens.translator })
      expect(r.status, q).toBe(400)
    }
    const listed = await api.get('/api/users?select[email]=true&limit=50&depth=2', {
      token: tokens.reviewer,
    })
    expect(listed.status).toBe(200)
    const shown = listed.body.docs.map((d: any) => d.email).filter(Boolean)
    expect(shown).toEqual(['reviewer@test.example'])
    for (const q of [
      '/api/stories?draft=true&where[workflow.author.email][like]=editor',
      '/api/audit-log?where[actor.email][like]=editor',
      '/api/audit-log?sort=actor.email',
    ]) {
      const r = await api.get(q, { token: tokens.reviewer })
      expect(r.status, q).toBe(400)
    }
    const audit = await api.get('/api/audit-log?depth=2&limit=100', { token: tokens.reviewer })
    expect(JSON.stringify(audit.body)).not.toMatch(/(admin|editor|aaa|zzz)@test\.example/)
    const gql = await api.graphql('{ Users(sort:"email") { docs { id name email } } }', tokens.translator)
    expect(JSON.stringify(gql.body)).not.toMatch(/(admin|editor|aaa|zzz)@test\.example/)
    const partner = await api.get('/api/users', { headers: asKey('partners') })
    expect([401, 403]).toContain(partner.status)
    expect(JSON.stringify(partner.body)).not.toMatch(/@test\.example/)
  })

  it('should answer the new endpoints with a 4xx for strangers and bad ids, never a 500', async () => {
    const id = await submittedStory(api, tokens, 'Yad adam')
    for (const [path, headers, want] of [
      [`/api/stories/${id}/workflow`, {}, [401]],
      [`/api/stories/${id}/workflow`, asKey('partners'), [401, 403]],
      [`/api/stories/${id}/workflow`, asKey('screens'), [401, 403]],
      ['/api/stories/abc/workflow', auth(tokens.editor), [404]],
      ['/api/stories/99999999/workflow', auth(tokens.editor), [404]],
      ['/api/nothing/1/workflow', auth(tokens.editor), [404]],
      [`/api/stories/${id}/workflow?locale=all&depth=9`, auth(tokens.translator), [400]],
      [`/api/stories/${id}/workflow?locale=all&depth=5`, auth(tokens.translator), [200]],
      [`/api/stories/${id}/workflow?locale=xx`, auth(tokens.translator), [400]],
      ['/api/my-work', {}, [401]],
      ['/api/my-work', asKey('partners'), [401, 403]],
      ['/api/my-work?locale=all', auth(tokens.reviewer), [200]],
      ['/api/schedule/overdue', {}, [401]],
      ['/api/schedule/overdue', auth(tokens.translator), [403]],
      ['/api/schedule/overdue', asKey('partners'), [401, 403]],
    ] as const) {
      const r = await api.get(path, { headers: headers as Record<string, string> })
      expect(want, `${path} ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`).toContain(r.status)
    }
  })

  it("should keep a translator's save to its own languages, and the zone column to Baku", async () => {
    const id = await submittedStory(api, tokens, 'Tərcüməçinin həddi')
    for (const [locale, json] of [
      ['az', { title: 'Dəyişdirilmiş' }],
      ['en', { consent: { ...fullConsent, channels: ['website'] } }],
      ['en', { pseudonym: 'Başqa' }],
      ['en', { publishAt: '2030-01-01T00:00:00.000Z' }],
      ['en', { publishAt_tz: 'Europe/Moscow' }],
      ['all', { title: { az: 'x', en: 'y' } }],
    ] as const) {
      const r = await api.patch(`/api/stories/${id}?locale=${locale}&draft=true`, {
        token: tokens.translator,
        json,
      })
      expect([400, 403], `${locale} ${JSON.stringify(json)} ${r.status}`).toContain(r.status)
    }
    const saved = await api.get(`/api/stories/${id}?draft=true&locale=az`, { token: tokens.admin })
    expect(saved.body.title).toBe('Tərcüməçinin həddi')
    expect(saved.body.pseudonym).toBe('Aygün')
    expect(saved.body.consent.channels).toHaveLength(4)

    const article = await api.post('/api/articles', { token: tokens.editor, json: { title: 'Zona' } })
    const articleId = article.body.doc.id
    for (const json of [
      { publishAt_tz: 'Europe/Moscow' },
      { publishAt_tz: { $ne: 1 } },
      { publishAt_tz: "Asia/Baku'; DROP TABLE articles; --" },
      { publishAt: 'not a date' },
      { publishAt: { $gt: '' } },
    ]) {
      const r = await api.patch(`/api/articles/${articleId}?draft=true`, {
        token: tokens.editor,
        json,
      })
      expect(r.status, `${JSON.stringify(json)} ${JSON.stringify(r.body).slice(0, 200)}`).toBe(400)
    }
    const after = await api.get(`/api/articles/${articleId}?draft=true`, { token: tokens.admin })
    expect(after.body.publishAt_tz ?? 'Asia/Baku').toBe('Asia/Baku')
  })
  it('should not let a bulk or direct save complete a sign-off or forge an override', async () => {
    const id = await submittedStory(api, tokens, 'Toplu yol')
    await reviewerTakes(api, tokens, 'stories', id, 'approve', { checklist: confirmedChecklist })
    const forged = {
      workflow: {
        stage: 'approved',
        signOffs: [{ userId: '1', organisation: 'department', at: new Date().toISOString(), hash: 'x' }],
        approvedHash: 'x',
      },
    }
    for (const [path, token] of [
      [`/api/stories/${id}?draft=true`, tokens.admin],
      [`/api/stories?draft=true&where[id][equals]=${id}`, tokens.admin],
      [`/api/stories/${id}?draft=true`, tokens.editor],
    ] as const) {
      const r = await api.patch(path, { token, json: forged })
      expect([400, 403], `${path} ${r.status}`).toContain(r.status)
    }
    const state = await api.get(`/api/stories/${id}/workflow`, { token: tokens.admin })
    expect(state.body.stage).toBe('in-review')
    expect(state.body.signOffs.map((s: any) => s.organisation)).toEqual(['campaign'])
    // The panel offers the admin the approval only with a reason.
    const approve = state.body.actions.find((a: any) => a.action === 'approve')
    expect(approve.needsOverrideReason).toBe(true)
    const bare = await takeAction(api, tokens.admin, 'stories', id, 'approve', {
      comment: '   ',
      checklist: confirmedChecklist,
    })
    expect(bare.status).toBe(400)
    expect((await api.get(`/api/stories/${id}`)).status).not.toBe(200)
  })
})
