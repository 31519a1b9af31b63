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
      if (payload.db.name === 'mongoose') await (payload.db as any).connection.dropDatabase()
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
