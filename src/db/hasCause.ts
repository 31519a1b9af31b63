/**
 * Whether an error or one of its causes passes `test`: Drizzle wraps the driver's errors, and
 * GraphQL wraps Drizzle's (`originalError`).
 */
export const hasCause = (
  err: unknown,
  test: (cause: { code?: unknown; message?: unknown }) => boolean,
) => {
  for (let cause = err, depth = 0; cause && depth < 5; depth++) {
    if (test(cause as { code?: unknown; message?: unknown })) return true
    const wrapped = cause as { cause?: unknown; originalError?: unknown }
    cause = wrapped.cause ?? wrapped.originalError
  }
  return false
}
