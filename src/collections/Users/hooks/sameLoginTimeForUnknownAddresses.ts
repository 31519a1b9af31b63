import { pbkdf2, randomBytes } from 'crypto'
import type { CollectionBeforeOperationHook } from 'payload'
import { promisify } from 'util'

const derive = promisify(pbkdf2)

/** What Payload 3.90 spends checking a password (generatePasswordSaltHash: PBKDF2-SHA256). */
const passwordCheck = { iterations: 600_000, keyLength: 32 }

/**
 * Payload turns away a login to an address nobody has before it hashes anything, and one to a
 * real address only after hashing the password (a few hundred milliseconds here): the difference
 * told anyone which addresses have accounts. An unknown address now costs the same hash.
 */
export const sameLoginTimeForUnknownAddresses: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Payload refuses these as malformed, alike for every address.
  if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) return args
  const accounts = await req.payload.db.count({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (accounts.totalDocs === 0)
    await derive(
      password,
      randomBytes(32),
      passwordCheck.iterations,
      passwordCheck.keyLength,
      'sha256',
    )
  return args
}
