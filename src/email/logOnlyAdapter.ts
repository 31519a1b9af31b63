import type { EmailAdapter } from 'payload'

import { isProduction } from '@/env'

import type { Sender } from './adapter'

/**
 * Without SMTP_URL nothing is sent. Development prints each email whole; production logs only
 * its recipient and subject, since a body can hold a password-reset link, and warns at start.
 */
export const logOnlyEmailAdapter =
  (sender: Sender): EmailAdapter =>
  ({ payload }) => {
    if (isProduction())
      payload.logger.warn(
        'SMTP_URL is not set: email is off; each email is logged (recipient and subject) instead of sent.',
      )
    return {
      name: 'log-only',
      ...sender,
      sendEmail: async ({ to, subject, text }) => {
        const what = `Email not sent (no SMTP_URL) to ${String(to)}: ${subject}`
        payload.logger.info(isProduction() ? what : `${what}\n${text ?? ''}`)
      },
    }
  }
