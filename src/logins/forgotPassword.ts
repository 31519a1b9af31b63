import type { RequestHandler } from 'express'
import { getLocalI18n, getRequestLanguage, type Payload } from 'payload'

import { loginMessages, passwordResetRequested } from '@/http/messages'
import { refusalBody } from '@/http/refuse'

import type { AuthBody } from './authBody'

/**
 * `POST /api/users/forgot-password` answered at once and alike for every address; Payload's own
 * operation (the reset token, the email) runs after the answer. Payload's route answered a real
 * address only once the token was stored and the email handed to the mail server, which told who
 * has an account by how long it took.
 */
export const forgotPassword =
  (payload: Payload): RequestHandler =>
  async (req, res) => {
    const { email } = res.locals.authBody as AuthBody
    if (!email) {
      res.status(400).json(refusalBody(loginMessages.resetAddressMissing))
      return
    }
    res.json({ message: passwordResetRequested })
    // The email in the language the request asked for, as Payload's route does.
    const language = getRequestLanguage({
      config: payload.config,
      cookies: new Map(),
      headers: new Headers({ 'accept-language': req.headers['accept-language'] ?? '' }),
    })
    const i18n = await getLocalI18n({ config: payload.config, language })
    await payload
      .forgotPassword({ collection: 'users', data: { email }, req: { i18n } })
      .catch((err) => payload.logger.error({ err, msg: 'Could not start a password reset' }))
  }
