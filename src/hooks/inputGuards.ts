import type { CollectionConfig, GlobalConfig } from 'payload'

import { rejectMalformedWhere } from '@/http/rejectMalformedWhere'

import { deleteDependents } from './deleteDependents'
import { rejectMalformedId } from './rejectMalformedId'
import { rejectBadGlobalInput } from './rejectBadGlobalInput'
import { rejectBadInput } from './rejectBadInput'
import { rejectForbiddenFields } from './rejectForbiddenFields'
import { refuseBeforeValidating } from './refuseBeforeValidating'

/**
 * Every collection refuses malformed ids, callers who may not write at all, bad input, changes to
 * fields the caller may not write and bad queries before any other hook runs, and a delete that
 * would leave rows pointing nowhere.
 */
export const withInputGuards = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        rejectMalformedId,
        refuseBeforeValidating,
        rejectBadInput,
        rejectForbiddenFields,
        rejectMalformedWhere,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      beforeDelete: [deleteDependents, ...(collection.hooks?.beforeDelete ?? [])],
    },
  }))

/** Every global refuses unknown fields and values of the wrong shape before its own hooks. */
export const withGlobalInputGuards = (globals: GlobalConfig[]): GlobalConfig[] =>
  globals.map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeValidate: [rejectBadGlobalInput, ...(global.hooks?.beforeValidate ?? [])],
    },
  }))
