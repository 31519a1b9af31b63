import type { Endpoint } from 'payload'

import { publicUrl } from '@/env'
import { refuse } from '@/workflow/refuse'

import { readHotline } from './hotline'
import { mediaFileUrl } from './mediaFileUrl'
import { requirePartner } from './partnerEndpoint'
import { partnerScope } from './scope'
import { syncPage } from './sync'
import { readSyncRequest } from './syncRequest'

/**
 * GET /api/partners/sync — what changed since the partner's cursor: items to upsert and
 * tombstones to delete, per language, in stable pages. No cursor: a full snapshot first.
 */
export const syncEndpoint: Endpoint = {
  path: '/sync',
  method: 'get',
  handler: async (req) => {
    const partner = requirePartner(req)
    const request = readSyncRequest(req.query as Record<string, unknown>, partnerScope(partner))
    if ('status' in request) throw refuse(request.status, request.message)
    const page = await syncPage(
      {
        payload: req.payload,
        partner,
        now: new Date(),
        hotline: await readHotline(req.payload),
        fileUrl: mediaFileUrl,
        apiUrl: `${publicUrl()}/api`,
      },
      request,
    )
    if ('refusal' in page) throw refuse(400, page.refusal)
    return Response.json(page, { headers: { 'cache-control': 'private, no-store' } })
  },
}
