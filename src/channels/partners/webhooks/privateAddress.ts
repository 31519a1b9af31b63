import dns from 'dns/promises'
import { BlockList, isIP } from 'net'

/**
 * Loopback, private, link-local, carrier-grade NAT, documentation, multicast and reserved
 * networks. Node's BlockList also matches an IPv4 rule against its IPv4-mapped IPv6 forms
 * (::ffff:10.0.0.1 and ::ffff:a00:1), so those need no rule of their own.
 */
const notPublic = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 127], // unspecified and loopback
  ['64:ff9b:1::', 48], // NAT64 for a local network (RFC 8215)
  ['100::', 64], // discard
  ['2001::', 32], // Teredo: a tunnel to an IPv4 address hidden in its bits
  ['2001:db8::', 32], // documentation
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10], // site-local (deprecated, still routed inside some networks)
  ['ff00::', 8],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv6')

/** An IPv6 address as its eight 16-bit groups, via the URL parser's canonical form; or null. */
const ipv6Groups = (address: string): number[] | null => {
  let canonical: string
  try {
    canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1)
  } catch {
    return null
  }
  const [head, tail] = canonical.split('::')
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((group) => parseInt(group, 16)) : []
  const [start, end] = [parse(head), parse(tail)]
  return [...start, ...Array<number>(8 - start.length - end.length).fill(0), ...end]
}

const ipv4Of = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`

/**
 * The IPv4 address an IPv6 address carries and reaches: NAT64 (64:ff9b::/96), 6to4 (2002::/16),
 * IPv4-compatible (::/96), IPv4-mapped (::ffff:0:0/96) and IPv4-translated (::ffff:0:0:0/96),
 * whichever way they are written.
 */
const embeddedIpv4 = (groups: readonly number[]): string | null => {
  const isZero = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0)
  if (groups[0] === 0x2002) return ipv4Of(groups[1], groups[2])
  if (groups[0] === 0x64 && groups[1] === 0xff9b && isZero(2, 6))
    return ipv4Of(groups[6], groups[7])
  const [fifth, sixth] = [groups[4], groups[5]]
  if (
    isZero(0, 4) &&
    (fifth === 0 ? sixth === 0 || sixth === 0xffff : fifth === 0xffff && sixth === 0)
  )
    return ipv4Of(groups[6], groups[7])
  return null
}

/**
 * Whether a webhook may not be sent to this IP address: a partner's URL must not reach the
 * server's own network (SSRF). Anything that is not a plain IP address counts as private.
 */
export const isPrivateAddress = (address: string): boolean => {
  const family = isIP(address)
  if (family === 4) return notPublic.check(address, 'ipv4')
  if (family !== 6) return true
  const groups = ipv6Groups(address)
  if (!groups) return true
  const ipv4 = embeddedIpv4(groups)
  return (ipv4 !== null && notPublic.check(ipv4, 'ipv4')) || notPublic.check(address, 'ipv6')
}

/** What a webhook to a private address is told, when sent and when saved. */
export const privateAddressRefusal = (address: string) =>
  `${address} is a private or loopback address: webhooks go only to the public internet`

type Lookup = (hostname: string) => Promise<readonly { address: string }[]>
const lookupAll: Lookup = (hostname) => dns.lookup(hostname, { all: true })

/**
 * The private address a webhook URL would reach, or null: its host if that is an IP address,
 * else any address its name resolves to now, as sending checks each address it connects to. A
 * name that does not resolve is no private address (sending fails on it anyway).
 */
export const privateAddressOf = async (
  url: string,
  lookup: Lookup = lookupAll,
): Promise<string | null> => {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return isPrivateAddress(host) ? host : null
  const found = await lookup(host).catch(() => [])
  return found.map(({ address }) => address).find(isPrivateAddress) ?? null
}
