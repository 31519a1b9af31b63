import type { CollectionBeforeChangeHook } from 'payload'

import { isProduction } from '@/env'
import { refuse } from '@/http/refuse'

/**
 * The person who creates the very first account must be able to manage everyone after them. In
 * production that is only the address the operator named in FIRST_ADMIN_EMAIL, so a stranger who
 * finds a fresh deployment first cannot make themselves its admin.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs > 0) return data
  const allowed = process.env.FIRST_ADMIN_EMAIL?.trim().toLowerCase()
  if (isProduction() && (!allowed || String(data.email).toLowerCase() !== allowed))
    throw refuse(
      403,
      'The first admin account can only be created for the address in FIRST_ADMIN_EMAIL.',
    )
  return { ...data, roles: ['admin'] }
}
