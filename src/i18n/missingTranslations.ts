import { adminLanguages } from './adminLanguage'

/**
 * The admin's words a Payload config leaves untranslated, each named by its path
 * ("stories.fields.workflow.stage.label: ru"). Walks what the admin shows: collection and global
 * labels, groups and descriptions, and every visible field's label, description, option labels
 * and row labels. A plain string counts as missing: it is one language, or Payload's English made
 * from a field's name. Functions are Payload's own words (its translations); `false` is no label.
 * Collections and globals named `payload-…` are Payload's own.
 */
export const missingTranslations = (config: {
  collections?: readonly object[]
  globals?: readonly object[]
}): string[] => [
  ...((config.collections ?? []) as Described[]).flatMap((collection) =>
    describedGaps(collection, `collections.${collection.slug}`),
  ),
  ...((config.globals ?? []) as Described[]).flatMap((global) =>
    describedGaps(global, `globals.${global.slug}`),
  ),
]

/** Where a gap was found and what is missing there: "path: ru", or "path: not translated". */
export const wordGaps = (words: unknown, path: string): string[] => {
  if (words === undefined || words === false || typeof words === 'function') return []
  if (typeof words === 'string' || words === null || typeof words !== 'object')
    return [`${path}: not translated (${JSON.stringify(words)})`]
  const record = words as Record<string, unknown>
  return adminLanguages
    .filter((language) => typeof record[language] !== 'string' || !String(record[language]).trim())
    .map((language) => `${path}: ${language}`)
}

type Loose = Record<string, unknown> & { admin?: Record<string, unknown> }
type Described = Loose & { slug: string; fields?: readonly unknown[] }

const describedGaps = (described: Described, path: string): string[] => {
  if (described.slug.startsWith('payload-')) return []
  const labels = described.labels as Loose | undefined
  return [
    ...wordGaps(described.label, `${path}.label`),
    ...wordGaps(labels?.singular, `${path}.labels.singular`),
    ...wordGaps(labels?.plural, `${path}.labels.plural`),
    ...wordGaps(described.admin?.group, `${path}.admin.group`),
    ...wordGaps(described.admin?.description, `${path}.admin.description`),
    ...fieldsGaps(described.fields ?? [], `${path}.fields`),
  ]
}

/** Not shown: hidden, or a component of its own that is no list column (its label is unused). */
const isHidden = (field: Loose): boolean =>
  field.hidden === true ||
  field.admin?.hidden === true ||
  field.admin?.disabled === true ||
  (field.type === 'ui' && field.admin?.disableListColumn === true)

const fieldsGaps = (fields: readonly unknown[], path: string): string[] =>
  (fields as Loose[]).flatMap((field) => {
    if (isHidden(field)) return []
    const at = `${path}.${String(field.name ?? field.type)}`
    const labels = field.labels as Loose | undefined
    const options = Array.isArray(field.options) ? (field.options as unknown[]) : []
    return [
      ...wordGaps(field.label, `${at}.label`),
      ...wordGaps(labels?.singular, `${at}.labels.singular`),
      ...wordGaps(labels?.plural, `${at}.labels.plural`),
      ...wordGaps(field.admin?.description, `${at}.admin.description`),
      ...options.flatMap((option) =>
        typeof option === 'string'
          ? [`${at}.options.${option}: not translated`]
          : wordGaps((option as Loose).label, `${at}.options.${String((option as Loose).value)}`),
      ),
      ...componentWordsGaps(field.admin?.components, `${at}.admin.components`),
      ...fieldsGaps((field.fields as unknown[] | undefined) ?? [], at),
      ...((field.tabs as Loose[] | undefined) ?? []).flatMap((tab, index) => [
        ...wordGaps(tab.label, `${at}.tabs.${index}.label`),
        ...fieldsGaps((tab.fields as unknown[]) ?? [], `${at}.tabs.${String(tab.name ?? index)}`),
      ]),
      ...((field.blocks as Described[] | undefined) ?? []).flatMap((block) =>
        describedGaps(block, `${at}.blocks`),
      ),
    ]
  })

/** Words tables handed to a field's components (src/i18n/shownInWords.ts): each entry checked. */
const componentWordsGaps = (components: unknown, path: string): string[] =>
  Object.entries((components ?? {}) as Record<string, Loose>).flatMap(([name, component]) => {
    const words = (component?.clientProps as Loose | undefined)?.words as Loose | undefined
    return Object.entries(words ?? {}).flatMap(([code, entry]) =>
      wordGaps(entry, `${path}.${name}.words.${code}`),
    )
  })
