// `npm run bench`: the production server's hot paths, each beside a reference measured in the
// same run on the same machine, so the ratio means something on any box.
//   - reads: a raw Node http listener answering a precomputed copy of the same JSON, vs the
//     Express host's liveness answer and Payload's REST list of 50 published posters;
//   - uploads: sharp making the same six renditions in-process, vs an upload through REST.
import autocannon from 'autocannon'
import http from 'http'
import type { AddressInfo } from 'net'
import sharp from 'sharp'

import { renditions } from '@/media/renditions'

import { apiClient, bootstrapUsers } from '../tests/helpers/api'
import { startServer } from '../tests/helpers/server'
import { publishThroughWorkflow } from '../tests/helpers/workflow'

const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const connections = 50

const load = async (url: string, headers: Record<string, string> = {}) => {
  const result = await autocannon({ url, connections, duration: seconds, headers })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 }
}

const photo = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#2255aa' } })
    .composite([
      {
        input: Buffer.from(
          '<svg width="3000" height="2000"><circle cx="1500" cy="1000" r="800" fill="#ffcc00"/></svg>',
        ),
      },
    ])
    .jpeg({ quality: 85 })
    .toBuffer()

const server = await startServer()
try {
  const api = apiClient(server.url)
  const tokens = await bootstrapUsers(api)
  const image = await photo()

  const form = () => {
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'bench.jpg')
    body.append('_payload', JSON.stringify({ alt: 'Bench' }))
    return body
  }
  const artwork = (await api.post('/api/media', { token: tokens.editor, form: form() })).body.doc.id
  for (let i = 0; i < 50; i++) {
    const poster = await api.post('/api/posters', {
      token: tokens.editor,
      json: { title: `Plakat ${i}`, artwork },
    })
    await publishThroughWorkflow(api, tokens, 'posters', poster.body.doc.id)
  }
  const listPath = '/api/posters?limit=50&depth=0'
  const list = (await api.get(listPath)).body
  if (list.docs?.length !== 50)
    throw new Error(`expected 50 published posters, got ${list.docs?.length}`)
  const listBody = Buffer.from(JSON.stringify(list))

  const reference = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': listBody.length })
    res.end(listBody)
  })
  await new Promise<void>((resolve) => reference.listen(0, '127.0.0.1', resolve))
  const referenceUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}/`

  // Warm-up: the first seconds after start carry long tails.
  await autocannon({ url: `${server.url}${listPath}`, connections: 10, amount: 200 })

  const rows: [string, Awaited<ReturnType<typeof load>>][] = [
    ['reference: raw Node http, same JSON precomputed', await load(referenceUrl)],
    ['Express host: GET /healthz', await load(`${server.url}/healthz`)],
    ['Payload REST: GET 50 published posters (anonymous)', await load(`${server.url}${listPath}`)],
  ]
  reference.close()

  const uploads = 5
  let started = performance.now()
  for (let i = 0; i < uploads; i++) {
    await Promise.all(
      renditions.map(({ width, height, formatOptions }) =>
        sharp(image)
          .rotate()
          .resize(width, height ?? undefined)
          .toFormat(formatOptions!.format!, formatOptions!.options)
          .toBuffer(),
      ),
    )
  }
  const sharpMs = (performance.now() - started) / uploads
  started = performance.now()
  for (let i = 0; i < uploads; i++) {
    const response = await api.post('/api/media', { token: tokens.editor, form: form() })
    if (response.status !== 201) throw new Error(`upload: ${response.status}`)
  }
  const uploadMs = (performance.now() - started) / uploads

  const [referenceRow] = rows
  console.log(`\nReads: ${connections} connections × ${seconds} s each (autocannon)\n`)
  console.log('| what | req/s | p50 ms | p99 ms | × reference |')
  console.log('|---|---|---|---|---|')
  for (const [name, { rps, p50, p99 }] of rows) {
    console.log(
      `| ${name} | ${Math.round(rps)} | ${p50} | ${p99} | ${(referenceRow[1].rps / rps).toFixed(1)} |`,
    )
  }
  console.log(`\nUploads: a 3000×2000 JPEG and its six WebP renditions (mean of ${uploads})\n`)
  console.log('| what | ms per image | × reference |')
  console.log('|---|---|---|')
  console.log(`| reference: sharp in-process, same six renditions | ${sharpMs.toFixed(0)} | 1.0 |`)
  console.log(
    `| Payload REST upload (sharp, metadata stripped, stored) | ${uploadMs.toFixed(0)} | ${(uploadMs / sharpMs).toFixed(1)} |`,
  )
} finally {
  await server.stop()
}
