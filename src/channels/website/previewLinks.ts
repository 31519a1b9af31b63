import type { CollectionConfig, CollectionSlug, Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import { publicUrl } from '@/env'
import { defaultLocale, isLocale, locales } from '@/i18n/locales'
import { readLinkRequest } from '@/links/linkRequest'
import { refuse } from '@/http/refuse'
import { workflowedCollections } from '@/workflow/state'

import { checkPreview, previewLifetime, signPreview } from './previewToken'

/** Everything that goes through review can be previewed before it is approved. */
export const previewableCollections = workflowedCollections

/**
 * `POST /api/<collection>/<id>/preview-link`, body `{"locale": "en", "expiresInSeconds": 3600}`
 * (both optional): staff get `{url, expiresAt}` for that item's latest draft in that language.
 */
export const previewLinkEndpoint = (collection: CollectionSlug): Endpoint => ({
  path: '/:id/preview-link',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw refuse(401, 'Log in to make a preview link.')
    if (!isStaffUser(req.user)) throw refuse(403, 'Only staff make preview links.')
    const { body, expiresAt } = await readLinkRequest(req, {
      lifetime: previewLifetime,
      example: '{"locale": "en"}',
    })
    const { locale = defaultLocale } = body
    if (!isLocale(locale)) throw refuse(400, `"locale" must be one of ${locales.join(', ')}.`)
    const id = String(req.routeParams?.id)
    // The staff member's own read: a link only for an item they can see.
    const item = await req.payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
      select: { createdAt: true },
    })
    if (!item) throw refuse(404, 'No such item.')
    const token = signPreview(req.payload.secret, {
      collection,
      id,
      // Every previewable collection has timestamps; the endpoint's slug type does not say so.
      createdAt: (item as { createdAt: string }).createdAt,
      locale,
      expiresAt,
    })
    return Response.json({
      url: `${publicUrl()}/api/website/preview/${token}`,
      expiresAt: new Date(expiresAt * 1000).toISOString(),
    })
  },
})

/**
 * `GET /api/website/preview/<token>`: the item's latest draft in the link's language, as JSON in
 * the shape of a REST read, without fallback, relationships as ids (the link opens this item and
 * nothing else) and without the consent record or workflow state. A story whose consent was
 * withdrawn is not shown even to a link.
 */
export const previewReadEndpoint: Endpoint = {
  path: '/website/preview/:token',
  method: 'get',
  handler: async (req) => {
    const checked = checkPreview({
      secret: req.payload.secret,
      token: String(req.routeParams?.token ?? ''),
      now: new Date(),
    })
    if ('status' in checked) throw refuse(checked.status, checked.message)
    const { collection, id, locale } = checked.grant
    if (!(previewableCollections as readonly string[]).includes(collection))
      throw refuse(404, 'This preview link is not valid.')
    const doc = await req.payload.findByID({
      collection: collection as (typeof previewableCollections)[number],
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    const { consent: _consent, workflow, ...shown } = (doc ?? {}) as Record<string, unknown>
    // Another item under the link's id (a database that gave a deleted item's id again) is not it.
    if (
      !doc ||
      doc.createdAt !== checked.grant.createdAt ||
      (workflow as { withdrawnAt?: string } | undefined)?.withdrawnAt
    )
      throw refuse(404, 'This item is no longer there.')
    return Response.json(shown, {
      headers: {
        'cache-control': 'private, no-store',
        'x-robots-tag': 'noindex',
        'x-preview-expires-at': new Date(checked.grant.expiresAt * 1000).toISOString(),
      },
    })
  },
}

/** Each of the campaign's content collections gets its preview link endpoint and button. */
export const withPreviewLinks = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) =>
    (workflowedCollections as readonly string[]).includes(collection.slug)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            components: {
              ...collection.admin?.components,
              edit: {
                ...collection.admin?.components?.edit,
                beforeDocumentControls: [
                  ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
                  '/channels/website/admin/PreviewButton#PreviewButton',
                ],
              },
            },
          },
          endpoints: [
            ...(collection.endpoints || []),
            previewLinkEndpoint(collection.slug as CollectionSlug),
          ],
        }
      : collection,
  )
