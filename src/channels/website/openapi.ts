import { exploitationTypeOptions } from '@/fields/exploitationTypes'
import { locales } from '@/i18n/locales'
import { pageTypes } from '@/links/pageAddress'

import { listSorts, maxListLimit } from './listQuery'
import { answerCacheControl, imageCacheControl } from './cacheControl'

const errors = {
  description: 'Why not, in English unless Accept-Language asks for az or ru.',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Errors' } } },
}
const cached = (schema: string) => ({
  '200': {
    description: `The answer, with a strong ETag and Last-Modified; Cache-Control: ${answerCacheControl}.`,
    headers: {
      ETag: { schema: { type: 'string' } },
      'Last-Modified': { schema: { type: 'string' } },
      'Cache-Control': { schema: { type: 'string', const: answerCacheControl } },
    },
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
  },
  '304': { description: 'If-None-Match (weakly compared, or *) or If-Modified-Since matched.' },
})
const conditional = [
  { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
  { name: 'If-Modified-Since', in: 'header', schema: { type: 'string' } },
]
const localeParameter = {
  name: 'locale',
  in: 'path',
  required: true,
  description: 'The language read; an item is answered only in a language it is public in.',
  schema: { type: 'string', enum: [...locales] },
}
const nullableString = { type: ['string', 'null'] }
const image = {
  type: 'object',
  required: ['role', 'url', 'width', 'height', 'mimeType', 'alt', 'renditions'],
  properties: {
    role: { type: 'string', enum: ['hero', 'cover', 'posterFrame', 'artwork'] },
    url: { type: 'string', format: 'uri' },
    width: { type: ['integer', 'null'] },
    height: { type: ['integer', 'null'] },
    mimeType: nullableString,
    alt: { ...nullableString, description: 'In this language only; null rather than another’s.' },
    renditions: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: {
          url: { type: 'string', format: 'uri' },
          width: { type: ['integer', 'null'] },
          height: { type: ['integer', 'null'] },
        },
      },
    },
  },
}
const itemProperties = {
  type: { type: 'string', enum: [...pageTypes] },
  id: { type: 'string' },
  slug: { ...nullableString, description: 'Posters and brochures have none: use the id.' },
  locale: { type: 'string', enum: [...locales] },
  url: { ...nullableString, description: 'The page address (Settings → Website addresses).' },
  title: { type: 'string' },
  summary: nullableString,
  pseudonym: nullableString,
  destination: nullableString,
  contentWarning: nullableString,
  excerpt: nullableString,
  byline: nullableString,
  description: nullableString,
  intro: nullableString,
  tags: { type: 'array', items: { type: 'string' } },
  externalUrl: nullableString,
  duration: { type: ['number', 'null'] },
  exploitationTypes: {
    type: 'array',
    items: {
      type: 'object',
      properties: {
        value: { type: 'string', enum: exploitationTypeOptions.map((option) => option.value) },
        label: { type: 'string' },
      },
    },
  },
  images: { type: 'array', items: image },
  firstPublishedAt: { ...nullableString, format: 'date-time' },
  publishedAt: { ...nullableString, format: 'date-time' },
  languages: {
    type: 'array',
    description: 'Every language the item is public in now, for hreflang.',
    items: {
      type: 'object',
      properties: {
        locale: { type: 'string', enum: [...locales] },
        slug: nullableString,
        url: nullableString,
      },
    },
  },
}

/** The website's read API as an OpenAPI 3.1 document, served at /api/website/openapi.json. */
export const websiteOpenApi = (serverUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Xəbərdar website API',
    version: '1.0.0',
    description:
      'What the campaign’s websites read, anonymously: only what is public now. Answers come from memory, carry strong ETags and may be kept by a CDN for at most 60 s. See docs/websites.md.',
  },
  servers: [{ url: serverUrl }],
  paths: {
    '/api/website/{locale}/items': {
      get: {
        operationId: 'listItems',
        summary: 'A page of public items, newest first or by title in the language’s order.',
        parameters: [
          localeParameter,
          {
            name: 'type',
            in: 'query',
            description: 'Comma-separated types (default: all); repeats count once.',
            schema: { type: 'string', example: 'stories,articles' },
          },
          {
            name: 'exploitationType',
            in: 'query',
            schema: { type: 'string', enum: exploitationTypeOptions.map((option) => option.value) },
          },
          {
            name: 'location',
            in: 'query',
            description: 'A location’s id: posters shown there.',
            schema: { type: 'string' },
          },
          {
            name: 'sort',
            in: 'query',
            schema: { type: 'string', enum: [...listSorts], default: '-publishedAt' },
          },
          {
            name: 'page',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 },
          },
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: maxListLimit, default: 20 },
          },
          ...conditional,
        ],
        responses: { ...cached('ItemList'), '400': errors },
      },
    },
    '/api/website/{locale}/{type}/{slug}': {
      get: {
        operationId: 'getItem',
        summary: 'One public item by its address in this language: how a site routes a page.',
        parameters: [
          localeParameter,
          {
            name: 'type',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: [...pageTypes] },
          },
          {
            name: 'slug',
            in: 'path',
            required: true,
            description: 'The slug in this language (posters and brochures: the id).',
            schema: { type: 'string' },
          },
          ...conditional,
        ],
        responses: { ...cached('Item'), '400': errors, '404': errors },
      },
    },
    '/api/website/{locale}/settings': {
      get: {
        operationId: 'getSettings',
        summary: 'The hotline, the organisations and the home page in this language.',
        parameters: [localeParameter, ...conditional],
        responses: { ...cached('Settings'), '400': errors },
      },
    },
    '/api/media/file/{filename}': {
      get: {
        operationId: 'getImage',
        summary: 'An image file a public item shows (URLs come in the items).',
        parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: `The file; Cache-Control: ${imageCacheControl} (a name never changes its bytes).`,
            content: { 'image/*': { schema: { type: 'string', contentMediaType: 'image/*' } } },
          },
          '304': { description: 'The held copy is current.' },
          '403': errors,
          '404': errors,
        },
      },
    },
  },
  components: {
    schemas: {
      Errors: {
        type: 'object',
        properties: {
          errors: {
            type: 'array',
            items: { type: 'object', properties: { message: { type: 'string' } } },
          },
        },
      },
      Item: {
        type: 'object',
        required: ['type', 'id', 'locale', 'title', 'images', 'languages', 'hotline', 'related'],
        properties: {
          ...itemProperties,
          bodyHtml: {
            ...nullableString,
            description:
              'Stories and articles: sanitised HTML (no script, style or event attributes).',
          },
          related: {
            type: 'array',
            description: 'Related items that are public in this language.',
            items: {
              type: 'object',
              properties: {
                type: { type: 'string', enum: [...pageTypes] },
                id: { type: 'string' },
                slug: nullableString,
                title: { type: 'string' },
                url: nullableString,
              },
            },
          },
          hotline: { $ref: '#/components/schemas/Hotline' },
        },
      },
      ItemList: {
        type: 'object',
        required: ['locale', 'items', 'page', 'limit', 'totalItems', 'totalPages'],
        properties: {
          locale: { type: 'string', enum: [...locales] },
          items: {
            type: 'array',
            description: 'Items without body, related items or hotline.',
            items: { type: 'object', properties: itemProperties },
          },
          page: { type: 'integer' },
          limit: { type: 'integer' },
          totalItems: { type: 'integer' },
          totalPages: { type: 'integer' },
        },
      },
      Hotline: {
        type: 'array',
        items: {
          type: 'object',
          properties: { label: { type: 'string' }, number: { type: 'string' } },
        },
      },
      Settings: {
        type: 'object',
        properties: {
          locale: { type: 'string', enum: [...locales] },
          hotline: { $ref: '#/components/schemas/Hotline' },
          organisations: {
            type: 'object',
            properties: {
              campaign: nullableString,
              department: nullableString,
              funder: nullableString,
            },
          },
          home: nullableString,
        },
      },
    },
  },
})
