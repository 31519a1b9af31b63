import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
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
  if (
    context.isWorkflowAction ||
    !hasRole(req.user, 'translator') ||
    hasRole(req.user, 'editor', 'admin')
  )
    return data
  if (req.locale === defaultLocale || req.locale === 'all')
    throw new APIError(
      `Translators edit the other languages: ${defaultLocale} is the editors' original (add ?locale=en or ru).`,
      403,
      undefined,
      true,
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
    throw new APIError(
      'Translators change only what is written in their language; fields shared by every language are the editors’.',
      403,
      undefined,
      true,
    )
  return data
}
