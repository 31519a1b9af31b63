import { execFileSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { adminDateFormat, formatAdminDate } from '@/i18n/adminDates'
import { adminTranslations } from '@/i18n/adminTranslations'
import { label } from '@/i18n/label'
import { missingTranslations } from '@/i18n/missingTranslations'
import { shownInWords } from '@/i18n/shownInWords'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Every object of ours that carries an `az` and an `en` word (a component's `words` table, a
 * label record, a safety check) and no non-empty literal `ru` beside them, as "file:line".
 * Found by reading the source, so a table added tomorrow is checked without being listed here.
 */
const wordsWithoutRussian = (file: string, text: string): string[] => {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const gaps: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const named = new Map(
        node.properties.flatMap((property) =>
          property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
            ? [[property.name.text, property] as const]
            : [],
        ),
      )
      const ru = named.get('ru')
      const ruText =
        ru && ts.isPropertyAssignment(ru) && ts.isStringLiteralLike(ru.initializer)
          ? ru.initializer.text.trim()
          : ru && 'ru'
      if (named.has('az') && named.has('en') && !ruText)
        gaps.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return gaps
}

/** The admin's source: components, configs, words tables. The sample campaign is content. */
const adminSources = () =>
  execFileSync('git', ['ls-files', 'src/*.ts', 'src/*.tsx'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !file.startsWith('src/seed/'))

describe('the admin in az, en and ru', () => {
  it('should have every label of the Payload config in az, en and ru', async () => {
    const config = await (await import('@payload-config')).default
    expect(missingTranslations(config)).toEqual([])
  })

  it('should name each untranslated label of a config by its path', () => {
    const words = { submit: label('Göndər', 'Submit', 'Отправить'), approve: { az: 'Təsdiqlə' } }
    const config = {
      collections: [
        {
          slug: 'stories',
          labels: {
            singular: label('Hekayə', 'Story', ''),
            plural: { az: 'Hekayələr', en: 'Stories' },
          },
          admin: { group: label('Məzmun', 'Content', 'Материалы') },
          fields: [
            { name: 'title', type: 'text', label: label('Başlıq', 'Title', 'Заголовок') },
            { name: 'summary', type: 'text', label: 'Summary' },
            { name: 'secret', type: 'text', label: 'Secret', admin: { hidden: true } },
            { name: 'stage', type: 'text', admin: { components: shownInWords(words as never) } },
            {
              name: 'workflow',
              type: 'group',
              label: label('İş axını', 'Workflow', 'Рабочий процесс'),
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  label: label('Növ', 'Kind', 'Тип'),
                  options: ['labour', { value: 'other', label: { az: 'Digər', en: 'Other' } }],
                },
              ],
            },
          ],
        },
        { slug: 'payload-jobs', labels: { singular: 'Job' }, fields: [] },
      ],
      globals: [{ slug: 'settings', label: 'Settings', fields: [] }],
    }
    expect(missingTranslations(config)).toEqual([
      'collections.stories.labels.singular: ru',
      'collections.stories.labels.plural: ru',
      'collections.stories.fields.summary.label: not translated ("Summary")',
      'collections.stories.fields.stage.admin.components.Cell.words.approve: en',
      'collections.stories.fields.stage.admin.components.Cell.words.approve: ru',
      'collections.stories.fields.stage.admin.components.Field.words.approve: en',
      'collections.stories.fields.stage.admin.components.Field.words.approve: ru',
      'collections.stories.fields.workflow.kind.options.labour: not translated',
      'collections.stories.fields.workflow.kind.options.other: ru',
      'globals.settings.label: not translated ("Settings")',
    ])
  })

  it('should have Russian beside every az and en word in the admin source', () => {
    const gaps = adminSources().flatMap((file) =>
      wordsWithoutRussian(file, fs.readFileSync(path.join(root, file), 'utf8')),
    )
    expect(gaps).toEqual([])
  })

  it('should find a words table without Russian, or with an empty one', () => {
    const text = [
      "const words = { save: { az: 'Saxla', en: 'Save', ru: 'Сохранить' } }",
      "const more = { none: { az: 'Yoxdur', en: 'None' } }",
      "const empty = { none: { az: 'Yoxdur', en: 'None', ru: ' ' } }",
    ].join('\n')
    expect(wordsWithoutRussian('words.tsx', text)).toEqual(['words.tsx:2', 'words.tsx:3'])
  })

  it("should override only words Payload's own az and ru translations have", async () => {
    const payloadWords = {
      az: (await import('@payloadcms/translations/languages/az')).az.translations,
      ru: (await import('@payloadcms/translations/languages/ru')).ru.translations,
    } as Record<string, Record<string, Record<string, string>>>
    const unknown = Object.entries(adminTranslations).flatMap(([language, sections]) =>
      Object.entries(sections ?? {}).flatMap(([section, words]) =>
        Object.keys(words)
          .filter((key) => typeof payloadWords[language]?.[section]?.[key] !== 'string')
          .map((key) => `${language}.${section}.${key}`),
      ),
    )
    expect(unknown).toEqual([])
  })
})

describe('formatAdminDate', () => {
  it("should write a moment in Baku time, 24-hour, as Payload's lists do", () => {
    expect(adminDateFormat).toBe('dd.MM.yyyy HH:mm')
    expect(formatAdminDate('2026-12-07T05:18:00Z')).toBe('07.12.2026 09:18')
    expect(formatAdminDate(new Date('2026-12-31T20:30:00Z'))).toBe('01.01.2027 00:30')
    expect(formatAdminDate('2026-12-07T21:00:00Z', { withTime: false })).toBe('08.12.2026')
  })
})
