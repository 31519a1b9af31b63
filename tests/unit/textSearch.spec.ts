import { describe, expect, it } from 'vitest'

import { keyedFields, searchable } from '@/fields/searchableText'
import { languageAwareSort, languageAwareWhere } from '@/hooks/languageAwareQuery'
import { normaliseStrings } from '@/i18n/normalise'
import { caseless, plainLetters, searchKeys, searchTerm } from '@/i18n/searchKey'
import { sortKey } from '@/i18n/sortKey'

import { azerbaijaniAlphabet } from '../helpers/alphabet'
import { randomHistory } from '../helpers/random'

describe('caseless and plain keys', () => {
  it('lowers Azerbaijani by its own rules and English and Russian by theirs', () => {
    expect(caseless('İLHAM IŞIQ', 'az')).toBe('ilham ışıq')
    expect(caseless('ILHAM', 'en')).toBe('ilham')
    expect(caseless('ЁЛКА', 'ru')).toBe('ёлка')
    expect(caseless('S\u0327ƏKİ', 'az')).toBe('şəki')
  })

  it('writes every Azerbaijani letter plainly, and only Latin letters lose their marks', () => {
    expect(plainLetters(caseless('ÇƏĞIİÖŞÜ', 'az'))).toBe('cegiiosu')
    expect(plainLetters('ёлка йод')).toBe('елка йод')
    expect(searchKeys('Şəki', 'az')).toEqual({ caseless: 'şəki', plain: 'seki' })
  })

  it('matches a plainly typed term against the plain key and a marked one against the caseless key', () => {
    expect(searchTerm('SEKI', 'az')).toEqual({ key: 'plain', term: 'seki' })
    expect(searchTerm('Şəki', 'az')).toEqual({ key: 'caseless', term: 'şəki' })
    // Azerbaijani capital I is ı; capital İ is i, typed deliberately.
    expect(searchTerm('ı', 'az')).toEqual({ key: 'caseless', term: 'ı' })
    expect(searchTerm('IŞIQ', 'az')).toEqual({ key: 'caseless', term: 'ışıq' })
    // A capital I typed on a Latin keyboard may mean either letter: it is matched plainly.
    expect(searchTerm('I', 'az')).toEqual({ key: 'plain', term: 'i' })
    expect(searchTerm('İ', 'az')).toEqual({ key: 'caseless', term: 'i' })
    expect(searchTerm('I', 'en')).toEqual({ key: 'plain', term: 'i' })
    expect(searchTerm('елка', 'ru')).toEqual({ key: 'plain', term: 'елка' })
    expect(searchTerm('ёлка', 'ru')).toEqual({ key: 'caseless', term: 'ёлка' })
  })
})

describe('sort keys', () => {
  const byKey = (locale: 'az' | 'en' | 'ru') => (a: string, b: string) => {
    const [x, y] = [sortKey(a, locale), sortKey(b, locale)]
    return x < y ? -1 : x > y ? 1 : 0
  }

  it('put the Azerbaijani alphabet in its order, capitals and small letters alike', () => {
    // Within a letter, ICU puts the small letter first.
    const alphabet = azerbaijaniAlphabet.flatMap(([capital, small]) => [small, capital])
    const reversed = [...alphabet].reverse()
    expect(reversed.sort(byKey('az'))).toEqual(alphabet)
    expect(
      'a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z'
        .split(' ')
        .reverse()
        .sort(byKey('az'))
        .join(' '),
    ).toBe('a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z')
  })

  it('order byte-wise exactly as ICU orders text in each language', () => {
    const letters = [...azerbaijaniAlphabet.flat(), ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяЁЕЖ']
    const characters = [...letters, ..."0123456789 -,.'éÉàñ"]
    const { pick, between } = randomHistory(2026)
    const word = () => Array.from({ length: between(1, 7) }, () => pick(characters)).join('')
    for (const locale of ['az', 'en', 'ru'] as const) {
      const { compare } = new Intl.Collator(locale)
      for (let i = 0; i < 3000; i++) {
        const [a, b] = [word(), word()]
        const expected = Math.sign(compare(a, b))
        if (expected !== 0) expect(byKey(locale)(a, b), `${locale}: ${a} | ${b}`).toBe(expected)
      }
    }
  })

  it('keep ё beside е in Russian, and a shorter word before its continuation', () => {
    expect(['ёж', 'Ель', 'еда', 'Ёлка', 'жук'].sort(byKey('ru'))).toEqual([
      'еда',
      'ёж',
      'Ёлка',
      'Ель',
      'жук',
    ])
    expect(['İlham Əliyev', 'İlham'].sort(byKey('az'))).toEqual(['İlham', 'İlham Əliyev'])
  })
})

describe('queries', () => {
  const fields = keyedFields([
    searchable({ name: 'title', type: 'text', localized: true }, { sortable: true }),
    searchable({ name: 'summary', type: 'textarea', localized: true }),
    { name: 'slug', type: 'text' },
  ])

  it('move text searches on searchable fields to the key the term needs and leave the rest in NFC', () => {
    expect(
      languageAwareWhere(
        {
          or: [{ title: { like: 'SEKI' } }, { summary: { contains: 'Şəki' } }],
          slug: { equals: 's\u0327eki' },
        },
        fields,
        'az',
      ),
    ).toEqual({
      or: [{ titleSearchPlain: { like: 'seki' } }, { summarySearch: { contains: 'şəki' } }],
      slug: { equals: 'şeki' },
    })
  })

  it('keep every condition when a field is searched twice', () => {
    expect(languageAwareWhere({ title: { like: 'a', exists: true } }, fields, 'az')).toEqual({
      title: { exists: true },
      titleSearchPlain: { like: 'a' },
    })
    expect(languageAwareWhere({ title: { like: 'a', contains: 'b' } }, fields, 'az')).toEqual({
      and: [{ titleSearchPlain: { like: 'a' } }, { titleSearchPlain: { contains: 'b' } }],
    })
  })

  it('sort sortable fields by their key, in either direction and in a list', () => {
    expect(languageAwareSort('-title', fields)).toBe('-titleSortKey')
    expect(languageAwareSort(['summary', 'title'], fields)).toEqual(['summary', 'titleSortKey'])
    expect(languageAwareSort('title,-createdAt', fields)).toBe('titleSortKey,-createdAt')
  })
})

describe('stored text', () => {
  it('is NFC everywhere in a document, rich text included, but a password keeps its bytes', () => {
    const typed = 'S\u0327əki'
    expect(
      normaliseStrings(
        { title: typed, body: { root: { children: [{ text: typed }] } }, password: typed },
        new Set(['password']),
      ),
    ).toEqual({
      title: 'Şəki',
      body: { root: { children: [{ text: 'Şəki' }] } },
      password: typed,
    })
  })
})
