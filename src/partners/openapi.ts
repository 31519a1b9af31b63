import { locales } from '@/i18n/locales'

import { defaultSyncLimit, maxSyncLimit } from './syncRequest'
import { partnerContentTypeSlugs } from './scope'

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
