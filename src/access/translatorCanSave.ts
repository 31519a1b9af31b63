import type { FieldAccess } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'

import { hasRole } from './roles'

/** A translator who is nothing else: editors and admins who also translate save everything. */
export const isOnlyTranslator = (user: Parameters<typeof hasRole>[0]): boolean =>
  hasRole(user, 'translator') && !hasRole(user, 'editor', 'admin')

/**
 * What a translator can save, for the admin to show everything else read-only: a localized field
 * in a language other than Azerbaijani. Payload asks it for the edit form's permissions without
 * `siblingData`; a save asks it with the data, and there the answer is yes: limitTranslators
 * refuses with its reasons (rejectForbiddenFields would give a vaguer one, Payload none at all).
 */
export const translatorCanSave =
  ({ isLocalized }: { isLocalized: boolean }): FieldAccess =>
  ({ req, siblingData }) =>
    siblingData !== undefined ||
    !isOnlyTranslator(req.user) ||
    (isLocalized && isLocale(req.locale) && req.locale !== defaultLocale)
