import { isLocale, type Locale } from '@/i18n/locales'

export const partnerContentTypeSlugs = ['stories', 'articles', 'videos', 'posters'] as const
export type PartnerContentType = (typeof partnerContentTypeSlugs)[number]

export const isPartnerContentType = (value: unknown): value is PartnerContentType =>
  partnerContentTypeSlugs.includes(value as PartnerContentType)

type MaybePartner =
  | {
      collection?: string
      contentTypes?: readonly string[] | null
      languages?: readonly string[] | null
      isActive?: boolean | null
    }
  | null
  | undefined

export type PartnerScope = { types: PartnerContentType[]; locales: Locale[] }

/** What a partner's key may take: its content types and languages, nothing while switched off. */
export const partnerScope = (partner: MaybePartner): PartnerScope => {
  if (partner?.collection !== 'partners' || partner.isActive === false)
    return { types: [], locales: [] }
  return {
    types: partnerContentTypeSlugs.filter((type) => partner.contentTypes?.includes(type)),
    locales: (partner.languages ?? []).filter(isLocale),
  }
}

/** Whether a partner may read this type in this language (anyone else: not decided here). */
export const partnerMayRead = (
  partner: MaybePartner,
  type: string,
  locale: string | undefined,
): boolean => {
  const scope = partnerScope(partner)
  return (
    scope.types.includes(type as PartnerContentType) && scope.locales.includes(locale as Locale)
  )
}
