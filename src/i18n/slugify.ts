// Letters that Unicode decomposition does not turn into ASCII: Azerbaijani's own letters and
// Cyrillic (Russian plus the Azerbaijani Cyrillic extras), romanised the way readers write them.
const transliteration: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ğ: 'g',
  ö: 'o',
  ü: 'u',
  ç: 'c',
  ş: 's',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'e',
  ғ: 'g',
  ҝ: 'g',
  һ: 'h',
  ј: 'y',
  ө: 'o',
  ү: 'u',
  ҹ: 'c',
  ҳ: 'h',
}

/** Lower-cases the Azerbaijani way: İ → i and I → ı, not the default i̇ (i + combining dot). */
export const toAzerbaijaniLowerCase = (text: string): string => text.toLocaleLowerCase('az')

/** A URL slug from any title in az, en or ru: "İnsan alveri" → "insan-alveri". */
export const slugify = (text: string): string =>
  toAzerbaijaniLowerCase(text)
    .replace(/[^\p{ASCII}]/gu, (char) => transliteration[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
