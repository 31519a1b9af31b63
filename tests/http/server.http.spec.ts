import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, bootstrapUsers, testPassword } from '../helpers/api'
import { asKey, createChannelKeys } from '../helpers/channelKeys'
import { isFerretDbRun, startFerretDb } from '../helpers/ferretdb'
import {
  loggedRequests,
  startServer,
  startServerExpectingFailure,
  type RunningServer,
} from '../helpers/server'
import { makeTempDir, removeTempDir } from '../helpers/tempDir'

const isSqlite = !process.env.TEST_DATABASE_URL

describe('the Express host', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should answer liveness without touching the database', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('should report ready when the database answers', async () => {
    const response = await fetch(`${server.url}/readyz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok' })
  })

  it('should serve the admin login page through Next', async () => {
    const response = await fetch(`${server.url}/admin/login`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(await response.text()).toMatch(/Xəbərdar/)
  })

  it("should serve Payload's REST and GraphQL APIs", async () => {
    const rest = await fetch(`${server.url}/api/locations`)
    expect(rest.status).toBe(200)
    expect(await rest.json()).toMatchObject({ docs: [], totalDocs: 0 })
    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Locations { totalDocs } }' }),
    })
    expect(await graphql.json()).toEqual({ data: { Locations: { totalDocs: 0 } } })
  })

  it('should set security headers on every answer', async () => {
    for (const pathname of ['/healthz', '/api/locations', '/admin/login']) {
      const { headers } = await fetch(`${server.url}${pathname}`)
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('content-security-policy')).toMatch(/object-src 'none'/)
      expect(headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
      expect(headers.get('referrer-policy')).toBe('no-referrer')
      expect(headers.get('x-powered-by')).toBeNull()
    }
  })

  it('should log each request with its status', async () => {
    await fetch(`${server.url}/api/locations?secret-query=1`)
    await expect
      .poll(() => loggedRequests(server))
      .toContainEqual(
        expect.objectContaining({ method: 'GET', path: '/api/locations', status: 200 }),
      )
    expect(server.output()).not.toMatch(/secret-query/)
  })

  it.runIf(isSqlite)('should report not ready once the database file is gone', async () => {
    const file = path.join(server.dataDir, 'xeberdar.db')
    fs.renameSync(file, `${file}.moved`)
    try {
      const response = await fetch(`${server.url}/readyz`)
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'moved' })
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      fs.renameSync(`${file}.moved`, file)
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
  })

  it('should finish and exit cleanly on SIGTERM', async () => {
    const code = await server.stop()
    expect(code).toBe(0)
    expect(server.output()).toMatch(/SIGTERM: finishing open requests/)
  })
})

// On the FerretDB run a server can be given a database server of its own to take away.
describe.runIf(isFerretDbRun)('the Express host on MongoDB', () => {
  it('should report not ready while its database server is down, and recover when it returns', async () => {
    const dataDir = makeTempDir('ferretdb-restart')
    let ferret = await startFerretDb({ dataDir })
    const server = await startServer({ DATABASE_URL: `${ferret.url}xeberdar_gone` })
    const api = apiClient(server.url)
    try {
      const tokens = await bootstrapUsers(api)
      await createChannelKeys(api, tokens.admin)
      const screenId = (await api.get('/api/screens', { token: tokens.admin })).body.docs[0].id
      const playlist = async () => {
        const response = await fetch(`${server.url}/screens/${screenId}/playlist`, {
          headers: asKey('screens'),
        })
        return response.status === 200 ? ((await response.json()) as { stale: boolean }) : null
      }
      await expect.poll(playlist, { timeout: 5000 }).toMatchObject({ stale: false })
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      await ferret.stop()
      // Screens keep getting the last playlist the server knew, marked stale.
      await expect.poll(playlist, { timeout: 15_000 }).toMatchObject({ stale: true })
      const response = await fetch(`${server.url}/readyz`)
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' })
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
      const read = await api.get('/api/locations')
      expect(read.status).toBeGreaterThanOrEqual(500)

      // Same address, same files: the driver reconnects by itself, with the data intact.
      ferret = await startFerretDb({ address: ferret.address, dataDir })
      await expect
        .poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 30_000 })
        .toBe(200)
      const login = await api.post('/api/users/login', {
        json: { email: 'editor@test.example', password: testPassword },
      })
      expect(login.status).toBe(200)
      await expect.poll(playlist, { timeout: 5000 }).toMatchObject({ stale: false })
    } finally {
      await server.stop()
      await ferret.stop()
      removeTempDir(dataDir)
    }
  })
})

describe('production start-up', () => {
  it('should refuse to start without PAYLOAD_SECRET, DATABASE_URL and PUBLIC_URL, naming each', async () => {
    const { code, output } = await startServerExpectingFailure({
      PAYLOAD_SECRET: undefined,
      DATABASE_URL: undefined,
      PUBLIC_URL: undefined,
    })
    expect(code).toBe(1)
    expect(output).toMatch(/cannot start/)
    expect(output).toMatch(/PAYLOAD_SECRET is not set/)
    expect(output).toMatch(/DATABASE_URL is not set/)
    expect(output).toMatch(/PUBLIC_URL is not set/)
  })

  it('should refuse a database it cannot reach, saying which', async () => {
    const { code, output } = await startServerExpectingFailure({
      PAYLOAD_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'http://127.0.0.1:9',
      DATABASE_URL: 'mongodb://127.0.0.1:9/xeberdar?serverSelectionTimeoutMS=1000',
    })
    expect(code).toBe(1)
    expect(output).toMatch(
      /cannot start: Payload could not start on its database \(mongodb\).*cannot connect to MongoDB/,
    )
  })
})
