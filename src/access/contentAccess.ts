import { canCreateContent } from './canCreateContent'
import { canEditContent } from './canEditContent'
import { isAdmin } from './isAdmin'
import { staffOrPublished } from './staffOrPublished'

/** Who may do what with stories, videos, articles and posters. */
export const contentAccess = {
  read: staffOrPublished,
  create: canCreateContent,
  update: canEditContent,
  delete: isAdmin,
}
