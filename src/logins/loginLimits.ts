import { createHash } from 'crypto'
import { Router, type Request, type Response } from 'express'
import type { IncomingMessage, ServerResponse } from 'http'
import type { Payload } from 'payload'

import type { AttemptLimits } from '@/env'

import { attemptLimit, bySource } from './attemptLimit'
import { readAuthBody, replayed, type AuthBody } from './authBody'
import { forgotPassword } from './forgotPassword'
import { tooManyAttempts } from './messages'

const hasSucceeded = (_req: Request, res: Response) => res.statusCode < 400
/** An account as seen from one source: its address (hashed: no address is kept) and the source. */
const byAccountFromSource = (req: Request, res: Response) =>
  `${createHash('sha256')
    .update((res.locals.authBody as AuthBody).email)
    .digest('base64url')} ${bySource(req)}`

/**
 * Payload's login, password reset and "forgot password" behind limits per source and per account
 * from a source, instead of Payload's lockout (off: see src/collections/Users). A stranger's
 * failures spend their own source's budget and never the real user's, who signs in from elsewhere.
 */
export const loginLimits = ({
  payload,
  limits,
  nextHandler,
}: {
  payload: Payload
  limits: AttemptLimits
  nextHandler: (req: IncomingMessage, res: ServerResponse) => void
}) => {
  const failedLogins = attemptLimit({
    limit: limits.loginFailuresPerSource,
    keyOf: bySource,
    message: tooManyAttempts.logins,
    wasSuccessful: hasSucceeded,
  })
  const failedLoginsToAccount = attemptLimit({
    limit: limits.loginFailuresPerAccount,
    keyOf: byAccountFromSource,
    message: tooManyAttempts.account,
    wasSuccessful: hasSucceeded,
  })
  const resetRequests = attemptLimit({
    limit: limits.passwordResetsPerSource,
    keyOf: bySource,
    message: tooManyAttempts.passwordResets,
  })
  const router = Router()
  router.post('/api/users/login', failedLogins, readAuthBody, failedLoginsToAccount, (req, res) =>
    nextHandler(replayed(req, (res.locals.authBody as AuthBody).raw), res),
  )
  // A reset token is a password too: its failures spend the same budget.
  router.post('/api/users/reset-password', failedLogins)
  router.post('/api/users/forgot-password', resetRequests, readAuthBody, forgotPassword(payload))
  return router
}
