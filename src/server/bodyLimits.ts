import type { Refusal } from '@/http/refuse'
import { maxImageBytes, maxUploadBytes } from '@/media/renditions'

/** Who sends a body, as far as its size is concerned: only staff may upload files. */
export type Principal = 'anonymous' | 'apiKey' | 'staff'

export type BodyRequest = { method: string; path: string; contentType?: string }

/** Either how many bytes of body to read at most (and what to say beyond), or a refusal. */
export type BodyVerdict = { maxBytes: number; tooLargeMessage: string } | Refusal

const megabyte = 1024 * 1024

/** JSON, GraphQL, the admin's saves (multipart whose `_payload` Payload caps at 1 MB too). */
export const maxDocumentBytes = megabyte

/** The file collections, their file limit and what they take. */
const uploadCollections: Record<string, { maxFileBytes: number; what: string }> = {
  media: { maxFileBytes: maxImageBytes, what: 'an image' },
  'video-files': { maxFileBytes: maxUploadBytes, what: 'a video file' },
}

const uploadPath = /^\/api\/([a-z-]+)(?:\/[^/]+)?\/?$/

const isMultipart = (contentType = '') => /^multipart\//i.test(contentType.trim())

/** The file collection a request sends a file to, if it does. */
export const uploadCollectionOf = ({ method, path, contentType }: BodyRequest) => {
  const slug = path.match(uploadPath)?.[1]
  return ['POST', 'PATCH', 'PUT'].includes(method) &&
    isMultipart(contentType) &&
    slug &&
    Object.hasOwn(uploadCollections, slug)
    ? slug
    : undefined
}

const tooLarge = (limit: number, what: string) =>
  `The body is too large: the limit is ${limit / megabyte} MB for ${what}.`

/**
 * How large a body may be, decided from the request line, the content type and who asks, before
 * any of it is read. Only staff upload files (the file's limit plus room for the document and the
 * multipart framing); every other body is a document of at most 1 MB. Without a principal an
 * upload is treated as anonymous: the caller resolves it only where it matters.
 */
export const bodyVerdict = (request: BodyRequest & { principal?: Principal }): BodyVerdict => {
  // busboy cannot split a multipart body without its boundary; Payload would answer 500.
  if (isMultipart(request.contentType) && !/;\s*boundary=[^;\s]/i.test(request.contentType!))
    return {
      status: 400,
      message: 'A multipart body needs its boundary: Content-Type: multipart/form-data; boundary=…',
    }
  const upload = uploadCollectionOf(request)
  if (!upload)
    return { maxBytes: maxDocumentBytes, tooLargeMessage: tooLarge(maxDocumentBytes, 'a document') }
  if (request.principal === 'apiKey')
    return { status: 403, message: 'An API key may not upload files.' }
  if (request.principal !== 'staff') return { status: 401, message: 'Log in to upload files.' }
  const { maxFileBytes, what } = uploadCollections[upload]
  return {
    maxBytes: maxFileBytes + maxDocumentBytes,
    tooLargeMessage: tooLarge(maxFileBytes, what),
  }
}
