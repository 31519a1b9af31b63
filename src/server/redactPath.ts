/**
 * Paths whose last part is a secret: a preview link opens an unpublished item (a victim's story)
 * for days, a print shop link its files, a password reset link the account.
 */
const tokenPaths = [
  ['api', 'website', 'preview'],
  ['api', 'print', 'shared'],
  ['admin', 'reset'],
  ['api', 'users', 'verify'],
].map((parts) => new RegExp(`^(${parts.map((part) => `/+${part}`).join('')}/+)[^/]+`, 'i'))

/**
 * The path as the request log may keep it: a token in it is replaced by "…". Case and repeated
 * slashes do not matter: a request spelled oddly may still carry a real token.
 */
export const redactPath = (path: string) =>
  tokenPaths.reduce((redacted, pattern) => redacted.replace(pattern, '$1…'), path)
