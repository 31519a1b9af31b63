// `npm run soak` (not in CI): the production build with 300 screens polling their playlist every
// 2 s, as metro screens do, for SOAK_SECONDS (60 by default) while their status is flushed to the
// database every 5 s. Prints the feed's latency percentiles and fails unless p99 < 50 ms.
//   SOAK_SECONDS=60 SOAK_SCREENS=300 npm run soak        the embedded SQLite database
//   SOAK_DATABASE=mongodb npm run soak                    through FerretDB (MongoDB wire)
import http from 'http'

import { apiClient, bootstrapUsers } from '../tests/helpers/api'
import { ferretDbAdapterOptions, startFerretDb } from '../tests/helpers/ferretdb'
import { startServer } from '../tests/helpers/server'

const seconds = Number(process.env.SOAK_SECONDS ?? 60)
const screenCount = Number(process.env.SOAK_SCREENS ?? 300)
const pollMs = 2_000
const p99TargetMs = 50
const isMongo = process.env.SOAK_DATABASE === 'mongodb'

const ferret = isMongo ? await startFerretDb() : undefined
const server = await startServer(
  ferret
    ? {
        DATABASE_URL: `${ferret.url.replace(/\/?(\?.*)?$/, '')}/xeberdar_soak`,
        MONGODB_ADAPTER_OPTIONS: JSON.stringify(ferretDbAdapterOptions),
      }
    : {},
)

/** Runs `work` over `items`, `width` at a time. */
const inParallel = async <T>(items: T[], width: number, work: (item: T) => Promise<unknown>) => {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
    }),
  )
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

try {
  const api = apiClient(server.url)
  const tokens = await bootstrapUsers(api)
  const station = (
    await api.post('/api/locations', {
      token: tokens.admin,
      json: { name: 'Sahil', type: 'metro-station' },
    })
  ).body.doc.id
  const screens: { id: string; key: string }[] = []
  await inParallel([...Array(screenCount).keys()], 4, async (i) => {
    const key = `soak-screen-key-${i}-0123456789`
    const created = await api.post('/api/screens', {
      token: tokens.admin,
      json: { name: `Ekran ${i}`, location: station, enableAPIKey: true, apiKey: key },
    })
    if (created.status !== 201) throw new Error(`screen ${i}: ${created.status}`)
    screens.push({ id: String(created.body.doc.id), key })
  })

  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  const etags = new Map<string, string>()
  const latencies: number[] = []
  // What each failed poll got: its status, or the connection error's code.
  const failures = new Map<string, number>()
  const fail = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1)
  const poll = (screen: { id: string; key: string }) =>
    new Promise<void>((resolve) => {
      const started = performance.now()
      const etag = etags.get(screen.id)
      const req = http.get(
        `${server.url}/screens/${screen.id}/playlist`,
        {
          agent,
          headers: {
            authorization: `screens API-Key ${screen.key}`,
            ...(etag ? { 'if-none-match': etag } : {}),
          },
        },
        (res) => {
          res.resume()
          res.on('end', () => {
            latencies.push(performance.now() - started)
            if (res.statusCode === 200) etags.set(screen.id, String(res.headers.etag))
            else if (res.statusCode !== 304) fail(String(res.statusCode))
            resolve()
          })
        },
      )
      req.on('error', (err: NodeJS.ErrnoException) => {
        fail(err.code ?? err.message)
        resolve()
      })
    })

  // The feed reloads within a second of the last screen created: wait until every screen has one.
  for (let tries = 0; tries < 100; tries++) {
    failures.clear()
    await inParallel(screens, 16, poll)
    if (failures.size === 0) break
  }
  latencies.length = 0
  failures.clear()

  // Each screen polls every 2 s, the screens spread evenly over the 2 s.
  const inFlight = new Set<Promise<void>>()
  const timers: NodeJS.Timeout[] = []
  screens.forEach((screen, i) => {
    const start = setTimeout(
      () => {
        const tick = () => {
          const done = poll(screen)
          inFlight.add(done)
          void done.then(() => inFlight.delete(done))
        }
        tick()
        timers.push(setInterval(tick, pollMs))
      },
      Math.floor((i * pollMs) / screens.length),
    )
    timers.push(start)
  })
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  for (const timer of timers) clearTimeout(timer)
  await Promise.all(inFlight)
  agent.destroy()

  const sorted = latencies.sort((a, b) => a - b)
  const figure = (ms: number) => ms.toFixed(1)
  const [p50, p90, p99] = [50, 90, 99].map((p) => percentile(sorted, p))
  const over500 = sorted.filter((ms) => ms > 500).length
  const failed = [...failures.values()].reduce((sum, n) => sum + n, 0)
  console.log(
    `\nSoak: ${screens.length} screens polling every ${pollMs / 1000} s for ${seconds} s on ${isMongo ? 'MongoDB (FerretDB)' : 'SQLite'}: ${sorted.length} polls, ${failed} failed ${JSON.stringify(Object.fromEntries(failures))}\n`,
  )
  console.log('| p50 ms | p90 ms | p99 ms | max ms | over 500 ms |\n|---|---|---|---|---|')
  console.log(
    `| ${figure(p50)} | ${figure(p90)} | ${figure(p99)} | ${figure(sorted.at(-1)!)} | ${over500} |`,
  )
  const isPassing = p99 < p99TargetMs && failed === 0
  console.log(`\np99 < ${p99TargetMs} ms and no failed poll: ${isPassing ? 'yes' : 'NO'}`)
  process.exitCode = isPassing ? 0 : 1
} finally {
  await server.stop()
  await ferret?.stop()
}
