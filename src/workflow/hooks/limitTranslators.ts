import type { CollectionBeforeChangeHook } from 'payload'

import { isOnlyTranslator } from '@/access/translatorCanSave'
import { refuse } from '@/http/refuse'
import { defaultLocale } from '@/i18n/locales'

import { changesContent } from '../content'

/**
 * Translators fill the other languages. Azerbaijani is the editors' original, and a field shared
 * by every language (an image, a date, a relationship) is not a translation: changing either
 * would change what reviewers approved in other languages.
 */
export const limitTranslators: CollectionBeforeChangeHook = ({
  collection,
  context,
  data,
  originalDoc,
  req,
}) => {
  if (context.isWorkflowAction || !isOnlyTranslator(req.user)) return data
  if (req.locale === defaultLocale || req.locale === 'all')
    throw refuse(
      403,
      `Translators edit the other languages: ${defaultLocale} is the editors' original (add ?locale=en or ru).`,
    )
  const shared = collection.fields.filter(
    (field) => 'name' in field && !('localized' in field && field.localized),
  )
  const sharedData = Object.fromEntries(
    shared
      .map((field) => ('name' in field ? field.name : ''))
      .filter((name) => name in data)
      .map((name) => [name, data[name]]),
  )
  if (changesContent(sharedData, originalDoc))
    throw refuse(
      403,
      'Translators change only what is written in their language; fields shared by every language are the editors’.',
    )
  return data
}
