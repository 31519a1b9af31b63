import helmet from 'helmet'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'http'

/**
 * Headers for the admin and the API. The admin is a Next.js app whose pages carry inline
 * scripts and styles, so those are allowed from our own origin only; development also needs eval
 * and the hot-reload websocket.
 */
export const securityHeaders = ({ isDev }: { isDev: boolean }) =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", ...(isDev ? ["'unsafe-eval'"] : [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(isDev ? ['ws:', 'wss:'] : [])],
        frameAncestors: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Partners embed our images on their own sites.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    strictTransportSecurity: isDev ? false : { maxAge: 31536000, includeSubDomains: true },
  })

/**
 * The same headers as values, worked out once: the screen feed writes them with each answer's own
 * in one go, instead of helmet setting them one by one on every poll.
 */
export const securityHeaderValues = ({ isDev }: { isDev: boolean }): OutgoingHttpHeaders => {
  const headers: OutgoingHttpHeaders = {}
  const recorder = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  }
  securityHeaders({ isDev })(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    () => undefined,
  )
  return headers
}

/**
 * For answers no browser renders as a page (the screens' playlists and images): HSTS, a policy
 * that allows nothing, no referrer, no sniffing. A handful of short headers, where helmet's full
 * set would double the size of the 304 a screen gets on nearly every poll.
 */
export const dataHeaderValues = (page: OutgoingHttpHeaders): OutgoingHttpHeaders => ({
  ...(page['strict-transport-security']
    ? { 'strict-transport-security': page['strict-transport-security'] }
    : {}),
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
})
