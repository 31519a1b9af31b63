import { canCreateContent } from './canCreateContent'
import { canEditContent } from './canEditContent'
import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'
import { publishedContent } from './publishedContent'

/** Who may do what with stories, videos, articles and posters (stories also check consent). */
export const contentAccess = ({ slug, hasConsent }: { slug: string; hasConsent: boolean }) => ({
  read: publishedContent({ slug, hasConsent }),
  create: canCreateContent,
  update: canEditContent,
  delete: isAdmin,
  // Drafts live in versions: without this, any logged-in principal (a partner's or a screen's
  // API key included) could read them through /versions and GraphQL.
  readVersions: isStaff,
})
