import {
  convertLexicalToHTML,
  LinkHTMLConverter,
  type HTMLConverter,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState, SerializedLexicalNode } from 'lexical'
import sanitizeHtml from 'sanitize-html'

/** An image as the reader gets it: `alt` in the reader's language, or null (never another's). */
export type BodyImage = {
  url: string
  width: number | null
  height: number | null
  alt: string | null
}

type Node = SerializedLexicalNode & Record<string, unknown>

/**
 * Deeper than any list an editor indents by hand: beyond it a (hostile) document is cut, so the
 * converter's recursion cannot run out of stack.
 */
const maxDepth = 64

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The document as Payload's converters can walk it without throwing or printing "undefined": only
 * objects as nodes, lists as children, an object as a link's or upload's fields, text as text.
 */
const walkable = (node: Node, depth: number): Node => {
  const children = Array.isArray(node.children) && depth < maxDepth ? node.children : []
  return {
    ...node,
    type: String(node.type),
    children: children.filter(isNode).map((child) => walkable(child, depth + 1)),
    fields: isNode(node.fields) ? node.fields : {},
    ...(node.type === 'text' ? { text: typeof node.text === 'string' ? node.text : '' } : {}),
  }
}

const absoluteLink = /^(https?|mailto|tel):/i
const webAddress = /^https?:\/\//i

/**
 * What a body may carry, whoever reads it: structure and emphasis, links to the web, mail and
 * phone, and images from the web. No style, class, id or event attribute, no script, frame or
 * form: a partner republishes this HTML as it comes.
 */
const allowList: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li'],
    ...['strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'a', 'img'],
  ],
  allowedAttributes: {
    a: ['href', 'rel', { name: 'target', multiple: false, values: ['_blank'] }],
    img: ['src', 'alt', 'width', 'height'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // Payload writes underline and strikethrough as styled spans; the allow-list keeps no style.
    span: (_tagName, attribs) => ({
      tagName: /underline/.test(attribs.style ?? '')
        ? 'u'
        : /line-through/.test(attribs.style ?? '')
          ? 's'
          : 'span',
      attribs: {},
    }),
    a: (tagName, attribs) => ({
      tagName,
      attribs: webAddress.test(attribs.href ?? '')
        ? { ...attribs, rel: 'noopener noreferrer' }
        : attribs,
    }),
  },
  // A link that leads nowhere a reader elsewhere can follow (relative, `#`, a scheme taken out
  // above) is kept as its text; an image that is not on the web is left out.
  exclusiveFilter: ({ tag, attribs }) =>
    tag === 'a' && !absoluteLink.test(attribs.href ?? '')
      ? 'excludeTag'
      : tag === 'img' && !webAddress.test(attribs.src ?? ''),
}

/** Payload's own converters, with the few nodes whose default HTML a reader elsewhere cannot use. */
const converters =
  (imageOf: (value: unknown) => BodyImage | null): HTMLConvertersFunction =>
  ({ defaultConverters }) => {
    const payloadUpload = defaultConverters.upload as HTMLConverter<Node>
    return {
      ...defaultConverters,
      // Internal links name a document, not a page: they are kept as their text.
      ...LinkHTMLConverter({ internalDocToHref: () => '' }),
      // The media is resolved by the channel (its address, the reader's language for alt); an
      // image that cannot be shown is left out.
      upload: (args) => {
        // Only images: another collection's id could name an unrelated image.
        const image = args.node.relationTo === 'media' ? imageOf(args.node.value) : null
        if (!image || typeof payloadUpload !== 'function') return ''
        const value = { ...image, alt: image.alt ?? '', mimeType: 'image', sizes: {} }
        const node = { ...args.node, fields: {}, value }
        return payloadUpload({ ...args, node, providedStyleTag: '' }).trim()
      },
      // Nested lists as <li>text<ul>…</ul></li>, and check lists with their marks: Payload's
      // own list HTML relies on classes and styles the allow-list removes.
      list: ({ node, nodesToHTML }) => {
        const tag = node.listType === 'number' ? 'ol' : 'ul'
        const items: string[] = []
        for (const item of node.children as Node[]) {
          const children = (item.children ?? []) as Node[]
          const html = nodesToHTML({ nodes: children }).join('')
          const isSublist = children.length > 0 && children.every((child) => child.type === 'list')
          if (isSublist && items.length > 0) items[items.length - 1] += html
          else
            items.push(`${node.listType === 'check' ? (item.checked ? '☑ ' : '☐ ') : ''}${html}`)
        }
        return `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`
      },
      // Anything else (a node type or block this code does not know) shows its text, never
      // markup it carries.
      unknown: ({ node, nodesToHTML }) => {
        const { text, children } = node as Node
        const asText: Node[] = typeof text === 'string' ? [{ type: 'text', version: 1, text }] : []
        return nodesToHTML({ nodes: [...asText, ...((children ?? []) as Node[])] }).join('')
      },
    }
  }

/**
 * A rich-text body as HTML any channel can hand out: Payload's Lexical converter, then a strict
 * allow-list. `imageOf` resolves an upload node's media (id or document) for this reader, or
 * null to leave the image out. Null when there is no body.
 */
export const bodyHtml = (
  data: unknown,
  { imageOf }: { imageOf: (value: unknown) => BodyImage | null },
): string | null => {
  const root = isNode(data) && isNode(data.root) ? data.root : null
  if (!root || !Array.isArray(root.children)) return null
  const html = convertLexicalToHTML({
    data: { root: walkable(root, 0) } as SerializedEditorState,
    converters: converters(imageOf),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
  const clean = sanitizeHtml(html, allowList).trim()
  return clean || null
}
