import { createHash } from 'crypto'

import fresh from 'fresh'
import type { Endpoint, PayloadRequest } from 'payload'

import { publicUrl } from '@/env'
import { refuse } from '@/http/refuse'
import { homePageAddress } from '@/links/pageAddress'

import type { FeedInput } from './feedContent'
import { readFeedRequest } from './feedRequest'
import { jsonFeed } from './jsonFeed'
import { latestItems } from './latestItems'
import { partnerReadContext, requirePartner, wordsFor } from './partnerEndpoint'
import { rssFeed } from './rss'
import { partnerScope } from '@/access/partnerScope'

/**
 * A feed of the latest items in one language, as the partner may read them, in one encoding.
 * ETag and Last-Modified let a reader poll cheaply: an unchanged feed answers 304.
 */
const feedEndpoint = ({
  path,
  contentType,
  encode,
}: {
  path: string
  contentType: string
  encode: (input: FeedInput) => string
}): Endpoint => ({
  path,
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const partner = requirePartner(req)
    const request = readFeedRequest(
      req.query as Record<string, unknown>,
      partnerScope(partner),
      wordsFor(req),
    )
    if ('status' in request) throw refuse(request.status, request.message)
    const context = await partnerReadContext(req, partner)
    const views = await latestItems(context, request)
    const newest = views.reduce<string | null>(
      (latest, view) => (latest === null || view.updatedAt > latest ? view.updatedAt : latest),
      null,
    )
    const body = encode({
      views,
      locale: request.locale,
      hotline: context.hotline(request.locale),
      feedUrl: `${publicUrl()}/api/partners${path}${new URL(req.url ?? '', publicUrl()).search}`,
      homeUrl: homePageAddress(context.pages(request.locale), request.locale),
      updated: newest ? new Date(newest) : context.now,
    })
    const headers: Record<string, string> = {
      'cache-control': 'private, no-cache',
      etag: `"${createHash('sha256').update(body).digest('base64url')}"`,
      ...(newest ? { 'last-modified': new Date(newest).toUTCString() } : {}),
    }
    const conditional = {
      'if-none-match': req.headers.get('if-none-match') ?? undefined,
      'if-modified-since': req.headers.get('if-modified-since') ?? undefined,
    }
    if (fresh(conditional, headers)) return new Response(null, { status: 304, headers })
    return new Response(body, { headers: { ...headers, 'content-type': contentType } })
  },
})

/** GET /api/partners/feed.json and /api/partners/feed.rss */
export const feedEndpoints: Endpoint[] = [
  feedEndpoint({
    path: '/feed.json',
    contentType: 'application/feed+json; charset=utf-8',
    encode: (input) => JSON.stringify(jsonFeed(input)),
  }),
  feedEndpoint({
    path: '/feed.rss',
    contentType: 'application/rss+xml; charset=utf-8',
    encode: rssFeed,
  }),
]
