// The screen feed under load, beside nginx serving the same playlist JSON as a static file and
// Payload's own REST list of the same posters, all measured in one run with wrk (Debian's; it
// keeps up where autocannon does not on 2 cores). Writes bench/results.json (git-ignored).
//   apt-get install wrk nginx-light
import { execFileSync, spawn } from 'child_process'
import fs from 'fs'
import path from 'path'

import { apiClient, bootstrapUsers } from '../tests/helpers/api'
import { smallPng, uploadMedia } from '../tests/helpers/media'
import { startServer } from '../tests/helpers/server'
import { makeTempDir, removeTempDir } from '../tests/helpers/tempDir'
import { publishThroughWorkflow } from '../tests/helpers/workflow'
import { saveResults } from './results'

const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const connections = 200
const library = { posters: 200, stations: 30, screens: 300 }

for (const tool of ['wrk', 'nginx'])
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`])
  } catch {
    throw new Error(`${tool} is needed: apt-get install wrk nginx-light`)
  }

type Figures = { rps: number; p50Ms: number; p99Ms: number }

/** Runs wrk and reads its requests/s and latency percentiles. */
const wrk = (url: string, headers: Record<string, string> = {}): Figures => {
  const args = ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency']
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  const output = execFileSync('wrk', [...args, url], { encoding: 'utf8' })
  const ms = (label: string) => {
    const [, value, unit] = new RegExp(`${label}%\\s+([\\d.]+)(us|ms|s)`).exec(output) ?? []
    if (!value) throw new Error(`wrk printed no ${label}th percentile:\n${output}`)
    return Number(value) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[unit]
  }
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(output)
  if (errors) throw new Error(`${url}: ${errors[1]} failed answers`)
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1])
  return { rps: Math.round(rps), p50Ms: ms('50'), p99Ms: ms('99') }
}

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
const nginxDir = makeTempDir('nginx')
let nginx: ReturnType<typeof spawn> | undefined
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

  fs.writeFileSync(path.join(nginxDir, 'playlist.json'), playlist)
  const nginxPort = 20000 + Math.floor(Math.random() * 20000)
  fs.writeFileSync(
    path.join(nginxDir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${nginxDir}/nginx.pid; error_log ${nginxDir}/error.log;
events { worker_connections 1024; }
http { access_log off; etag on;
  client_body_temp_path ${nginxDir}; proxy_temp_path ${nginxDir}; fastcgi_temp_path ${nginxDir};
  uwsgi_temp_path ${nginxDir}; scgi_temp_path ${nginxDir};
  server { listen 127.0.0.1:${nginxPort}; root ${nginxDir}; default_type application/json; } }`,
  )
  nginx = spawn('nginx', ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir], {
    stdio: 'ignore',
  })
  const nginxUrl = `http://127.0.0.1:${nginxPort}/playlist.json`
  for (let tries = 0; tries < 50; tries++)
    if (
      await fetch(nginxUrl).then(
        (r) => r.ok,
        () => false,
      )
    )
      break

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
  nginx?.kill()
  await server.stop()
  removeTempDir(nginxDir)
}
