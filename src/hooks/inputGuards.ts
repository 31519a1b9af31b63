import type { CollectionConfig } from 'payload'

import { rejectMalformedWhere } from '@/website/rejectMalformedWhere'

import { deleteDependents } from './deleteDependents'
import { rejectMalformedId } from './rejectMalformedId'
import { rejectBadInput } from './rejectBadInput'
import { refuseBeforeValidating } from './refuseBeforeValidating'

/**
 * Every collection refuses malformed ids, callers who may not write at all, bad input and bad
 * queries before any other hook runs, and a delete that would leave rows pointing nowhere.
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
        rejectMalformedWhere,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      beforeDelete: [deleteDependents, ...(collection.hooks?.beforeDelete ?? [])],
    },
  }))
