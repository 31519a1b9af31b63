/** Whether an error or one of its causes passes `test`: Drizzle wraps the driver's errors. */
export const hasCause = (
  err: unknown,
  test: (cause: { code?: unknown; message?: unknown }) => boolean,
) => {
  for (let cause = err, depth = 0; cause && depth < 5; depth++) {
    if (test(cause as { code?: unknown; message?: unknown })) return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}
