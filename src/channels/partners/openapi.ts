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
  description:
    'Comma-separated content types, within your scope (default: all of it). A type named twice counts once.',
  schema: { type: 'string', example: 'stories,articles' },
}
const localeParameter = {
  name: 'locale',
  in: 'query',
  description: 'One of your languages (default: all of yours). `all` is not accepted.',
  schema: { type: 'string', enum: [...locales] },
}
const languageHeader = {
  name: 'Accept-Language',
  in: 'header',
  description: 'Error messages are in English unless this prefers az or ru.',
  schema: { type: 'string', example: 'az' },
}

const text = { type: 'string' }
const rendition = {
  type: 'object',
  required: ['name'],
  properties: {
    name: {
      type: 'string',
      description:
        'original, thumbnail, card, web (an image); external (a video link); canonical (the page on the campaign website, text/html).',
    },
    href: { type: 'string', format: 'uri' },
    contenttype: text,
    width: { type: 'number' },
    height: { type: 'number' },
    sizeinbytes: { type: 'number' },
  },
}
const roleText = (role: string) => ({
  type: 'array',
  items: {
    type: 'object',
    required: ['role', 'value'],
    properties: { role: { type: 'string', description: role }, contenttype: text, value: text },
  },
})

/** The ninjs 2.2 fields the sync hands out; the IPTC schema is the full definition. */
const ninjsSchema = {
  type: 'object',
  description:
    'An IPTC ninjs 2.2 object (https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json): an item usable in one language, or its tombstone (pubstatus canceled, same uri). Keep the highest version per uri.',
  required: ['uri', 'pubstatus'],
  properties: {
    uri: {
      type: 'string',
      format: 'uri',
      description: 'The stable name of the item in one language, as the Item uri; not its page.',
    },
    standard: {
      type: 'object',
      properties: { name: { const: 'ninjs' }, version: { const: '2.2' }, schema: text },
    },
    type: { type: 'string', enum: ['text', 'video', 'picture'] },
    version: {
      type: 'string',
      description:
        "Milliseconds since 1970, always higher for a newer state: an item's last change; a tombstone's is one past the time its removal was recorded.",
    },
    firstcreated: { type: 'string', format: 'date-time', description: 'First publication.' },
    versioncreated: {
      type: 'string',
      format: 'date-time',
      description: 'Last publication (a tombstone: when its removal was recorded).',
    },
    pubstatus: { type: 'string', enum: ['usable', 'canceled'] },
    language: { type: 'string', enum: [...locales] },
    headlines: roleText('main: the title'),
    descriptions: roleText('summary: the summary or excerpt'),
    bodies: roleText('main: the body as HTML; hotline: the hotline, one line per number'),
    by: text,
    slugline: text,
    renditions: { type: 'array', items: rendition },
    associations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'uri'],
        properties: {
          name: { type: 'string', description: "The image's role: hero, cover, posterFrame." },
          uri: { type: 'string', format: 'uri' },
          type: { const: 'picture' },
          descriptions: roleText('alt: the alt text'),
          renditions: { type: 'array', items: rendition },
        },
      },
    },
  },
}

/** The partner API as an OpenAPI 3.1 document, served at /api/partners/openapi.json. */
export const partnerOpenApi = (serverUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Xəbərdar partner API',
    version: '1.0.0',
    description:
      'Stories, articles, videos and posters of the anti-trafficking campaign for media partners: an exact copy by cursor sync with tombstones. See docs/partners.md. This document is served without a key: it holds no data.',
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
              'partner: a SyncPage, items as SyncItem. ninjs: a NinjsSyncPage, each item an IPTC ninjs 2.2 object (https://iptc.org/std/ninjs/), a deletion one with pubstatus "canceled"; same cursor and paging.',
            schema: { type: 'string', enum: [...syncFormats], default: 'partner' },
          },
          languageHeader,
        ],
        responses: {
          '200': {
            description:
              'A page of upserts and deletions, in the order of the changes: a SyncPage, or with format=ninjs a NinjsSyncPage.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/SyncAnswer' } },
            },
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
              languageHeader,
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
    '/api/partners/openapi.json': {
      get: {
        operationId: 'openApi',
        summary: 'This document. Served without a key: it holds no data.',
        security: [],
        responses: {
          '200': {
            description: 'The OpenAPI 3.1 document.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
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
        required: [
          'type',
          'id',
          'locale',
          'uri',
          'url',
          'title',
          'images',
          'hotline',
          'firstPublishedAt',
          'publishedAt',
        ],
        properties: {
          type: { type: 'string', enum: [...partnerContentTypeSlugs] },
          id: { type: 'string' },
          locale: { type: 'string', enum: [...locales] },
          uri: {
            type: 'string',
            format: 'uri',
            description:
              'The stable name of the item in this language: keep your copy under it. Not a web page.',
          },
          url: {
            type: ['string', 'null'],
            format: 'uri',
            description:
              "The item's page on the campaign's website in this language; null while the campaign has set none.",
          },
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
          firstPublishedAt: {
            type: ['string', 'null'],
            format: 'date-time',
            description: 'When it was first published in this language.',
          },
          publishedAt: {
            type: ['string', 'null'],
            format: 'date-time',
            description: 'When its current text in this language was published.',
          },
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
      NinjsSyncPage: {
        type: 'object',
        required: ['items', 'nextCursor', 'hasMore'],
        additionalProperties: false,
        properties: {
          items: { type: 'array', items: { $ref: '#/components/schemas/Ninjs' } },
          nextCursor: { type: 'string' },
          hasMore: { type: 'boolean' },
        },
      },
      SyncAnswer: {
        anyOf: [
          { $ref: '#/components/schemas/SyncPage' },
          { $ref: '#/components/schemas/NinjsSyncPage' },
        ],
      },
      Ninjs: ninjsSchema,
    },
  },
})
