import { FieldLabel } from '@payloadcms/ui'
import type { I18nClient } from '@payloadcms/translations'
import type { ClientField } from 'payload'

import { adminLanguageOf, type Words } from '../adminLanguage'

type InWordsProps = { words: Record<string, Words>; i18n: I18nClient }

/** A stored code in the admin's words; a code the table does not know stays as it is. */
const inWords = ({ words, i18n }: InWordsProps, code: unknown): string =>
  typeof code === 'string' ? (words[code]?.[adminLanguageOf(i18n.language)] ?? code) : ''

/** A list cell showing a text field's stored code in words (src/i18n/shownInWords.ts). */
export const WordsCell = (props: InWordsProps & { cellData?: unknown }) => (
  <span data-code={String(props.cellData ?? '')}>{inWords(props, props.cellData)}</span>
)

/** The same code in words in the edit view, read-only: these records are written by the server. */
export const WordsField = (props: InWordsProps & { value?: unknown; clientField: ClientField }) => (
  <div className="field-type text read-only" style={{ marginBottom: 'var(--spacing-field)' }}>
    <FieldLabel label={'label' in props.clientField ? props.clientField.label : undefined} />
    <div data-code={String(props.value ?? '')}>{inWords(props, props.value) || '—'}</div>
  </div>
)
