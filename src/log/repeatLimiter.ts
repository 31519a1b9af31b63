/** What to do with one occurrence of a message. */
export type RepeatVerdict = {
  isLogged: boolean
  /** Occurrences left out in the key's previous window: say so when logging this one. */
  leftOut: number
}

type Window = { startedAt: number; count: number }

/**
 * Lets the first `perWindow` occurrences of each message through per window and counts the rest,
 * so a fault that repeats thousands of times a minute costs a few lines, not a flooded disk.
 * The count of what was left out is given with the next occurrence after the window.
 */
export const createRepeatLimiter = ({
  perWindow,
  windowMs,
  now,
  maxKeys = 1000,
}: {
  perWindow: number
  windowMs: number
  now: () => number
  /** Distinct messages remembered; the oldest are forgotten first (messages may carry ids). */
  maxKeys?: number
}) => {
  const windows = new Map<string, Window>()
  return (key: string): RepeatVerdict => {
    const at = now()
    const current = windows.get(key)
    if (current && at - current.startedAt < windowMs) {
      current.count += 1
      return { isLogged: current.count <= perWindow, leftOut: 0 }
    }
    windows.delete(key)
    if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!)
    windows.set(key, { startedAt: at, count: 1 })
    return { isLogged: true, leftOut: current ? Math.max(0, current.count - perWindow) : 0 }
  }
}
