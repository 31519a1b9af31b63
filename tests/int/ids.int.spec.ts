import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewLinkEndpoint, previewReadEndpoint } from '@/channels/website/previewLinks'
import { applyTransition } from '@/workflow/applyTransition'

import { confirmedChecklist, fullConsent } from '../helpers/fixtures'
import { smallPng } from '../helpers/media'
import { startPayload } from '../helpers/payload'
import { reuseDeletedIds } from '../helpers/sqliteIds'

type Collection = 'articles' | 'posters' | 'stories'

/**
 * A deleted item's id is never given to the next item, on either database, so its links and its
 * audit entries cannot come to mean the new one; and a preview link names its item beyond its id,
 * so even a database that gives an id again cannot open the new item with the old link.
 */
describe('identifiers are never reused', () => {
  let payload: Payload
  let stop: () => Promise<void>
  let editor: any
  let artwork: number | string

  const fields: Record<Collection, (title: string) => Record<string, unknown>> = {
    articles: (title) => ({ title }),
    posters: (title) => ({ title, artwork }),
    stories: (title) => ({ title, pseudonym: 'Aynur', consent: fullConsent }),
  }
  const asEditor = async (routeParams: Record<string, string>) => {
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    req.routeParams = routeParams
    return req as PayloadRequest
  }
  const draft = (collection: Collection, title: string) =>
    payload.create({
      collection,
      data: fields[collection](title) as any,
      draft: true,
      user: { ...editor, collection: 'users' },
      overrideAccess: false,
    })
  const previewLink = async (collection: Collection, id: string | number) => {
    const answer = await previewLinkEndpoint(collection).handler(await asEditor({ id: String(id) }))
    return ((await answer.json()) as { url: string }).url.split('/').pop()!
  }
  const openPreview = async (token: string) => {
    try {
      const answer = await previewReadEndpoint.handler(await asEditor({ token }))
      return { status: answer.status, body: await answer.json() }
    } catch (err) {
      return { status: (err as { status: number }).status }
    }
  }
  const historyOf = async (collection: Collection, id: string | number) =>
    (
      await payload.find({
        collection: 'audit-log',
        where: {
          and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }],
        },
        depth: 0,
      })
    ).docs

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
    editor = await payload.create({
      collection: 'users',
      data: {
        name: 'editor',
        email: 'editor@test.example',
        password: 'x-password-1',
        roles: ['editor'],
        organisation: 'campaign',
      },
    })
    const data = await smallPng()
    artwork = (
      await payload.create({
        collection: 'media',
        data: { alt: 'Plakat' },
        file: { data, mimetype: 'image/png', name: 'p.png', size: data.length },
      })
    ).id
  })
  afterAll(async () => {
    await stop?.()
  })

  it.each(['articles', 'posters', 'stories'] as const)(
    'should give the next %s a new id when the newest is deleted, and neither its link nor its history',
    async (collection) => {
      await draft(collection, 'Köhnə')
      const deleted = await draft(collection, 'Silinəcək')
      await applyTransition({
        req: await asEditor({}),
        collection,
        id: deleted.id,
        action: 'submit',
        checklist: confirmedChecklist,
      })
      const link = await previewLink(collection, deleted.id)
      expect((await openPreview(link)).status).toBe(200)
      await payload.delete({ collection, id: deleted.id })

      const next = await draft(collection, 'Yeni')
      expect(String(next.id)).not.toBe(String(deleted.id))
      expect(await openPreview(link)).toEqual({ status: 404 })
      // The deleted item's entries stay its own; the new item starts with none.
      expect(await historyOf(collection, deleted.id)).toEqual([
        expect.objectContaining({ action: 'submit' }),
      ])
      expect(await historyOf(collection, next.id)).toEqual([])
    },
  )

  it.runIf(!process.env.TEST_DATABASE_URL)(
    'should not open the next item with a preview link even where the database gives the id again',
    async () => {
      const deleted = await draft('articles', 'Silinəcək')
      const link = await previewLink('articles', deleted.id)
      await payload.delete({ collection: 'articles', id: deleted.id })
      await reuseDeletedIds((payload.db as any).clientConfig.url, 'articles')

      const next = await draft('articles', 'Eyni nömrəli')
      expect(next.id).toBe(deleted.id)
      expect(await openPreview(link)).toEqual({ status: 404 })
      expect((await openPreview(await previewLink('articles', next.id))).body).toMatchObject({
        title: 'Eyni nömrəli',
      })
    },
  )
})
