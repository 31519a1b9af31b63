import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from 'lexical'

export type BodyImage = { url: string; width: number | null; height: number | null; alt: string | null }

export const bodyHtml = (
  data: unknown,
  _options: { imageOf: (value: unknown) => BodyImage | null },
): string | null =>
  data && typeof data === 'object' && 'root' in data
    ? convertLexicalToHTML({ data: data as SerializedEditorState, disableContainer: true })
    : null
