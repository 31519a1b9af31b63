import type { RequestHandler } from 'express'

/** What the API and the admin answer; Next would throw on anything else (TRACE → 500). */
export const allowedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

export const methodGuard: RequestHandler = (req, res, next) => {
  if (allowedMethods.includes(req.method)) return next()
  res
    .status(405)
    .set('Allow', allowedMethods.join(', '))
    .json({
      errors: [{ message: `${req.method} is not allowed here: use ${allowedMethods.join(', ')}.` }],
    })
}
