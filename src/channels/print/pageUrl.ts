import type { Locale } from '@/i18n/locales'

const placeholders = ['{locale}', '{type}', '{id}']

/** Why a page address template cannot be used, or null. */
export const pageUrlProblem = (template: string): string | null => {
  const filled = template.replaceAll(/\{(locale|type|id)\}/g, 'x')
  if (/[{}]/.test(filled)) return `Only ${placeholders.join(', ')} can be filled in.`
  try {
    const url = new URL(filled)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error()
  } catch {
    return 'Write a whole web address starting with https://.'
  }
  return null
}

/** The campaign website page a printed item's QR code opens. */
export const campaignPageUrl = (
  template: string,
  { locale, type, id }: { locale: Locale; type: string; id: string | number },
) =>
  template
    .replaceAll('{locale}', locale)
    .replaceAll('{type}', type)
    .replaceAll('{id}', encodeURIComponent(String(id)))
