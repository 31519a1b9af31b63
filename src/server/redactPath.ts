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
 * The path as Next routes it: %-escapes decoded and dot segments resolved (`/admin/%72eset/<token>`
 * opens the reset form too). Appended to an origin, so a path starting "//" is not read as a host.
 */
const routedPath = (path: string) => {
  try {
    return new URL(`http://path.invalid${decodeURIComponent(path)}`).pathname
  } catch {
    return path
  }
}

/**
 * The path as the request log may keep it: a token in it is replaced by "…". Case, repeated
 * slashes, %-escapes and dot segments do not matter: a request spelled oddly may still carry a
 * real token.
 */
export const redactPath = (path: string) =>
  tokenPaths.reduce((redacted, pattern) => redacted.replace(pattern, '$1…'), routedPath(path))
