import type { Locale } from './locales'
import { nfc } from './normalise'

/**
 * Text in one case by the rules of its language: Azerbaijani İ → i and I → ı, Ə → ə; Russian
 * Ё → ё; English I → i. Both the stored key and the query go through it, so a search is
 * case-insensitive whatever the database can do.
 */
export const caseless = (text: string, locale: Locale): string =>
  nfc(nfc(text).toLocaleLowerCase(locale))

/** Letters no decomposition takes a mark from: written plainly, ə is e and ı is i; ё is е. */
const plainLetter: Record<string, string> = { ə: 'e', ı: 'i', ё: 'е' }

/**
 * Caseless text with its letters plain, the way people type without an Azerbaijani keyboard:
 * "Şəki" → "seki", "əmək" → "emek", "İlham" → "ilham", "Ёлка" → "елка". Marks come off Latin
 * letters only: Cyrillic й keeps its breve, because и is another letter.
 */
export const plainLetters = (caselessText: string): string =>
  caselessText
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[əıё]/g, (letter) => plainLetter[letter]!)

/**
 * SQLite's LIKE reads % and _ in a term as wildcards (MongoDB does not): in keys and terms alike
 * they are written as their full-width forms, so a search for "100%" finds "100%" and nothing else.
 */
const literally = (key: string): string => key.replace(/%/g, '\uff05').replace(/_/g, '\uff3f')

/** The two keys stored beside each searchable text field, per language. */
export const searchKeys = (text: string, locale: Locale) => {
  const exact = caseless(text, locale)
  return { caseless: literally(exact), plain: literally(plainLetters(exact)) }
}

/**
 * Which key a search term is matched against. A term typed plainly — on a keyboard without the
 * Azerbaijani letters, so any capital I may mean İ — matches the plain key: "SEKI" and "seki" find
 * "Şəki", "Seki" and "ŞƏKİ". A term with a letter of its own ("şəki", "ılıq", "İlham", "ёлка")
 * matches the caseless key by the language's rules, so it finds only those letters, in either case.
 */
export const searchTerm = (
  term: string,
  locale: Locale,
): { key: 'caseless' | 'plain'; term: string } => {
  const exact = caseless(term, locale)
  // Lowered without a language, İ keeps its dot (i + U+0307): so it counts as a letter of its own.
  const asTyped = nfc(term).toLowerCase()
  return plainLetters(asTyped) === asTyped
    ? { key: 'plain', term: literally(plainLetters(exact)) }
    : { key: 'caseless', term: literally(exact) }
}
