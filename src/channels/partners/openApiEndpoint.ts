import type { Endpoint } from 'payload'

import { publicUrl } from '@/env'

import { partnerOpenApi } from './openapi'

/** GET /api/partners/openapi.json — the partner API's description; it holds no secret. */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: () =>
    Response.json(partnerOpenApi(publicUrl()), {
      headers: { 'cache-control': 'public, max-age=300' },
    }),
}
