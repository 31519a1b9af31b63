import type { RequestHandler } from 'express'

import { refusalBody } from '@/http/refuse'
import { isLocale, locales } from '@/i18n/locales'

const paging: Record<string, [min: number, max: number]> = {
  limit: [1, 500],
  page: [1, 100_000],
  depth: [0, 5],
}

/**
 * Why the query of an API request cannot be served, or null: locales Payload would silently
 * replace with Azerbaijani, paging numbers it would pass to the database as they are (limit=0
 * means "everything"), and a `where` that is not a condition at all.
 */
export const queryProblem = (query: Record<string, unknown>, method = 'GET'): string | null => {
  const { locale } = query
  // Payload takes a write "in all languages" and silently keeps none of it.
  if (locale === 'all' && method !== 'GET' && method !== 'HEAD')
    return 'Write one language at a time: locale=all is for reading.'
  if (locale !== undefined && locale !== 'all' && !isLocale(locale))
    return `Unknown locale "${String(locale)}": use one of ${locales.join(', ')} (or all).`
  const fallback = query['fallback-locale'] ?? query.fallbackLocale
  if (
    fallback !== undefined &&
    fallback !== 'none' &&
    fallback !== 'null' &&
    fallback !== 'false' &&
    !isLocale(fallback)
  )
    return `Unknown fallback locale "${String(fallback)}": use one of ${locales.join(', ')} or none.`
  for (const [name, [min, max]] of Object.entries(paging)) {
    const value = query[name]
    if (value === undefined) continue
    const number = Number(value)
    if (typeof value !== 'string' || !/^\d+$/.test(value) || number < min || number > max)
      return `"${name}" must be a whole number from ${min} to ${max}.`
  }
  // Payload reads pagination=false as "every document", past any limit.
  if (query.pagination !== undefined && query.pagination !== 'true')
    return '"pagination" cannot be switched off: use limit (1 to 500) and page.'
  if (query.where !== undefined)
    return '"where" must be a condition such as where[title][equals]=…, not a value.'
  return null
}

/** An address Payload cannot decode (a broken %-escape): it would answer with a 500. */
export const pathProblem = (path: string): string | null => {
  try {
    decodeURIComponent(path)
    return null
  } catch {
    return 'The address has a broken %-escape: encode "%" as %25.'
  }
}

/**
 * The partner API reads `locale` and `limit` itself, against the partner's own languages and its
 * own maxima, and says so in the partner's language (src/channels/partners/syncRequest.ts).
 */
const partnerApiPath = /^\/partners\/(sync|feed\.json|feed\.rss)\/?$/
const guardedQuery = (path: string, query: Record<string, unknown>) =>
  partnerApiPath.test(path)
    ? Object.fromEntries(
        Object.entries(query).filter(([name]) => name !== 'locale' && name !== 'limit'),
      )
    : query

export const queryGuard: RequestHandler = (req, res, next) => {
  const problem =
    pathProblem(req.path) ??
    queryProblem(guardedQuery(req.path, req.query as Record<string, unknown>), req.method)
  if (problem) res.status(400).json(refusalBody(problem))
  else next()
}
