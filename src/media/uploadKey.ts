import { createHash } from 'crypto'
import fs from 'fs'
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
  PayloadRequest,
} from 'payload'

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
 * API and the admin, so no request reads or writes them; the unique index is what decides
 * between two requests with one key.
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
 * A keyed create hashes its file before the other upload hooks move it. A body that names the
 * key fields never gets here: they are hidden, so rejectForbiddenFields refuses it (403).
 */
export const hashUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
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
