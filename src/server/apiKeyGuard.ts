import type { RequestHandler } from 'express'

/** "partners" or "screens" when a request signs in with an API key, else undefined. */
export const apiKeyPrincipal = (authorization: string | undefined) =>
  authorization?.match(/^(partners|screens) API-Key /i)?.[1]

const readablePath =
  /^\/api\/(stories|videos|articles|posters|locations|globals\/settings)(\/[^/]+)?\/?$/

/** The partner API (src/channels/partners/), and the image files it names (media access decides which). */
const partnerApiPath =
  /^\/api\/(partners\/(sync|feed\.json|feed\.rss|openapi\.json)|media\/file\/[^/]+)\/?$/

/** A screen's proof-of-play report (src/channels/screens/playsEndpoint.ts checks that it is its own). */
const screenReportPath = /^\/api\/screens\/[^/]+\/plays\/?$/

/**
 * Whether an API-key request only reads published content (a GET of a content list or item), or
 * is a screen sending its plays.
 */
export const isApiKeyRequestAllowed = (method: string, path: string, principal?: string) =>
  ((method === 'GET' || method === 'HEAD') &&
    readablePath.test(path) &&
    !/\/versions\b/.test(path)) ||
  (principal?.toLowerCase() === 'partners' &&
    (method === 'GET' || method === 'HEAD') &&
    partnerApiPath.test(path)) ||
  (principal?.toLowerCase() === 'screens' && method === 'POST' && screenReportPath.test(path))

/**
 * Partners and screens sign in with API keys, and Payload treats any signed-in principal as a user
 * of its built-in collections (document locks, preferences, versions). Until their channels are
 * built, an API key may only read published content and a screen may report its plays: no other
 * writes, no GraphQL, nothing else.
 */
export const apiKeyGuard: RequestHandler = (req, res, next) => {
  const principal = apiKeyPrincipal(req.headers.authorization)
  if (!principal || isApiKeyRequestAllowed(req.method, req.path, principal)) {
    next()
    return
  }
  res.status(403).json({
    errors: [
      {
        message:
          'An API key may only read published stories, videos, articles, posters, locations and settings (and a screen report its plays).',
      },
    ],
  })
}
