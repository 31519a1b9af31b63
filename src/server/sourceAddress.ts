import type { IncomingMessage } from 'http'

/** Express's compiled `trust proxy` setting (`app.get('trust proxy fn')`): may hop `index` be believed? */
export type TrustProxy = (address: string, index: number) => boolean

/**
 * The client's address as Express's `req.ip` gives it, for what is answered before Express (the
 * screen feed): the nearest hop first, then X-Forwarded-For backwards while each hop so far is a
 * trusted proxy.
 */
export const sourceAddress = (req: IncomingMessage, trust: TrustProxy): string => {
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .reverse()
  const hops = [req.socket.remoteAddress ?? '', ...forwarded]
  const untrusted = hops.findIndex((hop, index) => index < hops.length - 1 && !trust(hop, index))
  return hops[untrusted === -1 ? hops.length - 1 : untrusted]
}
