import { isLocale, type Locale } from '@/i18n/locales'
import type { Lifetime } from '@/links/linkRequest'
import { checkToken, signToken } from '@/links/signedToken'

import { printedCollections, type PrintedCollection } from './printFileRecord'

/**
 * A print shop's link opens one item in one language at one format, as it is now: if the hotline
 * changes while the job waits at the shop, the link gives the corrected file. It stops when it
 * expires, or at once when the item is taken down. The item is named by its id and its creation
 * time, which no item made later under the same id shares.
 */
export type PrintGrant = {
  itemCollection: PrintedCollection
  itemId: string
  itemCreatedAt: string
  locale: Locale
  format: string
}

/** A week unless the editor asks otherwise, thirty days at most. */
export const shareLifetime: Lifetime = {
  defaultSeconds: 7 * 24 * 3600,
  minSeconds: 60,
  maxSeconds: 30 * 24 * 3600,
}

const purpose = 'print-shop'

export const signPrintGrant = (secret: string, grant: PrintGrant, expiresAt: number) =>
  signToken(
    secret,
    purpose,
    [grant.itemCollection, grant.itemId, grant.locale, grant.format, grant.itemCreatedAt],
    expiresAt,
  )

export const checkPrintGrant = (
  secret: string,
  token: string,
  now: Date,
): { grant: PrintGrant; expiresAt: number } | { status: 404 | 410; message: string } => {
  const invalid = { status: 404, message: 'This print link is not valid.' } as const
  const checked = checkToken({ secret, purpose, token, now })
  if ('problem' in checked)
    return checked.problem === 'expired'
      ? { status: 410, message: 'This print link has expired: ask the campaign for a new one.' }
      : invalid
  const [itemCollection, itemId, locale, format, itemCreatedAt, extra] = checked.fields
  if (
    !(printedCollections as readonly unknown[]).includes(itemCollection) ||
    typeof itemId !== 'string' ||
    !isLocale(locale) ||
    typeof format !== 'string' ||
    extra !== undefined
  )
    return invalid
  // Made before links named their item's creation time.
  if (itemCreatedAt === undefined)
    return {
      status: 410,
      message: 'This print link is out of date: ask the campaign for a new one.',
    }
  if (typeof itemCreatedAt !== 'string') return invalid
  return {
    grant: {
      itemCollection: itemCollection as PrintedCollection,
      itemId,
      itemCreatedAt,
      locale,
      format,
    },
    expiresAt: checked.expiresAt,
  }
}
