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

/** The two keys stored beside each searchable text field, per language. */
export const searchKeys = (text: string, locale: Locale) => {
  const exact = caseless(text, locale)
  return { caseless: exact, plain: plainLetters(exact) }
}

/**
 * Which key a search term is matched against. A term typed plainly ("seki") matches the plain key,
 * so it finds "Şəki", "Seki" and "ŞƏKİ"; a term with any letter of its own ("şəki", "ılıq", "İlham")
 * matches the caseless key, so it finds only those letters, in either case.
 */
export const searchTerm = (
  term: string,
  locale: Locale,
): { key: 'caseless' | 'plain'; term: string } => {
  const exact = caseless(term, locale)
  const plain = plainLetters(exact)
  // Azerbaijani İ lowers to a plain i, yet whoever typed it chose the dotted letter over I (ı).
  const typedPlainly = plain === exact && !nfc(term).includes('İ')
  return typedPlainly ? { key: 'plain', term: plain } : { key: 'caseless', term: exact }
}
