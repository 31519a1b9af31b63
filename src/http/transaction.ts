import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `fn` in a transaction on `req`: committed when it returns, rolled back when it throws. A
 * request already inside a transaction (the caller's) is left to its owner to end. Every Local API
 * call inside must be given this `req`, or it writes outside the transaction.
 */
export const withTransaction = async <T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> => {
  const isOwnTransaction = await initTransaction(req)
  try {
    const result = await fn()
    if (isOwnTransaction) await commitTransaction(req)
    return result
  } catch (err) {
    if (isOwnTransaction) await killTransaction(req)
    throw err
  }
}
