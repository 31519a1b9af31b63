import type { Config } from 'payload'

import { createRepeatLimiter } from './repeatLimiter'

type LoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>['options']
type LogMethod = NonNullable<NonNullable<LoggerOptions['hooks']>['logMethod']>

// pino's numeric levels: info lines (one per request) are never collapsed.
const warnLevel = 40

/** Which message an occurrence is: its text and its error's text. */
const messageOf = (args: unknown[]): string => {
  const [first, second] = args
  if (typeof first === 'string') return first
  const { msg, err } = (first ?? {}) as { msg?: unknown; err?: { message?: unknown } }
  return [typeof second === 'string' ? second : msg, err?.message].filter(Boolean).join(': ')
}

/**
 * A pino hook that logs each warning or error at most `perMinute` times a minute and then says
 * how many times it was left out: a database that is down must not flood the log.
 */
export const collapseRepeats = ({
  perMinute = 10,
  now = Date.now,
}: { perMinute?: number; now?: () => number } = {}): LogMethod => {
  const limit = createRepeatLimiter({ perWindow: perMinute, windowMs: 60_000, now })
  return function logMethod(args, method, level) {
    if (level < warnLevel) return method.apply(this, args)
    const message = messageOf(args)
    const { isLogged, leftOut } = limit(`${level} ${message}`)
    if (!isLogged) return
    if (leftOut > 0)
      method.apply(this, [
        { repeated: leftOut },
        `… "${message}" repeated ${leftOut} more times in a minute (not logged)`,
      ])
    method.apply(this, args)
  }
}
