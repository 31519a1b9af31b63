import type { Field, FieldAccess } from 'payload'

import { translatorCanSave } from '@/access/translatorCanSave'

/** Field types whose Azerbaijani text a translator reads beside the translation. */
const hasSourceText = (field: Field) =>
  field.type === 'text' || field.type === 'textarea' || field.type === 'richText'

const sourcePane = '/workflow/admin/TranslationSource#TranslationSource'

const both =
  (rule: FieldAccess, existing?: FieldAccess): FieldAccess =>
  async (args) =>
    Boolean(await rule(args)) && (existing ? Boolean(await existing(args)) : true)

/**
 * A content collection's fields as a translator meets them: read-only where they cannot save
 * (Azerbaijani, and every field shared by all languages; limitTranslators is the guard), and
 * each localized text with its Azerbaijani source below it while translating.
 */
export const forTranslators = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (!('name' in field) || field.type === 'ui') return field
    const isLocalized = 'localized' in field && Boolean(field.localized)
    const withAccess = {
      ...field,
      access: {
        ...field.access,
        update: both(translatorCanSave({ isLocalized }), field.access?.update),
      },
    } as Field
    if (!isLocalized || !hasSourceText(field)) return withAccess
    const components = (field.admin as { components?: Record<string, unknown> } | undefined)
      ?.components
    const afterInput = (components?.afterInput as string[] | undefined) ?? []
    return {
      ...withAccess,
      admin: {
        ...field.admin,
        components: { ...components, afterInput: [...afterInput, sourcePane] },
      },
    } as Field
  })
