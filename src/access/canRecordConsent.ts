import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Editors record consent; a translator or reviewer cannot widen what the person agreed to. */
export const canRecordConsent: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
