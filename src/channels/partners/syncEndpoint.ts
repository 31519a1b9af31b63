import type { Endpoint } from 'payload'

import { refuse } from '@/http/refuse'

import { ninjsSyncItem } from './ninjs'
import type { SyncItem } from './sync'
import { partnerReadContext, requirePartner, wordsFor } from './partnerEndpoint'
import { partnerScope } from '@/access/partnerScope'
import { syncPage } from './sync'
import { readSyncFormat, readSyncRequest } from './syncRequest'

/** A sync entry in the partner API's own format: a tombstone names the item in one language. */
const partnerSyncItem = (entry: SyncItem) =>
  entry.action === 'upsert'
    ? entry
    : { action: entry.action, type: entry.type, id: entry.id, locale: entry.locale }

/**
 * GET /api/partners/sync — what changed since the partner's cursor: items to upsert and
 * tombstones to delete, per language, in stable pages. No cursor: a full snapshot first.
 * `format=ninjs`: the same pages with IPTC ninjs objects as items (a tombstone is canceled).
 */
export const syncEndpoint: Endpoint = {
  path: '/sync',
  method: 'get',
  handler: async (req) => {
    const partner = requirePartner(req)
    const words = wordsFor(req)
    const query = req.query as Record<string, unknown>
    const request = readSyncRequest(query, partnerScope(partner), words)
    if ('status' in request) throw refuse(request.status, request.message)
    const format = readSyncFormat(query.format, words)
    if (typeof format !== 'string') throw refuse(format.status, format.message)
    const context = await partnerReadContext(req, partner)
    const page = await syncPage(context, request)
    if ('refusal' in page) throw refuse(400, words[page.refusal])
    const body = {
      ...page,
      items: page.items.map((entry) =>
        format === 'ninjs' ? ninjsSyncItem(entry, context.apiUrl) : partnerSyncItem(entry),
      ),
    }
    return Response.json(body, { headers: { 'cache-control': 'private, no-store' } })
  },
}
