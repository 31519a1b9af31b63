import type { CollectionConfig } from 'payload'

import { rejectMalformedId } from './rejectMalformedId'
import { rejectUnknownFields } from './rejectUnknownFields'

/** Every collection refuses malformed ids and unknown fields before any other hook runs. */
export const withInputGuards = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        rejectMalformedId,
        rejectUnknownFields,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }))
