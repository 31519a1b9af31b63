import { randomBytes } from 'crypto'
import path from 'path'
import { getPayload, type Payload } from 'payload'

import { testDatabaseUrl } from './server'
import { makeTempDir, removeTempDir } from './tempDir'

/**
 * A real Payload (Local API) on its own database: a fresh SQLite file, or TEST_DATABASE_URL.
 * The config reads its environment when imported, so it is imported after the variables are set.
 */
export const startPayload = async (): Promise<{ payload: Payload; stop: () => Promise<void> }> => {
  const dataDir = makeTempDir('local')
  process.env.DATABASE_URL = testDatabaseUrl(dataDir)
  process.env.MEDIA_DIR = path.join(dataDir, 'media')
  process.env.PAYLOAD_SECRET = randomBytes(24).toString('hex')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    stop: async () => {
      // Through the driver itself: with Date faked for long, mongoose may report the connection
      // as down (readyState 0) while the driver still serves it, and mongoose would then wait.
      if (payload.db.name === 'mongoose') await (payload.db as any).connection.db.dropDatabase()
      await payload.destroy()
      removeTempDir(dataDir)
    },
  }
}

/** What a reader finds in a collection in Azerbaijani: anonymous, or a partner's or screen's key. */
export const idsVisibleTo = async (
  payload: Payload,
  collection: 'stories' | 'articles',
  user?: object,
) =>
  (
    await payload.find({
      collection,
      overrideAccess: false,
      user,
      locale: 'az',
      depth: 0,
      limit: 100,
    })
  ).docs.map((doc) => doc.id)

/**
 * A partner's copy built only from sync pages, on the Local API (src/channels/partners/sync.ts
 * without HTTP): upserts replace, tombstones delete, the cursor is kept between runs. Read
 * "now" is the clock's, so a test with a faked Date syncs at its own time.
 */
export const localPartnerReplica = (payload: Payload, partner: object) => {
  const items = new Map<string, { title?: unknown } & Record<string, unknown>>()
  let cursor: string | undefined
  return {
    items,
    async sync() {
      const { partnerScope } = await import('@/access/partnerScope')
      const { readSyncRequest } = await import('@/channels/partners/syncRequest')
      const { syncPage } = await import('@/channels/partners/sync')
      const user = { ...partner, collection: 'partners' } as never
      for (let pages = 0; pages < 1000; pages++) {
        const request = readSyncRequest(cursor ? { cursor } : {}, partnerScope(user))
        if ('status' in request) throw new Error(request.message)
        const page = await syncPage(
          {
            payload,
            partner: user,
            now: new Date(),
            hotline: () => ['152'],
            pages: () => ({}),
            fileUrl: (name: string) => `https://xeberdar.example/${name}`,
            apiUrl: 'https://xeberdar.example/api',
          },
          request,
        )
        if ('refusal' in page) throw new Error(page.refusal)
        for (const entry of page.items) {
          const key = `${entry.type}:${entry.id}:${entry.locale}`
          if (entry.action === 'upsert') items.set(key, entry.item as never)
          else items.delete(key)
        }
        cursor = page.nextCursor
        if (!page.hasMore) return
      }
      throw new Error('sync never finished')
    },
    /** "type:id:locale" keys, sorted. */
    keys: () => [...items.keys()].sort(),
  }
}

/** The people a Local API test acts as: an editor and reviewers of both organisations. */
export const createStaff = async (payload: Payload) => {
  const people: Record<'editor' | 'reviewer' | 'police', { id: number | string }> = {} as never
  for (const [name, roles, organisation] of [
    ['editor', ['editor'], 'campaign'],
    ['reviewer', ['reviewer'], 'campaign'],
    ['police', ['reviewer'], 'department'],
  ] as const)
    people[name] = await payload.create({
      collection: 'users',
      data: {
        name,
        email: `${name}@test.example`,
        password: 'x-password-1',
        roles: [...roles],
        organisation,
      },
    })
  return people
}
