import { readFileSync } from 'fs'
import path from 'path'

import { Ajv, type ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import RssParser from 'rss-parser'

const schema = (file: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../schemas', file), 'utf8'))
// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default

const errorsOf = (validate: ValidateFunction) => (value: unknown) =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)

const ninjsAjv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ninjsAjv)
ninjsAjv.addSchema(schema('GeoJSON-schema.json'))
/** What the official IPTC ninjs 2.2 schema finds wrong with an object (none: valid). */
export const ninjsErrors = errorsOf(ninjsAjv.compile(schema('ninjs-schema_2.2.json')))

const jsonFeedAjv = new Ajv({ strict: true, strictRequired: false, allErrors: true })
addFormats(jsonFeedAjv)
/** What JSON Feed 1.1 (our schema of its spec) finds wrong with a feed. */
export const jsonFeedErrors = errorsOf(jsonFeedAjv.compile(schema('jsonfeed-1.1.schema.json')))

type RssItem = Record<string, unknown> & {
  enclosure?: { '@_url': string; '@_length': string; '@_type': string }
}
/**
 * What RSS 2.0 requires that a document lacks: well-formed XML, `rss version="2.0"` with one
 * channel of title, link and description, items with a title or a description, enclosures with
 * url, length and type. Returns the problems and the parsed channel.
 */
export const rssProblems = (xml: string) => {
  const wellFormed = XMLValidator.validate(xml)
  if (wellFormed !== true) return { problems: [wellFormed.err.msg], channel: undefined }
  const document = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'item',
    parseTagValue: false,
  }).parse(xml)
  const problems: string[] = []
  if (document.rss?.['@_version'] !== '2.0') problems.push('rss@version is not 2.0')
  const channel = document.rss?.channel
  for (const element of ['title', 'link', 'description'])
    if (typeof channel?.[element] !== 'string') problems.push(`channel has no ${element}`)
  const items: RssItem[] = channel?.item ?? []
  items.forEach((item, index) => {
    if (item.title === undefined && item.description === undefined)
      problems.push(`item ${index} has neither title nor description`)
    if (item.enclosure) {
      const { '@_url': url, '@_length': length, '@_type': type } = item.enclosure
      if (!URL.canParse(url) || !/^\d+$/.test(length) || !type)
        problems.push(`item ${index} has an incomplete enclosure`)
    }
  })
  return { problems, channel: channel as { item?: RssItem[] } & Record<string, unknown> }
}

/** The feed as a real RSS reader library reads it. */
export const readRss = (xml: string) => new RssParser().parseString(xml)
