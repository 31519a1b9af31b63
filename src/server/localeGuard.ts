import type { RequestHandler } from 'express'

import { isLocale, locales } from '@/i18n/locales'

/**
 * Why the locale parameters of an API request cannot be served, or null. Payload quietly falls
 * back to Azerbaijani for an unknown locale, so a client asking for "de" would get az content
 * labelled as whatever it asked for, and a write would land in the wrong language.
 */
export const localeProblem = (query: Record<string, unknown>, method = 'GET'): string | null => {
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
  return null
}

export const localeGuard: RequestHandler = (req, res, next) => {
  const problem = localeProblem(req.query as Record<string, unknown>, req.method)
  if (problem) res.status(400).json({ errors: [{ message: problem }] })
  else next()
}
