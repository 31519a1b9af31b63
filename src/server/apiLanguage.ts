import { extractHeaderLanguage } from '@payloadcms/translations'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/**
 * Payload words its errors in the language of its `payload-lng` cookie, else of Accept-Language,
 * else in the config's fallback, Azerbaijani: right for the admin, whose staff read Azerbaijani,
 * but the websites and partners calling /api are programs whose developers read English. So an
 * API request that names no language Payload speaks here, and carries none of Payload's cookies
 * (the admin's session or its language choice), is asked in English; the fallback stays
 * Azerbaijani for the admin's pages, and the admin's own API calls keep its language.
 */
export const apiLanguage = (payload: Payload): RequestHandler => {
  const spoken = Object.keys(payload.config.i18n.supportedLanguages)
  const payloadCookie = new RegExp(
    `(^|;)\\s*${payload.config.cookiePrefix || 'payload'}-(token|lng)=`,
  )
  return (req, _res, next) => {
    const named = extractHeaderLanguage(req.headers['accept-language'] ?? '')
    if (!spoken.includes(named ?? '') && !payloadCookie.test(req.headers.cookie ?? ''))
      req.headers['accept-language'] = 'en'
    next()
  }
}
