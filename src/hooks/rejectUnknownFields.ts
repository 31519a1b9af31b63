import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { unknownKeys } from './unknownKeys'

/** A write naming a field that does not exist is refused whole, with the offending paths. */
export const rejectUnknownFields: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const unknown = unknownKeys(collection.fields, args.data)
  if (unknown.length > 0) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: unknown.map((path) => ({ path, message: `Unknown field "${path}".` })),
      },
      req.t,
    )
  }
  return args
}
