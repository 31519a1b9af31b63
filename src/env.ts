import { randomBytes } from 'crypto'
import fs from 'fs'
import net from 'net'
import path from 'path'
import { fileURLToPath } from 'url'

/** Where the project lives: data/, media/ and the embedded database resolve against it. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

/** The scheduler publishes and unpublishes on time in a running server unless SCHEDULER=off. */
export const isSchedulerOn = (): boolean => process.env.SCHEDULER !== 'off'

export const publicUrl = (): string =>
  (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

/**
 * The secret that signs sessions and encrypts API keys. Production must be given one; a
 * developer's clone makes its own once and keeps it under data/, so logins survive restarts
 * and no secret ever sits in git.
 */
export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (isProduction()) return '' // the server refuses to start: see productionProblems
  const file = path.join(projectRoot, 'data', '.dev-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** How many requests a partner's key may make a minute (PARTNER_REQUESTS_PER_MINUTE). */
export const partnerRequestsPerMinute = (env: Record<string, string | undefined> = process.env) =>
  Number(env.PARTNER_REQUESTS_PER_MINUTE || 300)

/**
 * How many attempts a source (an IP address, or its IPv6 /56) or an account may fail in
 * `attemptWindowMs` before it gets 429s (src/logins/): the variable that sets each, and its
 * default. Failures only, so staff signing in from one office address spend nothing by succeeding.
 */
const attemptLimitSettings = {
  /** Failed logins and password resets from one source, whatever the accounts. */
  loginFailuresPerSource: ['LOGIN_FAILURES_PER_SOURCE', 20],
  /** Failed logins to one account from one source: a stranger elsewhere spends none of it. */
  loginFailuresPerAccount: ['LOGIN_FAILURES_PER_ACCOUNT', 5],
  /** "Forgot password" requests from one source, whatever the answer. */
  passwordResetsPerSource: ['PASSWORD_RESETS_PER_SOURCE', 5],
  /** Partner and screen keys from one source that open nothing. */
  apiKeyFailuresPerSource: ['API_KEY_FAILURES_PER_SOURCE', 30],
} as const

export type AttemptLimits = Record<keyof typeof attemptLimitSettings, number>

export const attemptLimits = (env: Record<string, string | undefined> = process.env) =>
  Object.fromEntries(
    Object.entries(attemptLimitSettings).map(([limit, [name, byDefault]]) => [
      limit,
      Number(env[name] || byDefault),
    ]),
  ) as AttemptLimits

/**
 * Which peers may tell the client's address in X-Forwarded-For (Express's `trust proxy`, e.g.
 * `loopback, 10.0.0.5` or `172.16.0.0/12`): the address every limit counts against. Only the
 * proxy in front, never a whole private range by default: anyone on an office LAN could
 * otherwise claim any address, guess without limit, or spend a real user's budget.
 */
export const trustProxy = (env: Record<string, string | undefined> = process.env) =>
  env.TRUST_PROXY?.trim() || 'loopback'

const proxyNames = ['loopback', 'linklocal', 'uniquelocal']
const isTrustProxyItem = (item: string) => {
  const [address, bits, ...rest] = item.split('/')
  const version = net.isIP(address)
  if (proxyNames.includes(item)) return true
  if (!version || rest.length > 0) return false
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128))
}

/** The window those limits count in. */
export const attemptWindowMs = 15 * 60 * 1000

/** What keeps production from starting, in words an operator can act on. */
export const productionProblems = (env: Record<string, string | undefined>): string[] => {
  const problems: string[] = []
  if (!env.PAYLOAD_SECRET)
    problems.push('PAYLOAD_SECRET is not set (use at least 32 random characters).')
  else if (env.PAYLOAD_SECRET.length < 32)
    problems.push('PAYLOAD_SECRET is too short: use at least 32 random characters.')
  if (!env.DATABASE_URL)
    problems.push(
      'DATABASE_URL is not set: give mongodb://… (docker-compose) or file:./data/xeberdar.db for the embedded database.',
    )
  else if (!/^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(env.DATABASE_URL))
    problems.push('DATABASE_URL must start with file:, mongodb:// or mongodb+srv://.')
  if (!env.PUBLIC_URL)
    problems.push(
      'PUBLIC_URL is not set: give the address people and partners use (e.g. https://xeberdar.example.az); the admin accepts logins only from it.',
    )
  else if (!/^https?:\/\/[^/]+/.test(env.PUBLIC_URL))
    problems.push(
      'PUBLIC_URL must be an absolute http(s) address such as https://xeberdar.example.az.',
    )
  const perMinute = partnerRequestsPerMinute(env)
  if (!Number.isInteger(perMinute) || perMinute < 1)
    problems.push('PARTNER_REQUESTS_PER_MINUTE must be a whole number of at least 1.')
  for (const [name] of Object.values(attemptLimitSettings)) {
    const limit = Number(env[name] || 1)
    if (!Number.isInteger(limit) || limit < 1)
      problems.push(`${name} must be a whole number of at least 1.`)
  }
  if (
    !trustProxy(env)
      .split(',')
      .every((item) => isTrustProxyItem(item.trim()))
  )
    problems.push(
      'TRUST_PROXY must list the proxies in front, comma-separated: loopback, linklocal, uniquelocal, addresses or CIDR ranges (e.g. "loopback, 172.18.0.0/16").',
    )
  if (env.SMTP_URL && !/^smtps?:\/\/[^/]+/.test(env.SMTP_URL))
    problems.push(
      'SMTP_URL must look like smtp://user:password@host:587 (or smtps://… for port 465).',
    )
  return problems
}
