import { APIError } from 'payload'

/** A refusal a person can act on: the status (401/403/404/409/422/400) and why. */
export const refuse = (status: number, reason: string) =>
  new APIError(reason, status, undefined, true)
