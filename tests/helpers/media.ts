import sharp from 'sharp'

import type { ApiClient } from './api'

/** POST /api/media as multipart, the way the admin uploads a file. */
export const uploadMedia = (
  api: ApiClient,
  token: string,
  data: Buffer,
  filename: string,
  type: string,
  fields: object = { alt: 'Şəkil' },
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), filename)
  form.append('_payload', JSON.stringify(fields))
  return api.post('/api/media', { token, form })
}

/** A small real PNG, for tests that need an image but not a particular one. */
export const smallPng = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer()
