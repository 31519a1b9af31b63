/** A Lexical node as the admin's editor saves it. */
export type LexicalNode = Record<string, unknown>

export const textNode = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})

export const paragraphNode = (...children: LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children,
})

/** An upload node: an image of the media collection unless told otherwise. */
export const uploadNode = (value: unknown, relationTo = 'media'): LexicalNode => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo,
  value,
  fields: {},
})

/** A Lexical document of these nodes. */
export const richText = (...children: LexicalNode[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

/** A Lexical document of plain paragraphs. */
export const paragraphs = (...texts: string[]) =>
  richText(...texts.map((text) => paragraphNode(textNode(text))))
