import http from 'http'
import type { AddressInfo } from 'net'
import { expect } from 'vitest'

import type { ApiClient } from './api'
import { createPartner } from './channelKeys'

// The sample verifier of docs/partners.md: the receiver checks every request as a partner would.
import { webhookProblem } from '../../docs/examples/verifyWebhook.mjs'

export type Received = {
  path: string
  at: number
  headers: http.IncomingHttpHeaders
  rawBody: string
  body: { id: string; event: string; type: string; itemId: string; locales: string[] }
  problem: string | null
}

/** How each partner's endpoint answers: 200, 500 for a delivery's first two attempts, or 500. */
export type Mode = 'ok' | 'flaky' | 'down'

/** A partner's web server: records every request, verified with that partner's secret. */
export const startReceiver = async () => {
  const received: Received[] = []
  const modes = new Map<string, Mode>()
  const secrets = new Map<string, string>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const path = req.url ?? ''
      const rawBody = Buffer.concat(chunks).toString('utf8')
      const entry: Received = {
        path,
        at: Date.now(),
        headers: req.headers,
        rawBody,
        body: JSON.parse(rawBody),
        problem: webhookProblem({ headers: req.headers, rawBody, secret: secrets.get(path) }),
      }
      received.push(entry)
      const tries = received.filter((other) => other.body.id === entry.body.id).length
      const mode = modes.get(path) ?? 'ok'
      res.statusCode = mode === 'down' || (mode === 'flaky' && tries <= 2) ? 500 : 200
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const at = (path: string) => received.filter((entry) => entry.path === path)
  /** Every request at `path` about this item and event so far. */
  const about = (path: string, type: string, itemId: string, event: string) =>
    at(path).filter(
      ({ body }) => body.type === type && body.itemId === itemId && body.event === event,
    )
  return {
    received,
    modes,
    secrets,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    at,
    about,
    /** Resolves with the first request at `path` about this item and event, once it arrives. */
    arrival: async (path: string, type: string, itemId: string, event: string) => {
      await expect
        .poll(() => about(path, type, itemId, event)[0], { timeout: 30_000, interval: 100 })
        .toBeDefined()
      return about(path, type, itemId, event)[0]
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

/** A partner (named after its receiver path) whose webhooks go to `receiver`, signed with its own secret. */
export const webhookPartner = async (
  api: ApiClient,
  adminToken: string,
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  { name, contentTypes, languages }: { name: string; contentTypes: string[]; languages: string[] },
) => {
  const secret = `secret-of-${name}-0123456789`
  receiver.secrets.set(`/${name}`, secret)
  return createPartner(api, adminToken, {
    name,
    contentTypes,
    languages,
    apiKey: `key-of-${name}-0123456789`,
    webhookUrl: receiver.url(`/${name}`),
    webhookSecret: secret,
  })
}
