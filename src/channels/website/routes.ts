import fs from 'fs'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'http'
import path from 'path'

import { answerLanguage } from '@/http/acceptLanguage'
import { hasVersion } from '@/http/etag'
import { refusalBody } from '@/http/refuse'
import type { Words } from '@/i18n/adminLanguage'
import { label } from '@/i18n/label'
import { isLocale, type Locale } from '@/i18n/locales'
import { pageTypes } from '@/links/pageAddress'

import { answerCacheControl, imageCacheControl } from './cacheControl'
import { corsHeaders, preflight } from './cors'
import { parseListQuery } from './listQuery'
import { websiteOpenApi } from './openapi'
import { maxAnswerBytes, type Answer, type WebsiteReadModel } from './readModel'
import type { WebsiteType } from './websiteItem'

const messages = {
  notFound: label(
    'Bu ünvanda bu dildə ictimai heç nə yoxdur.',
    'Nothing public has this address in this language.',
    'По этому адресу на этом языке ничего не опубликовано.',
  ),
  readOnly: label(
    'Sayt yalnız oxuyur: GET və ya HEAD.',
    'Websites only read here: use GET or HEAD.',
    'Сайты здесь только читают: используйте GET или HEAD.',
  ),
  notReady: label(
    'Sayt məlumatları yüklənir; bir saniyədən sonra yenidən sorğu göndərin.',
    'The website’s data is loading; ask again in a second.',
    'Данные сайта загружаются; повторите запрос через секунду.',
  ),
  originNotAllowed: label(
    'Bu mənbəyə (Origin) icazə verilməyib.',
    'This origin may not read the website API.',
    'Этому источнику (Origin) чтение API сайта не разрешено.',
  ),
  badAddress: label('Ünvan oxunmur.', 'The address cannot be read.', 'Адрес не читается.'),
} satisfies Record<string, Words>

/** Addresses whose answers are kept ready (a flood of made-up ones only empties it). */
const maxHot = 5_000

const isWellFormedFilename = (name: string) =>
  /^[A-Za-z0-9_.-]{1,200}$/.test(name) && !name.includes('..')

/** Whoever sends a session or a key is staff or a partner: Payload decides what they may read. */
const isAnonymous = (req: IncomingMessage) =>
  !req.headers.authorization && !/(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

type Options = {
  model: WebsiteReadModel
  imagesDir: string
  origins: ReadonlySet<string>
  /** The host's security headers for data answers (src/server/securityHeaders.ts). */
  security: OutgoingHttpHeaders
  /** The address the API is served at, for its OpenAPI document. */
  publicUrl: string
  /** Where a request goes that these routes leave to Payload. */
  next: (req: IncomingMessage, res: ServerResponse) => void
}

/**
 * The website's public reads, answered from the read model in front of Express (like the screen
 * feed): `/api/website/{locale}/items`, `/api/website/{locale}/{type}/{slug}`,
 * `/api/website/{locale}/settings`, and anonymous reads of public image files under
 * `/api/media/file/`. Returns false for anything else.
 */
export const websiteRoutes = ({
  model,
  imagesDir,
  origins,
  security,
  publicUrl,
  next,
}: Options) => {
  const openApi = Buffer.from(JSON.stringify(websiteOpenApi(publicUrl)))
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: OutgoingHttpHeaders,
    body?: Buffer | string,
  ) => {
    // A refused preflight grants nothing: it carries its own Vary and no CORS headers.
    const cors = req.method === 'OPTIONS' && status !== 204 ? {} : corsHeaders(req.headers, origins)
    res.writeHead(status, { ...security, ...cors, ...headers })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const refuse = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    words: Words | Words[],
    extra: OutgoingHttpHeaders = {},
  ) => {
    const language = answerLanguage(req.headers['accept-language'])
    const list = Array.isArray(words) ? words : [words]
    send(
      req,
      res,
      status,
      {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'content-language': language,
        ...extra,
      },
      JSON.stringify({ errors: list.map((one) => refusalBody(one[language]).errors[0]) }),
    )
  }

  /**
   * Answers already given, by their exact address, with their headers laid out once: a CDN or a
   * crowd sent by a QR code asks the same few addresses over and over. Valid while the model's
   * version holds; only for plain GETs (no Origin: those vary).
   */
  type Hot = { version: number; answer: Answer; ok: string[]; notModified: string[] }
  const hot = new Map<string, Hot>()
  let hotBytes = 0
  const flat = (headers: OutgoingHttpHeaders) =>
    Object.entries(headers).flatMap(([name, value]) => [name, String(value)])

  const sendAnswer = (req: IncomingMessage, res: ServerResponse, found: Answer) => {
    const headers = {
      etag: found.etag,
      ...(found.lastModified ? { 'last-modified': found.lastModified } : {}),
      'cache-control': answerCacheControl,
    }
    const whole = {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(found.body.length),
    }
    if (req.method === 'GET' && !req.headers.origin) {
      if (hot.size >= maxHot || hotBytes + found.body.length > maxAnswerBytes) {
        hot.clear()
        hotBytes = 0
      }
      hotBytes += found.body.length
      const vary = corsHeaders(req.headers, origins)
      hot.set(req.url!, {
        version: model.version(),
        answer: found,
        ok: flat({ ...security, ...vary, ...whole }),
        notModified: flat({ ...security, ...vary, ...headers }),
      })
    }
    if (hasVersion(req, found.etag, found.lastModified ?? undefined))
      return send(req, res, 304, headers)
    send(req, res, 200, whole, found.body)
  }

  /** The same answer as the way through readRoute, when this address was answered already. */
  const answerHot = (req: IncomingMessage, res: ServerResponse) => {
    const known = hot.get(req.url!)
    if (!known || known.version !== model.version()) return false
    const { answer } = known
    if (hasVersion(req, answer.etag, answer.lastModified ?? undefined))
      res.writeHead(304, known.notModified).end()
    else res.writeHead(200, known.ok).end(answer.body)
    return true
  }

  const readRoute = (
    req: IncomingMessage,
    res: ServerResponse,
    locale: Locale,
    rest: string[],
    params: URLSearchParams,
  ) => {
    if (rest.length === 1 && rest[0] === 'items') {
      const parsed = parseListQuery(params)
      if ('problems' in parsed) return refuse(req, res, 400, parsed.problems)
      return sendAnswer(req, res, model.list(locale, parsed.query))
    }
    // Any other parameter would only split a CDN's cache.
    if ([...params.keys()].length > 0)
      return refuse(
        req,
        res,
        400,
        label(
          'Bu ünvan parametr qəbul etmir.',
          'This address takes no query parameters.',
          'Этот адрес не принимает параметров.',
        ),
      )
    if (rest.length === 1 && rest[0] === 'settings')
      return sendAnswer(req, res, model.settings(locale))
    if (rest.length === 2 && (pageTypes as readonly string[]).includes(rest[0])) {
      const found = model.item(locale, rest[0] as WebsiteType, rest[1])
      return found ? sendAnswer(req, res, found) : refuse(req, res, 404, messages.notFound)
    }
    refuse(req, res, 404, messages.notFound)
  }

  const fileRoute = async (req: IncomingMessage, res: ServerResponse, filename: string) => {
    const file = model.publicFile(filename)
    // Not public on the website: Payload answers (staff, partners, or its own 403/404).
    if (!file) return next(req, res)
    const stat = await fs.promises.stat(path.join(imagesDir, filename)).catch(() => null)
    if (!stat?.isFile()) return refuse(req, res, 404, messages.notFound)
    const headers = {
      // The name never changes its bytes, so it names this version of the file.
      etag: `"${filename}"`,
      'last-modified': stat.mtime.toUTCString(),
      'cache-control': imageCacheControl,
    }
    if (hasVersion(req, headers.etag, headers['last-modified'])) return send(req, res, 304, headers)
    res.writeHead(200, {
      ...security,
      ...corsHeaders(req.headers, origins),
      ...headers,
      'content-type': file.mimeType ?? 'application/octet-stream',
      'content-length': String(stat.size),
    })
    if (req.method === 'HEAD') return res.end()
    fs.createReadStream(path.join(imagesDir, filename))
      .on('error', () => res.destroy())
      .pipe(res)
  }

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? ''
    // First, before any parsing: an address answered before, while nothing changed.
    if (
      req.method === 'GET' &&
      !req.headers.origin &&
      hot.has(url) &&
      !model.fresh() &&
      answerHot(req, res)
    )
      return true
    const isFile = url.startsWith('/api/media/file/')
    if (!isFile && !url.startsWith('/api/website/')) return false
    const queryAt = url.indexOf('?')
    // After "/api/media/file/" or "/api/website/".
    const segments = (queryAt < 0 ? url : url.slice(0, queryAt)).split('/').slice(isFile ? 4 : 3)
    const method = req.method ?? 'GET'

    if (isFile) {
      const filename = segments[0] ?? ''
      if (
        segments.length !== 1 ||
        !['GET', 'HEAD'].includes(method) ||
        !isWellFormedFilename(filename) ||
        !isAnonymous(req) ||
        !model.isReady()
      )
        return false
      void (async () => {
        await model.fresh()
        await fileRoute(req, res, filename)
      })().catch(() => res.destroy())
      return true
    }

    if (
      segments.length === 1 &&
      segments[0] === 'openapi.json' &&
      ['GET', 'HEAD'].includes(method)
    ) {
      send(
        req,
        res,
        200,
        {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'public, max-age=300',
        },
        openApi,
      )
      return true
    }
    // Only the three languages: anything else under /api/website/ (previews) is Payload's.
    const [locale, ...rest] = segments
    if (!isLocale(locale)) return false
    if (method === 'OPTIONS') {
      const answer = preflight(req.headers, origins)
      if (answer.status === 403) refuse(req, res, 403, messages.originNotAllowed, answer.headers)
      else send(req, res, 204, answer.headers)
      return true
    }
    if (!['GET', 'HEAD'].includes(method)) {
      refuse(req, res, 405, messages.readOnly, { allow: 'GET, HEAD, OPTIONS' })
      return true
    }
    if (!model.isReady()) {
      refuse(req, res, 503, messages.notReady, { 'retry-after': '1' })
      return true
    }
    let decoded: string[]
    let params: URLSearchParams
    try {
      decoded = rest.map((segment) => decodeURIComponent(segment))
      params = new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1))
    } catch {
      refuse(req, res, 400, messages.badAddress)
      return true
    }
    const waiting = model.fresh()
    if (!waiting) readRoute(req, res, locale, decoded, params)
    else
      void waiting
        .then(() => readRoute(req, res, locale, decoded, params))
        .catch(() => refuse(req, res, 503, messages.notReady, { 'retry-after': '1' }))
    return true
  }
}
