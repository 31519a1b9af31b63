import type { BrochureBlock } from './render/job'

type LexicalNode = {
  type?: string
  text?: string
  tag?: string
  listType?: string
  children?: LexicalNode[]
}

const textOf = (node: LexicalNode): string =>
  node.type === 'linebreak' ? '\n' : (node.text ?? '') + (node.children ?? []).map(textOf).join('')

/**
 * A Lexical document as the blocks a brochure prints: headings, paragraphs, quotes, and list
 * items as bulleted or numbered paragraphs. Links print as their text; anything else is dropped.
 */
export const lexicalBlocks = (document: unknown): BrochureBlock[] => {
  const root = (document as { root?: LexicalNode } | null)?.root
  return (root?.children ?? []).flatMap((node): BrochureBlock[] => {
    if (node.type === 'list')
      return (node.children ?? []).map((item, index) => ({
        type: 'paragraph',
        text: `${node.listType === 'number' ? `${index + 1}.` : '•'} ${textOf(item).trim()}`,
      }))
    const text = textOf(node).trim()
    if (!text) return []
    if (node.type === 'heading') return [{ type: 'heading', text }]
    if (node.type === 'quote') return [{ type: 'quote', text }]
    return node.type === 'paragraph' ? [{ type: 'paragraph', text }] : []
  })
}
