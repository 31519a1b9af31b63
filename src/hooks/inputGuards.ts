import type { CollectionConfig } from 'payload'

import { rejectMalformedId } from './rejectMalformedId'
import { rejectBadInput } from './rejectBadInput'

/** Every collection refuses malformed ids and bad input before any other hook runs. */
export const withInputGuards = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        rejectMalformedId,
        rejectBadInput,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }))
