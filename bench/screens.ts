// The screen feed under load, beside nginx serving the same playlist JSON as a static file and
// Payload's own REST list of the same posters, all measured in one run with wrk (bench/wrk.ts).
// Writes bench/results.json (git-ignored).

import { apiClient, bootstrapUsers } from '../tests/helpers/api'
import { smallPng, uploadMedia } from '../tests/helpers/media'
import { startServer } from '../tests/helpers/server'
import { publishThroughWorkflow } from '../tests/helpers/workflow'
import { saveResults } from './results'
import { startNginx, wrk as wrkRun } from './wrk'

const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const connections = 200
const library = { posters: 200, stations: 30, screens: 300 }

const load = { threads: 2, connections, seconds }
const wrk = (url: string, headers: Record<string, string> = {}) => wrkRun(url, load, headers)

/** Runs `work` over `items`, `width` at a time. */
const inParallel = async <T>(items: T[], width: number, work: (item: T) => Promise<unknown>) => {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
    }),
  )
}

const server = await startServer()
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined
try {
  const api = apiClient(server.url)
  const tokens = await bootstrapUsers(api)
  const artwork: (string | number)[] = []
  for (let i = 0; i < 4; i++)
    artwork.push(
      (await uploadMedia(api, tokens.editor, await smallPng(), 'a.png', 'image/png')).body.doc.id,
    )
  const stations: (string | number)[] = []
  await inParallel([...Array(library.stations).keys()], 4, async (i) => {
    const created = await api.post('/api/locations', {
      token: tokens.admin,
      json: { name: `Stansiya ${i}`, type: 'metro-station' },
    })
    stations.push(created.body.doc.id)
  })
  const keys = [...Array(library.screens).keys()].map((i) => `bench-screen-key-${i}-0123456789`)
  const screens: (string | number)[] = []
  await inParallel([...keys.keys()], 4, async (i) => {
    const created = await api.post('/api/screens', {
      token: tokens.admin,
      json: {
        name: `Ekran ${i}`,
        location: stations[i % stations.length],
        languages: ['az'],
        enableAPIKey: true,
        apiKey: keys[i],
      },
    })
    screens[i] = created.body.doc.id
  })
  // The first screen (at the first station) plays the posters for everyone and for its station.
  let forFirstScreen = 0
  await inParallel([...Array(library.posters).keys()], 4, async (i) => {
    if (i % 3 === 0 || i % stations.length === 0) forFirstScreen += 1
    const poster = await api.post('/api/posters', {
      token: tokens.editor,
      json: {
        title: `Plakat ${i}`,
        artwork: artwork[i % artwork.length],
        // A third for every screen, the rest for a few stations each.
        ...(i % 3 ? { targetLocations: [stations[i % stations.length]] } : {}),
      },
    })
    await publishThroughWorkflow(api, tokens, 'posters', poster.body.doc.id)
  })

  const feedUrl = `${server.url}/screens/${screens[0]}/playlist`
  const auth = { Authorization: `screens API-Key ${keys[0]}` }
  // The feed reloads within a second of the last publication.
  let feed = await fetch(feedUrl, { headers: auth })
  for (
    let tries = 0;
    tries < 200 && (await feed.clone().json()).items.length < forFirstScreen;
    tries++
  )
    feed = await fetch(feedUrl, { headers: auth })
  const etag = feed.headers.get('etag')!
  const playlist = await feed.text()
  const items = JSON.parse(playlist).items.length

  nginx = await startNginx({ 'playlist.json': playlist }, 'application/json')
  const nginxUrl = nginx.url('playlist.json')

  const restPath = '/api/posters?limit=50&depth=0&locale=az'
  // Warm-up: the first seconds after start carry long tails.
  wrk(`${server.url}${restPath}`)
  wrk(feedUrl, auth)

  const results = {
    nginxStatic: wrk(nginxUrl),
    screenFeed: wrk(feedUrl, auth),
    screenFeed304: wrk(feedUrl, { ...auth, 'If-None-Match': etag }),
    payloadRest: wrk(`${server.url}${restPath}`),
  }
  const ratio = (a: number, b: number) => (a / b).toFixed(2)
  console.log(
    `\nScreen feed: ${library.posters} posters, ${library.stations} stations, ${library.screens} screens; one screen's playlist of ${items} items (${playlist.length} bytes); wrk 2 threads × ${connections} connections × ${seconds} s\n`,
  )
  console.log('| what | req/s | p50 ms | p99 ms |\n|---|---|---|---|')
  for (const [name, figures] of Object.entries(results))
    console.log(`| ${name} | ${figures.rps} | ${figures.p50Ms} | ${figures.p99Ms} |`)
  console.log(
    `\nfeed ÷ nginx ${ratio(results.screenFeed.rps, results.nginxStatic.rps)} (target ≥ 0.5), feed ÷ Payload REST ${ratio(results.screenFeed.rps, results.payloadRest.rps)} (≥ 20), 304 ÷ nginx ${ratio(results.screenFeed304.rps, results.nginxStatic.rps)} (≥ 0.8), feed p99 ${results.screenFeed.p99Ms} ms (≤ 20)`,
  )
  saveResults(results)
} finally {
  nginx?.stop()
  await server.stop()
}
