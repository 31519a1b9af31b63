import { isLocale, type Locale } from '@/i18n/locales'
import { checkToken, signToken } from '@/links/signedToken'

/** What a preview link opens: one item's latest draft in one language, until it expires. */
export type PreviewGrant = {
  collection: string
  id: string
  locale: Locale
  /** Unix seconds. */
  expiresAt: number
}

/** How long a link may live: a day unless the editor asks otherwise, a week at most. */
export const previewLifetime = {
  defaultSeconds: 24 * 3600,
  minSeconds: 1,
  maxSeconds: 7 * 24 * 3600,
}

const purpose = 'website-preview'

export const signPreview = (secret: string, grant: PreviewGrant): string =>
  signToken(secret, purpose, [grant.collection, grant.id, grant.locale], grant.expiresAt)

export type PreviewCheck = { grant: PreviewGrant } | { status: 404 | 410; message: string }

/** The grant a token carries, or why it opens nothing: tampered or malformed 404, expired 410. */
export const checkPreview = ({
  secret,
  token,
  now,
}: {
  secret: string
  token: string
  now: Date
}): PreviewCheck => {
  const refused = { status: 404, message: 'This preview link is not valid.' } as const
  const checked = checkToken({ secret, purpose, token, now })
  if ('problem' in checked)
    return checked.problem === 'expired'
      ? { status: 410, message: 'This preview link has expired: ask an editor for a new one.' }
      : refused
  const [collection, id, locale, extra] = checked.fields
  if (
    typeof collection !== 'string' ||
    typeof id !== 'string' ||
    !isLocale(locale) ||
    extra !== undefined
  )
    return refused
  return { grant: { collection, id, locale, expiresAt: checked.expiresAt } }
}
