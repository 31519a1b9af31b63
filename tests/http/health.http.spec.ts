import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseMessages } from '@/http/messages'

import { apiClient, bootstrapUsers, type ApiClient, type Tokens } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { otherConnection } from '../helpers/sqliteLock'
import { startServer, type RunningServer } from '../helpers/server'

const isSqlite = !process.env.TEST_DATABASE_URL
const busyTimeoutMs = 1000

/**
 * Health that tells the truth on the embedded database, over HTTP on the production build:
 * another process holding the file locked, the file moved away under the running server.
 */
describe.runIf(isSqlite)('honest health on SQLite', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let file: string
  let screenId: string

  const ready = async () => {
    const response = await fetch(`${server.url}/readyz`)
    return { status: response.status, body: await response.json() }
  }
  const createLocation = (name: string) =>
    api.post('/api/locations', { token: tokens.admin, json: { name, type: 'metro-station' } })
  const countLocations = async () =>
    (await api.get('/api/locations?limit=1', { token: tokens.admin })).body.totalDocs
  const poll = () =>
    fetch(`${server.url}/screens/${screenId}/playlist`, { headers: asKey('screens') })

  beforeAll(async () => {
    // A short wait keeps the test fast; tests/int/health.int.spec.ts checks the default (5 s).
    server = await startServer({ SQLITE_BUSY_TIMEOUT_MS: String(busyTimeoutMs) })
    api = apiClient(server.url)
    tokens = await bootstrapUsers(api)
    await createChannelKeys(api, tokens.admin)
    screenId = String((await api.get('/api/screens', { token: tokens.admin })).body.docs[0].id)
    file = path.join(server.dataDir, 'xeberdar.db')
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should serve the screen its feed', async () => {
    // The feed picks the new screen up within a second of its creation.
    await expect.poll(async () => (await poll()).status).toBe(200)
  })

  describe('while another process holds the database locked', () => {
    let other: ReturnType<typeof otherConnection>

    beforeAll(async () => {
      other = otherConnection(file)
      await other.lock()
    })
    afterAll(() => {
      other.close()
    })

    it('should report not ready (locked) while reads still answer', async () => {
      expect(await ready()).toEqual({
        status: 503,
        body: { status: 'unavailable', database: 'locked' },
      })
      expect((await api.get('/api/locations', { token: tokens.admin })).status).toBe(200)
    })

    it('should let a write wait up to the busy timeout, then refuse it with 503, while screens keep their feed', async () => {
      const before = await countLocations()
      const started = performance.now()
      let isWriteAnswered = false
      const write = createLocation('Kilidli').finally(() => (isWriteAnswered = true))
      // The server is not frozen by the waiting write: the feed answers meanwhile.
      const feed = await poll()
      expect(feed.status).toBe(200)
      expect(isWriteAnswered).toBe(false)

      const response = await write
      expect(performance.now() - started).toBeGreaterThanOrEqual(busyTimeoutMs)
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('1')
      expect(response.body).toEqual({ errors: [{ message: databaseMessages.busy }] })
      expect(await countLocations()).toBe(before)
    })

    it('should say the same through GraphQL', async () => {
      const response = await api.graphql(
        'mutation { createLocation(data: { name: "Kilidli", type: metro_station }) { id } }',
        tokens.admin,
      )
      expect(response.body.data).toEqual({ createLocation: null })
      expect(response.body.errors).toMatchObject([
        { message: databaseMessages.busy, extensions: { statusCode: 503 } },
      ])
    })

    it('should be ready once the lock is released, and keep every write it then acknowledges', async () => {
      await other.release()
      expect(await ready()).toEqual({ status: 200, body: { status: 'ready', database: 'ok' } })
      expect((await createLocation('Azad')).status).toBe(201)
      // Committed, not held in a transaction only the server sees: another process reads it and
      // can take the lock.
      expect(
        await other.count('select count(*) from locations_locales where name = ?', ['Azad']),
      ).toBe(1)
      expect(await other.canWrite()).toBe(true)
    })
  })

  describe('when the database file is moved away under the running server', () => {
    it('should report not ready and refuse every write, claiming no success', async () => {
      const before = await countLocations()
      fs.renameSync(file, `${file}.moved`)
      try {
        expect(await ready()).toEqual({
          status: 503,
          body: { status: 'unavailable', database: 'moved' },
        })
        const write = await createLocation('İtən')
        expect(write.status).toBe(503)
        expect(write.body).toEqual({ errors: [{ message: databaseMessages.fileLost }] })
        const login = await api.post('/api/users/login', {
          json: { email: 'editor@test.example', password: 'whatever' },
        })
        expect(login.status).toBe(503)
        // Screens still get their playlist from memory.
        expect((await poll()).status).toBe(200)
      } finally {
        fs.renameSync(`${file}.moved`, file)
      }
      expect(await ready()).toEqual({ status: 200, body: { status: 'ready', database: 'ok' } })
      expect(await countLocations()).toBe(before)
    })

    it('should log a repeated fault a few times, then count it', async () => {
      const logged = () =>
        server
          .output()
          .split('\n')
          .filter((line) => line.includes('was moved or replaced')).length
      const loggedBefore = logged()
      fs.renameSync(file, `${file}.moved`)
      try {
        for (let i = 0; i < 50; i++) expect((await ready()).status).toBe(503)
      } finally {
        fs.renameSync(`${file}.moved`, file)
      }
      // Ten a minute: within a minute's window, or two windows if the test straddles one.
      const added = logged() - loggedBefore
      expect(added).toBeGreaterThan(0)
      expect(added).toBeLessThanOrEqual(21)
    })
  })
})
