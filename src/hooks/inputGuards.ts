import type { CollectionConfig } from 'payload'

import { rejectMalformedWhere } from '@/website/rejectMalformedWhere'

import { rejectMalformedId } from './rejectMalformedId'
import { rejectBadInput } from './rejectBadInput'

/** Every collection refuses malformed ids, bad input and bad queries before any other hook runs. */
export const withInputGuards = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        rejectMalformedId,
        rejectBadInput,
        rejectMalformedWhere,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }))
