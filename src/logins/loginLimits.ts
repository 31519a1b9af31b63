import { createHash } from 'crypto'
import { Router, type Request, type RequestHandler, type Response } from 'express'
import type { IncomingMessage, ServerResponse } from 'http'
import type { Payload } from 'payload'

import type { AttemptLimits } from '@/env'
import { loginMessages, tooManyAttempts } from '@/http/messages'
import { refusalBody } from '@/http/refuse'
import { replayed } from '@/http/replayed'
import { routedPath } from '@/http/routedPath'

import { attemptLimit, bySource } from './attemptLimit'
import { readAuthBody, type AuthBody } from './authBody'
import { forgotPassword } from './forgotPassword'

/** Refused, or left before its answer (a guess whose answer was not awaited is still a guess). */
const hasFailed = (_req: Request, res: Response) => res.statusCode >= 400 || !res.writableFinished
/** An account as seen from one source: its address (hashed: no address is kept) and the source. */
const byAccountFromSource = (req: Request, res: Response) =>
  `${createHash('sha256')
    .update((res.locals.authBody as AuthBody).email)
    .digest('base64url')} ${bySource(req)}`

const limitedPaths = ['/api/users/login', '/api/users/reset-password', '/api/users/forgot-password']

/**
 * A limited route spelled any other way is rewritten to its plain spelling, so the limits below
 * see it; anything else goes on as it came.
 */
const plainLimitedPath: RequestHandler = (req, _res, next) => {
  const path = routedPath(req.path)
  if (path !== req.path && limitedPaths.includes(path)) {
    const query = req.url.indexOf('?')
    req.url = query === -1 ? path : `${path}${req.url.slice(query)}`
  }
  next()
}

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
    isFailure: hasFailed,
  })
  const failedLoginsToAccount = attemptLimit({
    limit: limits.loginFailuresPerAccount,
    keyOf: byAccountFromSource,
    message: tooManyAttempts.account,
    isFailure: hasFailed,
  })
  const resetRequests = attemptLimit({
    limit: limits.passwordResetsPerSource,
    keyOf: bySource,
    message: tooManyAttempts.passwordResets,
  })
  const router = Router()
  router.use(plainLimitedPath)
  router.post('/api/users/login', failedLogins, readAuthBody, failedLoginsToAccount, (req, res) => {
    const { email, raw } = res.locals.authBody as AuthBody
    // A body whose address we cannot read (a form or a BOM Payload reads differently) would be
    // counted against no account: it does not reach Payload, which needs the address anyway.
    if (!email) {
      res.status(400).json(refusalBody(loginMessages.loginAddressMissing))
      return
    }
    nextHandler(replayed(req, raw), res)
  })
  // A reset token is a password too: its failures spend the same budget.
  router.post('/api/users/reset-password', failedLogins)
  router.post('/api/users/forgot-password', resetRequests, readAuthBody, forgotPassword(payload))
  return router
}
