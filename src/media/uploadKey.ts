import { createHash } from 'crypto'
import fs from 'fs'
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
  PayloadRequest,
} from 'payload'

import { refuse } from '@/workflow/refuse'

import { idempotencyMessages } from './idempotencyKey'

/** What idempotentCreate hands the create it lets through: the hashed key, then the file's hash. */
export type UploadKeyContext = { keyHash: string; fileHash?: string }

const contextKey = 'uploadKey'

export const uploadKeyOf = (req: PayloadRequest) =>
  req.context[contextKey] as UploadKeyContext | undefined

export const setUploadKey = (req: PayloadRequest, uploadKey: UploadKeyContext) => {
  req.context[contextKey] = uploadKey
}

const fieldNames = ['uploadKeyHash', 'uploadFileHash'] as const

/**
 * An upload's Idempotency-Key (hashed with its user) and its file's sha256: hidden from every
 * API and the admin; the unique index is what decides between two requests with one key.
 */
export const uploadKeyFields: Field[] = [
  { name: 'uploadKeyHash', type: 'text', unique: true, hidden: true },
  { name: 'uploadFileHash', type: 'text', hidden: true },
]

/** The sha256 of an uploaded file, in memory or (a video) still in its temporary file. */
export const fileHashOf = async (file: { data: Buffer; tempFilePath?: string }) => {
  const hash = createHash('sha256')
  if (!file.tempFilePath) return hash.update(file.data).digest('hex')
  for await (const chunk of fs.createReadStream(file.tempFilePath)) hash.update(chunk)
  return hash.digest('hex')
}

/**
 * First of the upload hooks: a body may not set the key fields (a forged hash would let a client
 * claim another user's key), and a keyed create hashes its file before other hooks move it.
 */
export const checkUploadKey: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  if (data && fieldNames.some((name) => Object.hasOwn(data, name)))
    throw refuse(400, idempotencyMessages.notSettable)
  const uploadKey = uploadKeyOf(req)
  if (operation === 'create' && uploadKey && req.file)
    uploadKey.fileHash = await fileHashOf(req.file)
  return args
}

/**
 * Stores the key with the record a keyed create makes. Anything else stores none: a duplicated
 * image would otherwise copy its original's key and collide with it.
 */
export const storeUploadKey: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  for (const name of fieldNames) delete data[name]
  const uploadKey = uploadKeyOf(req)
  if (uploadKey?.fileHash)
    Object.assign(data, { uploadKeyHash: uploadKey.keyHash, uploadFileHash: uploadKey.fileHash })
  return data
}
