import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { fullConsent } from '../helpers/fixtures'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { publishThroughWorkflow, reviewerTakes } from '../helpers/workflow'

/**
 * An attacker's (or a careless admin's) ways to make something public without the workflow, and
 * so without a ledger entry: each must be refused, and nothing may become public.
 */
describe('nothing becomes public around the ledger', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens

  const isPublic = async (collection: string, id: string) =>
    (await api.get(`/api/${collection}/${id}?locale=az`)).status === 200
  const entriesOf = async (item: string) =>
    (
      await api.get(`/api/publication-ledger?where[item][equals]=${item}&limit=100`, {
        token: tokens.admin,
      })
    ).body.docs.length as number

  beforeAll(async () => {
    ;({ server, api, tokens } = await startStaffServer())
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should not let a published version be restored once the item is down', async () => {
    const created = await api.post('/api/stories', {
      token: tokens.editor,
      json: { title: 'Restored after withdrawal?', pseudonym: 'Arzu', consent: fullConsent },
    })
    const id = String(created.body.doc.id)
    await publishThroughWorkflow(api, tokens, 'stories', id)
    const versions = await api.get(
      `/api/stories/versions?where[parent][equals]=${id}&where[version._status][equals]=published&depth=0`,
      { token: tokens.admin },
    )
    expect(versions.status).toBe(200)
    const publishedVersion = versions.body.docs[0].id
    await reviewerTakes(api, tokens, 'stories', id, 'withdraw-consent', 'She asked us to')
    expect(await isPublic('stories', id)).toBe(false)
    const before = await entriesOf(`stories:${id}`)
    for (const token of [tokens.admin, tokens.editor, tokens.reviewer]) {
      const restored = await api.post(`/api/stories/versions/${publishedVersion}`, { token })
      expect(restored.status, JSON.stringify(restored.body)).toBeGreaterThanOrEqual(400)
      expect(restored.status).toBeLessThan(500)
    }
    expect(await isPublic('stories', id)).toBe(false)
    expect(await entriesOf(`stories:${id}`)).toBe(before)
  })

  it('should not publish on create, nor by a save that names the live status', async () => {
    const withWorkflow = await api.post('/api/articles', {
      token: tokens.admin,
      json: { title: 'Live on create?', workflow: { publishedLocales: ['az'] } },
    })
    expect(withWorkflow.status).toBe(403)
    const liveOnCreate = await api.post('/api/articles', {
      token: tokens.admin,
      json: { title: 'Published on create?', _status: 'published' },
    })
    expect(liveOnCreate.status).toBe(403)
    const created = await api.post('/api/articles', {
      token: tokens.admin,
      json: { title: 'A draft' },
    })
    expect(created.status).toBe(201)
    const id = String(created.body.doc.id)
    expect(await isPublic('articles', id)).toBe(false)
    const statuses: number[] = []
    for (const query of ['?draft=true', '?draft=false', ''])
      statuses.push(
        (
          await api.patch(`/api/articles/${id}${query}`, {
            token: tokens.admin,
            json: { _status: 'published' },
          })
        ).status,
      )
    expect(statuses).toEqual([403, 403, 403])
    expect(await isPublic('articles', id)).toBe(false)
    expect(await entriesOf(`articles:${id}`)).toBe(0)
  })
})
