import { locales } from '@/i18n/locales'

import { defaultFeedLimit, maxFeedLimit } from './feedRequest'
import { partnerContentTypeSlugs } from '@/access/partnerScope'
import { defaultSyncLimit, maxSyncLimit, syncFormats } from './syncRequest'
import { webhookHeaders } from './webhooks/signature'
import { webhookEvents } from './webhooks/events'

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Errors' } } },
})

const errors = {
  '400': error('A malformed request: the message says which parameter and what is allowed.'),
  '401': error('No key, or not a valid one (rotated, revoked, mistyped).'),
  '403': error('The key is switched off, or the request is outside its scope.'),
  '429': {
    ...error('Too many requests with this key: wait Retry-After seconds.'),
    headers: {
      'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } },
    },
  },
}

const typesParameter = {
  name: 'types',
  in: 'query',
  description: 'Comma-separated content types, within your scope (default: all of it).',
  schema: { type: 'string', example: 'stories,articles' },
}
const localeParameter = {
  name: 'locale',
  in: 'query',
  description: 'One language, within your scope (default: all of yours).',
  schema: { type: 'string', enum: [...locales] },
}

/** The partner API as an OpenAPI 3.1 document, served at /api/partners/openapi.json. */
export const partnerOpenApi = (serverUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Xəbərdar partner API',
    version: '1.0.0',
    description:
      'Stories, articles, videos and posters of the anti-trafficking campaign for media partners: an exact copy by cursor sync with tombstones. See docs/partners.md.',
  },
  servers: [{ url: serverUrl }],
  security: [{ partnerKey: [] }],
  paths: {
    '/api/partners/sync': {
      get: {
        operationId: 'sync',
        summary: 'What changed since your cursor (no cursor: a full snapshot first).',
        parameters: [
          {
            name: 'cursor',
            in: 'query',
            description: 'nextCursor of your last page; leave it out for a first sync.',
            schema: { type: 'string' },
          },
          {
            name: 'limit',
            in: 'query',
            description: 'Changed items per page.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: maxSyncLimit,
              default: defaultSyncLimit,
            },
          },
          typesParameter,
          localeParameter,
          {
            name: 'format',
            in: 'query',
            description:
              'partner: items as below. ninjs: each item an IPTC ninjs 2.2 object (https://iptc.org/std/ninjs/), a deletion one with pubstatus "canceled"; same paging.',
            schema: { type: 'string', enum: [...syncFormats], default: 'partner' },
          },
        ],
        responses: {
          '200': {
            description: 'A page of upserts and deletions, in the order of the changes.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SyncPage' } } },
          },
          ...errors,
        },
      },
    },
    ...Object.fromEntries(
      (
        [
          [
            'json',
            'application/feed+json',
            'JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)',
          ],
          ['rss', 'application/rss+xml', 'RSS 2.0'],
        ] as const
      ).map(([extension, contentType, format]) => [
        `/api/partners/feed.${extension}`,
        {
          get: {
            operationId: `feed${extension === 'json' ? 'Json' : 'Rss'}`,
            summary: `The latest items in one language as ${format}, newest first.`,
            parameters: [
              { ...localeParameter, description: 'One of your languages (default: your first).' },
              typesParameter,
              {
                name: 'limit',
                in: 'query',
                schema: {
                  type: 'integer',
                  minimum: 1,
                  maximum: maxFeedLimit,
                  default: defaultFeedLimit,
                },
              },
              { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
            ],
            responses: {
              '200': {
                description: format,
                content: { [contentType]: { schema: { type: 'string' } } },
              },
              '304': { description: 'Unchanged since the ETag you sent.' },
              ...errors,
            },
          },
        },
      ]),
    ),
  },
  webhooks: {
    itemChanged: {
      post: {
        summary:
          'Sent to your webhook URL when an item you take is published, updated, unpublished or its consent withdrawn; then sync. Verify the signature (docs/partners.md).',
        parameters: Object.entries({
          [webhookHeaders.event]: 'The event, as in the body.',
          [webhookHeaders.delivery]:
            'The delivery id: the same on every retry; skip one you have seen.',
          [webhookHeaders.timestamp]: 'Seconds since 1970 when this attempt was signed.',
          [webhookHeaders.signature]:
            'v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with your signing secret>.',
        }).map(([name, description]) => ({
          name,
          in: 'header',
          required: true,
          description,
          schema: { type: 'string' },
        })),
        requestBody: {
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } },
          },
        },
        responses: {
          '200': {
            description:
              'Any 2xx within 10 s: delivered. Anything else is retried with exponential backoff.',
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      partnerKey: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description: 'Send "partners API-Key <your key>".',
      },
    },
    schemas: {
      Errors: {
        type: 'object',
        required: ['errors'],
        properties: {
          errors: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['message'],
              properties: { message: { type: 'string' } },
            },
          },
        },
      },
      Image: {
        type: 'object',
        required: ['role', 'url', 'renditions'],
        properties: {
          role: { type: 'string', enum: ['hero', 'cover', 'posterFrame', 'artwork'] },
          url: { type: 'string', format: 'uri' },
          width: { type: ['integer', 'null'] },
          height: { type: ['integer', 'null'] },
          mimeType: { type: ['string', 'null'] },
          alt: { type: ['string', 'null'] },
          renditions: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['url'],
              properties: {
                url: { type: 'string', format: 'uri' },
                width: { type: ['integer', 'null'] },
                height: { type: ['integer', 'null'] },
              },
            },
          },
        },
      },
      Item: {
        type: 'object',
        description:
          'One item in one language. Besides these, each type carries its own fields: stories slug, summary, pseudonym, exploitationTypes, destination, contentWarning, relatedVideo; articles slug, excerpt, byline, tags; videos slug, description, duration, externalUrl, subtitles; posters displaySeconds.',
        required: ['type', 'id', 'locale', 'uri', 'title', 'images', 'hotline'],
        properties: {
          type: { type: 'string', enum: [...partnerContentTypeSlugs] },
          id: { type: 'string' },
          locale: { type: 'string', enum: [...locales] },
          uri: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          bodyHtml: { type: ['string', 'null'] },
          images: { type: 'array', items: { $ref: '#/components/schemas/Image' } },
          hotline: {
            type: 'array',
            description: 'The hotline lines in this language: print them with the item.',
            items: { type: 'string' },
          },
          createdAt: { type: 'string', format: 'date-time' },
          updatedAt: { type: 'string', format: 'date-time' },
        },
      },
      SyncItem: {
        oneOf: [
          {
            type: 'object',
            required: ['action', 'type', 'id', 'locale', 'item'],
            properties: {
              action: { const: 'upsert' },
              type: { type: 'string', enum: [...partnerContentTypeSlugs] },
              id: { type: 'string' },
              locale: { type: 'string', enum: [...locales] },
              item: { $ref: '#/components/schemas/Item' },
            },
          },
          {
            type: 'object',
            required: ['action', 'type', 'id', 'locale'],
            additionalProperties: false,
            properties: {
              action: { const: 'delete' },
              type: { type: 'string', enum: [...partnerContentTypeSlugs] },
              id: { type: 'string' },
              locale: { type: 'string', enum: [...locales] },
            },
          },
        ],
      },
      WebhookEvent: {
        type: 'object',
        required: ['id', 'event', 'type', 'itemId', 'locales', 'occurredAt'],
        properties: {
          id: { type: 'string', description: 'The delivery id.' },
          event: { type: 'string', enum: [...webhookEvents] },
          type: { type: 'string', enum: [...partnerContentTypeSlugs] },
          itemId: { type: 'string' },
          locales: { type: 'array', items: { type: 'string', enum: [...locales] } },
          occurredAt: { type: 'string', format: 'date-time' },
        },
      },
      SyncPage: {
        type: 'object',
        required: ['items', 'nextCursor', 'hasMore'],
        additionalProperties: false,
        properties: {
          items: { type: 'array', items: { $ref: '#/components/schemas/SyncItem' } },
          nextCursor: { type: 'string' },
          hasMore: { type: 'boolean' },
        },
      },
    },
  },
})
