import { getTranslation } from '@payloadcms/translations'
import fs from 'fs/promises'
import {
  addDataAndFileToRequest,
  type CollectionSlug,
  type Endpoint,
  headersWithCors,
  parseParams,
  type PayloadRequest,
} from 'payload'

import { refuse } from '@/http/refuse'

import {
  idempotencyKeyHash,
  idempotencyKeyHeader,
  idempotencyMessages,
  parseIdempotencyKey,
  replayedHeader,
} from './idempotencyKey'
import { fileHashOf, setUploadKey } from './uploadKey'

/** Requests with one key hash in this process, one after another (see idempotentCreate). */
const queues = new Map<string, Promise<unknown>>()

const oneAtATime = async <T>(key: string, run: () => Promise<T>): Promise<T> => {
  const turn = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(run)
  queues.set(key, turn)
  try {
    return await turn
  } finally {
    if (queues.get(key) === turn) queues.delete(key)
  }
}

const isKeyCollision = (err: unknown) =>
  (err as { data?: { errors?: { path?: string }[] } })?.data?.errors?.some(
    (error) => error.path === 'uploadKeyHash',
  ) ?? false

/** The record a user's key made, read past access: the hash already binds it to that user. */
const findByKey = async (req: PayloadRequest, collection: CollectionSlug, keyHash: string) => {
  const { docs } = await req.payload.find({
    collection,
    where: { uploadKeyHash: { equals: keyHash } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs[0] as { id: number | string; uploadFileHash?: string | null } | undefined
}

/**
 * Answers a repeated upload with the record its first request made, as the create answered it
 * (201, `{ doc, message }`) plus `Idempotent-Replayed: true`, without storing another file. The
 * body is still read: its file must be the one first sent (else 422), and a client is owed an
 * answer only after it sent what it meant to.
 */
const replay = async ({
  req,
  collection,
  existing,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  existing: { id: number | string; uploadFileHash?: string | null }
}) => {
  await addDataAndFileToRequest(req)
  try {
    if (!req.file || (await fileHashOf(req.file)) !== existing.uploadFileHash)
      throw refuse(422, idempotencyMessages.otherFile)
  } finally {
    if (req.file?.tempFilePath) await fs.rm(req.file.tempFilePath, { force: true })
  }
  const { depth, populate, select } = parseParams(req.query)
  // Read as the user, as the create would have answered: what they may not see stays hidden.
  const doc = await req.payload.findByID({
    collection,
    id: existing.id,
    depth,
    populate,
    select,
    overrideAccess: false,
    user: req.user,
    locale: req.locale ?? undefined,
    fallbackLocale: req.fallbackLocale ?? undefined,
  })
  const { labels } = req.payload.collections[collection].config
  return Response.json(
    {
      doc,
      message: req.t('general:successfullyCreated', {
        label: getTranslation(labels.singular, req.i18n),
      }),
    },
    {
      status: 201,
      headers: headersWithCors({ headers: new Headers({ [replayedHeader]: 'true' }), req }),
    },
  )
}

/**
 * POST to an upload collection, with an optional `Idempotency-Key`: a retry of an upload that
 * was stored (its answer lost to a crash or the network) finds that record instead of storing a
 * second. Payload's own create cannot answer with an existing record, so this endpoint stands in
 * front of it and hands every create, keyed or not, to it.
 *
 * In one process, requests with one key wait for each other, so the second of two at once
 * replays the first. Between processes the unique index on the key decides; the loser answers
 * 409 (its files, written before the record, are removed at the next start: strayUploads).
 */
export const idempotentCreate = (): Endpoint => {
  const endpoint: Endpoint = {
    path: '/',
    method: 'post',
    handler: async (req) => {
      const collection = req.routeParams?.collection as CollectionSlug
      const endpoints = req.payload.collections[collection].config.endpoints || []
      const create = endpoints.find(
        (other) => other !== endpoint && other.method === 'post' && other.path === '/',
      )?.handler
      if (!create) throw new Error(`${collection} has no create endpoint`)
      const header = req.headers.get(idempotencyKeyHeader)
      // Without a user Payload refuses the create itself; a key changes nothing about that.
      if (header === null || !req.user) return create(req)
      const key = parseIdempotencyKey(header)
      if (!key) throw refuse(400, idempotencyMessages.malformed)
      const keyHash = idempotencyKeyHash({ userId: req.user.id, key })
      return oneAtATime(keyHash, async () => {
        const existing = await findByKey(req, collection, keyHash)
        if (existing) return replay({ req, collection, existing })
        setUploadKey(req, { keyHash })
        try {
          return await create(req)
        } catch (err) {
          if (isKeyCollision(err)) throw refuse(409, idempotencyMessages.inProgress)
          throw err
        }
      })
    },
  }
  return endpoint
}
