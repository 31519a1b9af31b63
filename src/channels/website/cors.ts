import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'http'

/**
 * The campaign websites' origins (WEBSITE_ORIGINS, comma-separated, e.g.
 * "https://xeberdar.az,https://www.xeberdar.az"): each must be exactly an origin.
 */
export const parseOrigins = (value: string | undefined) => {
  const origins = new Set<string>()
  const problems: string[] = []
  for (const entry of (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    let origin: string | null = null
    try {
      origin = new URL(entry).origin
    } catch {}
    if (origin && origin === entry && /^https?:/.test(origin)) origins.add(origin)
    else
      problems.push(`WEBSITE_ORIGINS: "${entry}" is no origin (write it like https://xeberdar.az).`)
  }
  return { origins, problems }
}

/** Headers a browser may send to the website routes beyond the safelisted ones. */
const allowedRequestHeaders = ['if-none-match', 'if-modified-since']

/**
 * CORS for the website's public reads: a listed origin may read the answer, never with
 * credentials (the routes know no user), and a browser may read the caching headers. Answers
 * vary by Origin, so a cache never hands one origin's answer to another.
 */
export const corsHeaders = (
  headers: IncomingHttpHeaders,
  origins: ReadonlySet<string>,
): OutgoingHttpHeaders => {
  const origin = headers.origin
  return {
    vary: 'Origin',
    ...(origin && origins.has(origin)
      ? {
          'access-control-allow-origin': origin,
          'access-control-expose-headers': 'ETag, Last-Modified',
        }
      : {}),
  }
}

/** A preflight's answer: 204 allowing GET and HEAD for a listed origin, 403 for any other. */
export const preflight = (
  headers: IncomingHttpHeaders,
  origins: ReadonlySet<string>,
): { status: 204 | 403; headers: OutgoingHttpHeaders } => {
  const origin = headers.origin
  const method = String(headers['access-control-request-method'] ?? '').toUpperCase()
  const asked = String(headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const isAllowed =
    Boolean(origin && origins.has(origin)) &&
    ['GET', 'HEAD'].includes(method) &&
    asked.every((name) => allowedRequestHeaders.includes(name))
  return isAllowed
    ? {
        status: 204,
        headers: {
          ...corsHeaders(headers, origins),
          'access-control-allow-methods': 'GET, HEAD',
          ...(asked.length ? { 'access-control-allow-headers': asked.join(', ') } : {}),
          'access-control-max-age': '600',
        },
      }
    : { status: 403, headers: { vary: 'Origin' } }
}
