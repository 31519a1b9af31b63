import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  Field,
  GlobalBeforeValidateHook,
  GlobalConfig,
  Sort,
  Where,
} from 'payload'

import { isStaffUser } from '@/access/roles'
import { keyedFields, textKeyFields } from '@/fields/searchableText'
import { refuse } from '@/http/refuse'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { normaliseStrings } from '@/i18n/normalise'

import { languageAwareSort, languageAwareWhere, pathsNamingALanguage } from './languageAwareQuery'

/**
 * Secrets keep the bytes they were given (a password hashes them, a webhook secret signs with
 * them, an API key is matched by them), and addresses the bytes another server expects;
 * everything else is stored in NFC.
 */
const keepBytes = new Set(['password', 'webhookSecret', 'apiKey', 'webhookUrl', 'externalUrl'])

/** Before any other hook of the operation sees it: a slug is made from the NFC title. */
const normaliseInput: CollectionBeforeOperationHook = ({ args }) => {
  const { data } = args as { data?: unknown }
  return data && typeof data === 'object'
    ? { ...args, data: normaliseStrings(data, keepBytes) }
    : args
}

const normaliseGlobalData: GlobalBeforeValidateHook = ({ data }) =>
  data && (normaliseStrings(data, keepBytes) as typeof data)

/** Every searchable field followed by the hidden fields holding its keys. */
const withKeyFields = (fields: Field[]): Field[] => {
  const keyed = new Map(keyedFields(fields).map((field) => [field.name, field]))
  return fields.flatMap((field) => {
    const source = 'name' in field ? keyed.get(field.name) : undefined
    return source ? [field, ...textKeyFields(source)] : [field]
  })
}

/** Reads (lists, counts) and bulk writes search and sort by the keys instead of the text. */
const languageAwareQueries = (fields: Field[]): CollectionBeforeOperationHook => {
  // Once per collection, not per read: the screen feed and partner sync read through here.
  const keyed = keyedFields(fields)
  return ({ args, req, overrideAccess }) => {
    const { where, sort } = args as { where?: Where; sort?: Sort }
    if (!overrideAccess && !isStaffUser(req.user)) {
      const named = pathsNamingALanguage(where, sort)
      if (named.length > 0)
        throw refuse(
          400,
          `Read one language at a time with ?locale=: ${named.map((path) => `"${path}"`).join(', ')} names a language.`,
        )
    }
    const locale = isLocale(req.locale) ? req.locale : defaultLocale
    return {
      ...args,
      ...(where && typeof where === 'object'
        ? { where: languageAwareWhere(where, keyed, locale) }
        : {}),
      ...(sort !== undefined ? { sort: languageAwareSort(sort, keyed) } : {}),
    }
  }
}

/**
 * Text as the campaign's languages need it (README "Search and sorting"): stored in NFC, and
 * searched and sorted through keys kept beside each field marked `searchable`.
 */
export const withLanguageAwareText = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    fields: withKeyFields(collection.fields),
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        normaliseInput,
        ...(collection.hooks?.beforeOperation ?? []),
        languageAwareQueries(collection.fields),
      ],
    },
  }))

/** Settings' texts (the hotline's words, print's sign-off) are stored in NFC too. */
export const withNormalisedGlobals = (globals: GlobalConfig[]): GlobalConfig[] =>
  globals.map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeValidate: [normaliseGlobalData, ...(global.hooks?.beforeValidate ?? [])],
    },
  }))
