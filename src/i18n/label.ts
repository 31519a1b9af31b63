import type { Words } from './adminLanguage'

/** An admin label in every language of the admin: Azerbaijani, English, Russian. */
export const label = (az: string, en: string, ru: string): Words => ({ az, en, ru })

/** A name that reads the same in every admin language: a language's own name, a screen size. */
export const sameInEveryLanguage = (name: string): Words => label(name, name, name)

/** A select's options, each stored value shown in the admin's words. */
export const labelledOptions = <Value extends string>(words: Record<Value, Words>) =>
  (Object.keys(words) as Value[]).map((value) => ({ value, label: words[value] }))
