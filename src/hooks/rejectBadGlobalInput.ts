import { ValidationError, type GlobalBeforeValidateHook } from 'payload'

import { inputProblems } from './inputProblems'

/**
 * A global (the settings) refuses unknown fields and values of the wrong shape as collections do
 * (src/hooks/rejectBadInput.ts). Payload runs this after its access check, so who may not write
 * hears 403 first.
 */
export const rejectBadGlobalInput: GlobalBeforeValidateHook = ({ data, global, req }) => {
  const problems = inputProblems(global.fields, data, req.payload.db.name)
  if (problems.length > 0)
    throw new ValidationError({ global: global.slug, errors: problems }, req.t)
  return data
}
