import type { AfterErrorHook } from 'payload'

/**
 * SQLite refuses a write whose relationship names a row that does not exist (a related video or
 * a cover by a made-up id), and a delete of a row others still point at (a user recorded as a
 * story's author by the columns the workflow migration added without ON DELETE). Both are the
 * request's problem, not the server's: 400 and 409 with what to do instead of a 500.
 */
export const foreignKeyErrorsAre4xx: AfterErrorHook = ({ error, req }) => {
  const cause = (error as { cause?: unknown }).cause
  const text = `${error.message} ${cause instanceof Error ? cause.message : ''}`
  if (!text.includes('FOREIGN KEY constraint failed')) return
  return req?.method === 'DELETE'
    ? {
        status: 409,
        response: {
          errors: [
            {
              message:
                'Other documents still point at this one (e.g. a user recorded in an item’s workflow): change them first, or keep it.',
            },
          ],
        },
      }
    : {
        status: 400,
        response: {
          errors: [{ message: 'A relationship names a document that does not exist.' }],
        },
      }
}
