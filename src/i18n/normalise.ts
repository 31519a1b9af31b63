/**
 * Composed Unicode (NFC): "ə" pasted as e + U+0308-like marks or typed on a keyboard that sends
 * combining marks is stored as the one letter, so equal text is equal bytes and a query finds it.
 */
export const nfc = (text: string): string => text.normalize('NFC')

/**
 * Every string inside a value (objects, arrays, rich text's JSON) in NFC. Keys named in `except`
 * keep their bytes: a password must hash the same whatever the login form sends.
 */
export const normaliseStrings = (
  value: unknown,
  except: ReadonlySet<string> = new Set(),
): unknown => {
  if (typeof value === 'string') return nfc(value)
  if (Array.isArray(value)) return value.map((item) => normaliseStrings(item, except))
  if (value === null || typeof value !== 'object' || !isPlainObject(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      except.has(key) ? item : normaliseStrings(item, except),
    ]),
  )
}

/** Files, dates and buffers pass through untouched; only JSON-like objects are walked. */
const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
