type Env = Record<string, string | undefined>

const wholeNumber = (value: string | undefined, fallback: number, min: number) => {
  const number = Number(value)
  return value !== undefined && value !== '' && Number.isInteger(number) && number >= min
    ? number
    : fallback
}

export type WebhookSettings = {
  /** The first retry waits this long; each further retry waits twice as long as the one before. */
  retryDelayMs: number
  /** Attempts per delivery, the first included. */
  maxAttempts: number
  /** A partner whose deliveries fail this many times in a row (every attempt) is paused. */
  pauseAfter: number
  /** Loopback and private networks are refused in production (SSRF) unless this is set. */
  isPrivateNetworkAllowed: boolean
}

/**
 * Deployment settings. The defaults retry for about two hours (1, 2, 4 … 64 minutes) and pause
 * a partner after three deliveries given up in a row; tests shrink them.
 */
export const webhookSettings = (env: Env = process.env): WebhookSettings => ({
  retryDelayMs: wholeNumber(env.WEBHOOK_RETRY_DELAY_MS, 60_000, 1),
  maxAttempts: wholeNumber(env.WEBHOOK_MAX_ATTEMPTS, 8, 1),
  pauseAfter: wholeNumber(env.WEBHOOK_PAUSE_AFTER, 3, 1),
  isPrivateNetworkAllowed:
    env.NODE_ENV !== 'production' || env.WEBHOOK_ALLOW_PRIVATE_NETWORK === 'true',
})
