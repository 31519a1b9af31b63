import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors write stories, articles, videos and posters; admins may too. */
export const canCreateContent: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
