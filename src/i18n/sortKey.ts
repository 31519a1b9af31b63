import type { Locale } from './locales'
import { nfc } from './normalise'

/**
 * A string whose byte order is the language's alphabetical order, for databases that compare
 * bytes (SQLite, and MongoDB without a collation). Azerbaijani: a b c ç d e ə f g ğ h x ı i j k q
 * l m n o ö p r s ş t u ü v y z; Russian with ё beside е; English ignoring accents first.
 *
 * The weights come from ICU itself (Intl.Collator), one character at a time, in three levels as
 * ICU compares them: letters first, then accents, then case; the text itself breaks what is still
 * equal. That is exact for the alphabets the campaign writes in; it does not model contractions
 * or expansions (German ß = ss), and characters outside the table sort after every letter.
 */
export const sortKey = (text: string, locale: Locale): string => {
  const chars = [...nfc(text)].slice(0, significantChars)
  const { levels } = tableFor(locale)
  return [
    ...levels.map((weights) => chars.map((char) => weights.get(char) ?? unknownWeight).join('')),
    chars.join(''),
  ].join(separator)
}

/** Titles that share their first 100 characters are in order by then. */
const significantChars = 100

// Two characters of 64 consecutive ASCII code points ('0'…'o') per weight: 4,096 weights, more
// than the character table holds; the separator sorts before every weight, so "ab" < "abc".
const digits = Array.from({ length: 64 }, (_, i) => String.fromCharCode(0x30 + i))
const separator = '!'
const weight = (rank: number) => digits[Math.floor(rank / 64)]! + digits[rank % 64]!
const unknownWeight = weight(64 * 64 - 1)

/** The characters given a weight: Latin with its accents, Cyrillic, digits, punctuation, marks. */
const tableCharacters = (): string[] => {
  const ranges: Array<[number, number]> = [
    [0x20, 0x7e],
    [0xa0, 0x24f],
    [0x259, 0x259],
    [0x2bb, 0x2bc],
    [0x300, 0x36f],
    [0x400, 0x4ff],
    [0x2010, 0x2027],
    [0x2030, 0x203a],
    [0x20ac, 0x20ac],
    [0x2116, 0x2116],
  ]
  return ranges
    .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))
    .map((codePoint) => String.fromCodePoint(codePoint))
    .filter((char) => nfc(char) === char)
}

/**
 * Per level, each character's rank among the table's characters as the language's collator
 * orders them; a character the level ignores (a combining mark at the first level) has ''.
 */
const buildTable = (locale: Locale) => {
  const characters = tableCharacters()
  const levels = (['base', 'accent', 'variant'] as const).map((sensitivity) => {
    const { compare } = new Intl.Collator(locale, { sensitivity })
    const sorted = characters.filter((char) => compare(char, '') !== 0).sort(compare)
    const weights = new Map<string, string>(
      characters.filter((char) => compare(char, '') === 0).map((char) => [char, '']),
    )
    let rank = 0
    sorted.forEach((char, i) => {
      if (i > 0 && compare(sorted[i - 1]!, char) !== 0) rank++
      weights.set(char, weight(rank))
    })
    return weights
  })
  return { levels }
}

const tables = new Map<Locale, ReturnType<typeof buildTable>>()
const tableFor = (locale: Locale) => {
  if (!tables.has(locale)) tables.set(locale, buildTable(locale))
  return tables.get(locale)!
}
