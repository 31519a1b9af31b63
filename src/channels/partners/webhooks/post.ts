import dns from 'dns'
import http from 'http'
import https from 'https'
import { isIP, type LookupFunction } from 'net'

import { isPrivateAddress, privateAddressRefusal as refusal } from './privateAddress'

export type PostResult = { statusCode?: number; error?: string; durationMs: number }

/** dns.lookup that refuses private addresses: checked on the address actually connected to. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) =>
  dns.lookup(hostname, options, (err, address, family) => {
    if (err) return callback(err, address, family)
    const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address]
    const blocked = addresses.find(isPrivateAddress)
    if (blocked) return callback(new Error(refusal(blocked)), address, family)
    callback(null, address, family)
  })

/**
 * POSTs a webhook and reports the status code, or the error, and how long it took. Redirects are
 * not followed (a redirect is a failure), and the whole exchange must end within `timeoutMs`.
 */
export const postWebhook = ({
  url,
  headers,
  body,
  timeoutMs,
  isPrivateNetworkAllowed,
}: {
  url: string
  headers: Record<string, string>
  body: string
  timeoutMs: number
  isPrivateNetworkAllowed: boolean
}) =>
  new Promise<PostResult>((resolve) => {
    const started = performance.now()
    let deadline: NodeJS.Timeout | undefined
    const done = (result: Omit<PostResult, 'durationMs'>) => {
      clearTimeout(deadline)
      resolve({ ...result, durationMs: Math.round(performance.now() - started) })
    }
    const target = new URL(url)
    const host = target.hostname.replace(/^\[|\]$/g, '')
    // Node connects to an address literal without asking the lookup.
    if (!isPrivateNetworkAllowed && isIP(host) && isPrivateAddress(host))
      return done({ error: refusal(host) })
    const request = (target.protocol === 'https:' ? https : http).request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: isPrivateNetworkAllowed ? undefined : publicOnlyLookup,
      },
      (response) => {
        response.resume()
        response.on('end', () => done({ statusCode: response.statusCode }))
        response.on('error', (err) => done({ error: err.message }))
      },
    )
    deadline = setTimeout(
      () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    )
    request.on('error', (err) => done({ error: err.message }))
    request.end(body)
  })
