import fs from 'fs'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { Readable } from 'stream'

import { hasRole, isStaffUser } from '@/access/roles'
import { publicUrl } from '@/env'
import { isWellFormedId } from '@/http/ids'
import { readLinkRequest } from '@/links/linkRequest'
import { refuse } from '@/http/refuse'

import { printPath } from './files'
import type { PrintFileRecord } from './printFileRecord'
import { currentInputsHash, isServable } from './servable'
import { checkPrintGrant, shareLifetime, signPrintGrant } from './shareLink'

const gone =
  'This print file is no longer available: its item was unpublished or withdrawn, or what it prints changed and it is being made again.'

/** The staff member's own read of one print file that may be handed out now. */
const servableFile = async (req: PayloadRequest): Promise<PrintFileRecord> => {
  if (!req.user) throw refuse(401, 'Log in to download print files.')
  if (!isStaffUser(req.user)) throw refuse(403, 'Only campaign staff download print files.')
  const id = req.routeParams?.id
  if (!isWellFormedId(id, req.payload.db.name)) throw refuse(404, 'No such print file.')
  const file = (await req.payload.findByID({
    collection: 'print-files',
    id: id as string,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })) as unknown as PrintFileRecord | null
  if (!file) throw refuse(404, 'No such print file.')
  if (file.status !== 'ready') throw refuse(409, file.error || 'This print file could not be made.')
  if (!(await isServable(req.payload, file, new Date()))) throw refuse(410, gone)
  return file
}

/** When the item was made: with its id, what tells it from a later item given the same id. */
const itemCreatedAt = async (
  payload: Payload,
  { itemCollection, itemId }: Pick<PrintFileRecord, 'itemCollection' | 'itemId'>,
): Promise<string | null> => {
  const item = await payload.findByID({
    collection: itemCollection,
    id: itemId,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return item?.createdAt ?? null
}

const downloadName = (file: PrintFileRecord) =>
  `xeberdar-${file.itemCollection}-${file.itemId}-${file.locale}-${file.format}.pdf`

/**
 * Streams a stored file; a file missing on disk is gone, not a server error. The file is opened
 * before its size is read, so a sweep removing it meanwhile cannot cut the answer short.
 */
const sendFile = async (
  name: string | null | undefined,
  headers: Record<string, string>,
): Promise<Response> => {
  const handle = name ? await fs.promises.open(printPath(name)).catch(() => null) : null
  if (!handle) throw refuse(410, gone)
  const stat = await handle.stat()
  const body = Readable.toWeb(handle.createReadStream()) as ReadableStream
  return new Response(body, {
    headers: {
      'content-length': String(stat.size),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      // Print shop links are private: never indexed, wherever they get pasted.
      'x-robots-tag': 'noindex, nofollow',
      ...headers,
    },
  })
}

const sendPdf = (file: PrintFileRecord) =>
  sendFile(file.fileName, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${downloadName(file)}"`,
  })

/** `GET /api/print-files/:id/download`, `…/preview`, `POST …/share-link`. */
export const printFileEndpoints: Endpoint[] = [
  {
    path: '/:id/download',
    method: 'get',
    handler: async (req) => sendPdf(await servableFile(req)),
  },
  {
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => {
      const file = await servableFile(req)
      if (!file.previewName) throw refuse(404, 'This print file has no preview image.')
      return sendFile(file.previewName, { 'content-type': 'image/png' })
    },
  },
  {
    // Body `{"expiresInSeconds": 86400}` (optional): `{url, expiresAt}` for a print shop.
    path: '/:id/share-link',
    method: 'post',
    handler: async (req) => {
      if (req.user && !hasRole(req.user, 'admin', 'editor', 'reviewer'))
        throw refuse(403, 'Editors, reviewers and admins give print shops links.')
      const file = await servableFile(req)
      const { expiresAt } = await readLinkRequest(req, {
        lifetime: shareLifetime,
        example: '{"expiresInSeconds": 86400}',
      })
      const createdAt = await itemCreatedAt(req.payload, file)
      if (!createdAt) throw refuse(410, gone)
      const { itemCollection, itemId, locale, format } = file
      const token = signPrintGrant(
        req.payload.secret,
        { itemCollection, itemId, itemCreatedAt: createdAt, locale, format },
        expiresAt,
      )
      return Response.json({
        url: `${publicUrl()}/api/print/shared/${token}`,
        expiresAt: new Date(expiresAt * 1000).toISOString(),
      })
    },
  },
]

/**
 * `GET /api/print/shared/<token>`: the current file for the link's item, language and format,
 * to anyone holding the link, until it expires (410) or the item is taken down (410).
 */
export const sharedPrintFileEndpoint: Endpoint = {
  path: '/print/shared/:token',
  method: 'get',
  handler: async (req) => {
    const now = new Date()
    const checked = checkPrintGrant(req.payload.secret, String(req.routeParams?.token ?? ''), now)
    if ('status' in checked) throw refuse(checked.status, checked.message)
    const { grant } = checked
    if ((await itemCreatedAt(req.payload, grant)) !== grant.itemCreatedAt) throw refuse(410, gone)
    // The file made from the content as it is now: a link outlives the files it first gave.
    const inputsHash = await currentInputsHash(req.payload, grant, now)
    if (!inputsHash) throw refuse(410, gone)
    const { docs } = await req.payload.find({
      collection: 'print-files',
      where: {
        and: [
          { itemCollection: { equals: grant.itemCollection } },
          { itemId: { equals: grant.itemId } },
          { locale: { equals: grant.locale } },
          { format: { equals: grant.format } },
          { status: { equals: 'ready' } },
          { inputsHash: { equals: inputsHash } },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const file = docs[0] as unknown as PrintFileRecord | undefined
    if (!file) throw refuse(410, gone)
    return sendPdf(file)
  },
}
