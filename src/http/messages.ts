/**
 * What the HTTP side tells its callers, in one table: bodies it cannot read, a database that
 * cannot take a write, sources that tried too often. A channel's own wording stays with the
 * channel (src/channels/<name>/messages.ts) and goes out through the same refusal (./refuse.ts).
 */

/** Bodies that are not what a JSON API takes. */
export const bodyMessages = {
  /** Payload's own words for a body that is no JSON (its REST routes answer them too). */
  invalidJson: 'Invalid JSON',
  notAnObject: 'The body must be a JSON object ({…}), not a list or a single value.',
  /** For an endpoint of ours, with an example of what it takes. */
  notAnObjectLike: (example: string) => `The body must be a JSON object, e.g. ${example}.`,
  graphqlTakesJson: 'GraphQL takes a JSON body: Content-Type: application/json.',
  fragmentCycle: (cycle: string) => `Fragments must not spread into themselves: ${cycle}.`,
  /** What a multipart write whose form cannot be read is told. */
  payloadFieldNotJson: '"_payload" must be the document as JSON, e.g. {"alt": "…"}.',
  unreadableMultipart: (reason: string) => `The multipart body cannot be read (${reason}).`,
} as const

/** What a login, password reset or "forgot password" request is told before Payload sees it. */
export const loginMessages = {
  tooLarge: 'This request is too large for a login.',
  loginAddressMissing: 'Send the address: {"email": "…", "password": "…"}.',
  resetAddressMissing: 'Send the address: {"email": "…"}.',
} as const

/** What clients are told when the database cannot take a write. */
export const databaseMessages = {
  busy: 'The database is locked by another process: nothing was saved. Try again in a moment.',
  fileLost:
    'The database file is no longer the one this server opened (moved or replaced): nothing was saved. An operator must put it back or restart the server.',
} as const

/** What a source or an account that tried too often is told, with the wait from Retry-After. */
export const tooManyAttempts = {
  logins: (seconds: number) =>
    `Too many failed logins from your network: try again in ${seconds} s.`,
  account: (seconds: number) =>
    `Too many failed logins to this account from your network: try again in ${seconds} s, or reset the password.`,
  passwordResets: (seconds: number) =>
    `Too many password reset requests from your network: try again in ${seconds} s.`,
  apiKeys: (seconds: number) =>
    `Too many requests with keys that open nothing from your network: try again in ${seconds} s.`,
} as const

/** The answer to "forgot password", the same whether the address belongs to anyone. */
export const passwordResetRequested =
  'If this address belongs to an account, a link to reset its password is on its way.'
