// The website's read model under load (GET /api/website/…, answered from memory in front of
// Express), beside nginx serving the same list JSON as a static file and Payload's own REST list
// of the same 20 stories, all measured in one run with wrk (bench/wrk.ts); then one public image
// file in libraries of 1,000 and of 10,000 published items (deciding that an image is public must
// not grow with the library). Writes the figures under `website` in bench/results.json.
//
// The library: one story and one article, each with its image, go through the real workflow
// (REST, as staff do); the rest are copies of them written straight to the database with the
// server stopped (as the sync and search benches fill theirs): the same published workflow state
// and consent, new titles and slugs, a pooled image on every other copy, and each its own
// `published` ledger entry like the original's. The server then starts on that database.
import {
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
  type Payload,
} from 'payload'
import path from 'path'
import sharp from 'sharp'

import { textKeyNames } from '@/fields/searchableText'
import { slugify } from '@/i18n/slugify'
import { searchKeys } from '@/i18n/searchKey'
import { sortKey } from '@/i18n/sortKey'
import { ledgerRow, type LedgerEntry } from '@/ledger/changes'

import { apiClient, bootstrapUsers, type ApiClient, type Tokens } from '../tests/helpers/api'
import { fullConsent } from '../tests/helpers/fixtures'
import { uploadMedia } from '../tests/helpers/media'
import { startServer } from '../tests/helpers/server'
import { makeTempDir, removeTempDir } from '../tests/helpers/tempDir'
import { publishThroughWorkflow } from '../tests/helpers/workflow'
import { saveResults } from './results'
import { startNginx, wrk, type Figures } from './wrk'

const load = { threads: 1, connections: 50, seconds: Number(process.env.BENCH_SECONDS ?? 5) }
const libraries = [1000, 10_000]
const pooledImages = 8
const listPath = '/api/website/az/items?type=stories&limit=20'
const restPath = '/api/stories?limit=20&locale=az&depth=1'

type Collection = 'stories' | 'articles'
type Id = string | number
/** An item published through the workflow, read back from the database, and its ledger entry. */
type Template = { collection: Collection; doc: Record<string, unknown>; entry: LedgerEntry }

/** A small PNG of its own colour: the media library would take identical bytes as one file. */
const png = (shade: number) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: shade, g: 90, b: 140 } } })
    .png()
    .toBuffer()

const upload = async (api: ApiClient, tokens: Tokens, shade: number) =>
  (await uploadMedia(api, tokens.editor, await png(shade), `bild-${shade}.png`, 'image/png')).body
    .doc as { id: Id; filename: string }

/** One story (with consent and a hero image) and one article (with a cover), published as staff do. */
const publishOriginals = async (api: ApiClient, tokens: Tokens, hero: Id, cover: Id) => {
  const story = await api.post('/api/stories', {
    token: tokens.editor,
    json: {
      title: 'Saxta iş təklifi ilə Dubaya',
      pseudonym: 'Aygün',
      summary: 'Ofisiant işi vəd edildi, pasportu alındı.',
      exploitationTypes: ['labour'],
      consent: fullConsent,
      heroImage: hero,
    },
  })
  const article = await api.post('/api/articles', {
    token: tokens.editor,
    json: { title: 'Dəyirmi masanın hesabatı', excerpt: 'Bakıda dəyirmi masa.', cover },
  })
  for (const [collection, created] of [
    ['stories', story],
    ['articles', article],
  ] as const) {
    if (created.status !== 201) throw new Error(`${collection}: ${JSON.stringify(created.body)}`)
    await publishThroughWorkflow(api, tokens, collection, created.body.doc.id)
  }
  return { story: story.body.doc.id as Id, article: article.body.doc.id as Id }
}

/** The published item as stored in Azerbaijani, and the ledger entry that published it. */
const readTemplate = async (
  payload: Payload,
  collection: Collection,
  id: Id,
): Promise<Template> => {
  const doc = await payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    locale: 'az',
  })
  const { docs } = await payload.db.find({
    collection: 'publication-ledger',
    where: {
      and: [{ item: { equals: `${collection}:${id}` } }, { change: { equals: 'published' } }],
    },
    limit: 1,
  })
  if (!doc || !docs[0]) throw new Error(`${collection} ${id} was not published`)
  return {
    collection,
    doc: doc as Record<string, unknown>,
    entry: docs[0] as unknown as LedgerEntry,
  }
}

/** Everything of the original but its identity, for a copy: array rows' ids too. */
const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key))
      .map(([key, inner]) => [key, withoutIds(inner)]),
  )
}

/**
 * A new title with the slug and the search and sort keys its field hooks would store, in
 * Azerbaijani: the database adapter reads and writes a localized field's value per language.
 */
const titled = (title: string) => {
  const names = textKeyNames('title')
  const keys = searchKeys(title, 'az')
  return {
    title: { az: title },
    slug: { az: slugify(title) },
    [names.caseless]: { az: keys.caseless },
    [names.plain]: { az: keys.plain },
    [names.sort]: { az: sortKey(title, 'az') },
  }
}

const imageField: Record<Collection, string> = { stories: 'heroImage', articles: 'cover' }

/**
 * Copies `count` items, stories and articles in turn, numbered from `from`, in batches of 500.
 * Each gets the ledger row recordPublication would write (src/ledger/record.ts), at the next
 * positions, and the ledger's head moves once per batch: looking up the last position and
 * moving the head for every row would make the 10,000 take minutes.
 */
const addCopies = async (
  payload: Payload,
  templates: Template[],
  images: Id[],
  from: number,
  count: number,
) => {
  const { docs } = await payload.db.find({
    collection: 'publication-ledger',
    sort: '-position',
    limit: 1,
    pagination: false,
  })
  let position = Number((docs[0] as { position?: number } | undefined)?.position ?? 0)
  for (let batch = from; batch < from + count; batch += 500) {
    const req = await createLocalReq({ locale: 'az' }, payload)
    await initTransaction(req)
    for (let i = batch; i < Math.min(batch + 500, from + count); i++) {
      const { collection, doc, entry } = templates[i % templates.length]
      // Read back only the id: the full document's read-back costs more than the insert.
      const copy = await payload.db.create({
        collection,
        req,
        select: { id: true },
        data: {
          ...(withoutIds(doc) as object),
          ...titled(`${(doc.title as { az: string }).az} ${i}`),
          [imageField[collection]]: i % 4 < 2 ? images[i % images.length] : null,
        },
      })
      const row = ledgerRow(
        {
          change: 'published',
          type: collection,
          itemId: copy.id,
          languages: entry.languages,
          channels: entry.channels,
          cause: entry.cause,
        },
        { position: (position += 1), now: new Date() },
      )
      await payload.db.create({
        collection: 'publication-ledger',
        data: row,
        req,
        returning: false,
      })
    }
    await payload.updateGlobal({ slug: 'ledger-head', data: { position }, req })
    await commitTransaction(req)
  }
}

/** Starts the server on the bench's database and waits until its read model lists `stories`. */
const serve = async (env: Record<string, string>, stories: number) => {
  const server = await startServer(env)
  for (let tries = 0; ; tries++) {
    const list = await fetch(`${server.url}${listPath}`)
    if (list.status === 404 && tries === 0) {
      await server.stop()
      throw new Error(`GET ${listPath} → 404: the website read model is not in this build`)
    }
    if (list.ok && (await list.json()).totalItems === stories) return server
    if (tries >= 200) {
      await server.stop()
      throw new Error(`the website list never showed ${stories} stories`)
    }
  }
}

/** The ETag a server gives `url`, checking the answer is a 200. */
const etagOf = async (url: string) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return {
    etag: response.headers.get('etag')!,
    body: await response.text(),
    headers: response.headers,
  }
}

const dataDir = makeTempDir('website')
const env = {
  DATABASE_URL: `file:${path.join(dataDir, 'xeberdar.db')}`,
  MEDIA_DIR: path.join(dataDir, 'media'),
}
let payload: Payload | undefined
try {
  // The real workflow, on a server of its own.
  let server = await startServer(env)
  let originals: { story: Id; article: Id }
  let measuredImage: { id: Id; filename: string }
  const images: Id[] = []
  try {
    const api = apiClient(server.url)
    const tokens = await bootstrapUsers(api)
    measuredImage = await upload(api, tokens, 0)
    const cover = await upload(api, tokens, 1)
    for (let i = 0; i < pooledImages; i++) images.push((await upload(api, tokens, 10 + i)).id)
    originals = await publishOriginals(api, tokens, measuredImage.id, cover.id)
  } finally {
    await server.stop()
  }

  // The copies, on the Local API of this process (production mode: migrated, never pushed).
  Object.assign(process.env, { NODE_ENV: 'production', PAYLOAD_SECRET: 'bench-seeding', ...env })
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  const templates = [
    await readTemplate(payload, 'stories', originals.story),
    await readTemplate(payload, 'articles', originals.article),
  ]
  const storiesIn = (library: number) => Math.ceil(library / 2)

  const started = performance.now()
  await addCopies(payload, templates, images, templates.length, libraries[0] - templates.length)
  const seededMs = [performance.now() - started]

  server = await serve(env, storiesIn(libraries[0]))
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined
  const results: Record<string, Figures> = {}
  const imageUrl = (url: string) => `${url}/api/media/file/${measuredImage.filename}`
  let imageCaching = ''
  let listBytes = 0
  try {
    const list = await etagOf(`${server.url}${listPath}`)
    listBytes = Buffer.byteLength(list.body)
    const slug = (templates[0].doc.slug as { az: string }).az
    const bySlug = `${server.url}/api/website/az/stories/${encodeURIComponent(slug)}`
    await etagOf(bySlug)
    const image = await etagOf(imageUrl(server.url))
    imageCaching = image.headers.get('cache-control') ?? ''
    nginx = await startNginx({ 'items.json': list.body }, 'application/json')
    const nginxUrl = nginx.url('items.json')
    const nginxEtag = (await etagOf(nginxUrl)).etag

    // Warm-up: the first seconds after start carry long tails.
    wrk(`${server.url}${restPath}`, load)
    wrk(`${server.url}${listPath}`, load)
    // Each figure right after the reference it is compared with: this box's speed drifts under
    // sustained load, and a figure taken minutes later would be compared with another machine.
    Object.assign(results, {
      nginxStatic: wrk(nginxUrl, load),
      websiteList304: wrk(`${server.url}${listPath}`, load, { 'If-None-Match': list.etag }),
      nginxStatic304: wrk(nginxUrl, load, { 'If-None-Match': nginxEtag }),
      websiteList: wrk(`${server.url}${listPath}`, load),
      websiteBySlug: wrk(bySlug, load),
      publicImage1k: wrk(imageUrl(server.url), load),
      // Last: Payload is still answering its queue for seconds after wrk stops, which would land
      // on whatever is measured next.
      payloadRest: wrk(`${server.url}${restPath}`, load),
    })
  } finally {
    nginx?.stop()
    await server.stop()
  }

  const more = performance.now()
  await addCopies(payload, templates, images, libraries[0], libraries[1] - libraries[0])
  seededMs.push(performance.now() - more)
  server = await serve(env, storiesIn(libraries[1]))
  try {
    wrk(imageUrl(server.url), load)
    results.publicImage10k = wrk(imageUrl(server.url), load)
  } finally {
    await server.stop()
  }

  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100
  const targets = {
    listVsRest: {
      ratio: ratio(results.websiteList.rps, results.payloadRest.rps),
      target: '≥ 25, p99 ≤ 50 ms',
      pass:
        results.websiteList.rps >= 25 * results.payloadRest.rps && results.websiteList.p99Ms <= 50,
    },
    list304VsNginx: {
      ratio: ratio(results.websiteList304.rps, results.nginxStatic.rps),
      target: '≥ 0.5',
      pass: results.websiteList304.rps >= 0.5 * results.nginxStatic.rps,
    },
    image10kVs1k: {
      ratio: ratio(results.publicImage10k.rps, results.publicImage1k.rps),
      target: '≥ 0.67',
      pass: results.publicImage10k.rps >= 0.67 * results.publicImage1k.rps,
    },
  }

  console.log(
    `\nWebsite read model: libraries of ${libraries.join(' and ')} published items (half stories, half articles, every other one with an image), copied in ${seededMs.map((ms) => `${(ms / 1000).toFixed(0)} s`).join(' and ')}; a list of 20 stories in az of ${listBytes} bytes; wrk ${load.threads} thread × ${load.connections} connections × ${load.seconds} s)\n`,
  )
  console.log('| what | req/s | p50 ms | p99 ms |\n|---|---|---|---|')
  for (const [name, figures] of Object.entries(results))
    console.log(`| ${name} | ${figures.rps} | ${figures.p50Ms} | ${figures.p99Ms} |`)
  console.log(
    `\npublic image: Cache-Control "${imageCaching}"${/immutable/.test(imageCaching) ? '' : ' (not immutable: Payload answered it, not the read model)'}`,
  )
  for (const [name, { ratio, target, pass }] of Object.entries(targets))
    console.log(`${name}: ${ratio} (target ${target}) ${pass ? 'pass' : 'MISS'}`)
  saveResults({ website: { ...results, targets } })
} finally {
  await payload?.destroy()
  removeTempDir(dataDir)
}
