import { seededRandom } from './random'

/** The Azerbaijani alphabet in its own order, each letter as [capital, small]. */
export const azerbaijaniAlphabet =
  'Aa Bb Cc Çç Dd Ee Əə Ff Gg Ğğ Hh Xx Iı İi Jj Kk Qq Ll Mm Nn Oo Öö Pp Rr Ss Şş Tt Uu Üü Vv Yy Zz'
    .split(' ')
    .map((pair) => [...pair] as [string, string])

/** Letters written with a mark of their own, and the plain letter people type for them. */
const ownLetters: Record<string, string> = {
  ç: 'c',
  ə: 'e',
  ğ: 'g',
  ı: 'i',
  ö: 'o',
  ş: 's',
  ü: 'u',
}

/**
 * The plain letter for a letter of its own, or undefined for a letter any Latin keyboard types
 * (I included: without an Azerbaijani keyboard it may mean İ). İ is its own letter as typed.
 */
export const ownLetterOf = (letter: string): { plain: string } | undefined => {
  if (/^[A-Za-z]$/.test(letter)) return undefined
  if (letter === 'İ') return { plain: 'i' }
  const small = letter.toLocaleLowerCase('az')
  return small in ownLetters ? { plain: ownLetters[small]! } : undefined
}

/** The list in a seeded random order (Fisher–Yates). */
export const shuffled = <T>(list: readonly T[], seed: number): T[] => {
  const random = seededRandom(seed)
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}
