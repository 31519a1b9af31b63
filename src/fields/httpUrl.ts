import type { TextField, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

/** Why a value is not an absolute http(s) URL, or null. */
export const httpUrlProblem = (value: string): string | null => {
  try {
    const { protocol } = new URL(value)
    return protocol === 'https:' || protocol === 'http:'
      ? null
      : 'Use an http:// or https:// address.'
  } catch {
    return 'This is not a web address (expected https://…).'
  }
}

export const validateHttpUrl: TextFieldSingleValidation = (value, options) => {
  const valid = text(value, options)
  if (valid !== true || !value) return valid
  return httpUrlProblem(value) ?? true
}

export const httpUrlField = (overrides: Partial<TextField> & { name: string }): TextField =>
  ({ type: 'text', validate: validateHttpUrl, ...overrides }) as TextField
