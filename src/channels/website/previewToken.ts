import { isLocale, type Locale } from '@/i18n/locales'
import { checkToken, signToken } from '@/links/signedToken'

/**
 * What a preview link opens: one item's latest draft in one language, until it expires. The item
 * is named by its id and its creation time, which no item made later under the same id shares.
 */
export type PreviewGrant = {
  collection: string
  id: string
  createdAt: string
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
  signToken(
    secret,
    purpose,
    [grant.collection, grant.id, grant.locale, grant.createdAt],
    grant.expiresAt,
  )

export type PreviewCheck = { grant: PreviewGrant } | { status: 404 | 410; message: string }

/**
 * The grant a token carries, or why it opens nothing: tampered or malformed 404; expired, or made
 * before links named their item's creation time, 410.
 */
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
  const [collection, id, locale, createdAt, extra] = checked.fields
  if (
    typeof collection !== 'string' ||
    typeof id !== 'string' ||
    !isLocale(locale) ||
    extra !== undefined
  )
    return refused
  if (createdAt === undefined)
    return {
      status: 410,
      message: 'This preview link is out of date: ask an editor for a new one.',
    }
  if (typeof createdAt !== 'string') return refused
  return { grant: { collection, id, createdAt, locale, expiresAt: checked.expiresAt } }
}
