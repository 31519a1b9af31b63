/**
 * The path as Next and Payload route it: they decode %-escapes, resolve dot segments and ignore
 * case, so `/api/users/%6Cogin` and `/api/users/x/../login` are logins too.
 */
export const routedPath = (path: string) => {
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // A malformed escape: Next answers it 400, so the path as written is as good as any.
  }
  // Appended to an origin, so a path starting "//" cannot be read as a host.
  return new URL(`http://path.invalid${decoded}`).pathname.toLowerCase()
}
