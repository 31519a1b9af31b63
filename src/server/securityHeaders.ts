import helmet from 'helmet'

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
