/**
 * The node types and keys our Lexical editor writes. Anything else in a rich-text value would be
 * stored and served but never shown in the editor, so a reviewer could not see it: a place to
 * smuggle, say, a victim's real name past review. Such values are refused.
 */
const nodeTypes = new Set([
  'root',
  'paragraph',
  'text',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'upload',
  'relationship',
  'horizontalrule',
  'linebreak',
  'tab',
])
const nodeKeys = new Set([
  'type',
  'version',
  'children',
  'direction',
  'format',
  'indent',
  'textFormat',
  'textStyle',
  'text',
  'detail',
  'mode',
  'style',
  'tag',
  'listType',
  'start',
  'value',
  'checked',
  'fields',
  'relationTo',
  'id',
  'url',
  'rel',
  'target',
  'title',
  'isUnlinked',
])
const linkFieldKeys = new Set(['url', 'newTab', 'linkType', 'doc'])

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const nodeProblems = (node: unknown, path: string, without: readonly string[]): string[] => {
  if (!isNode(node)) return [`${path} is not a rich-text node`]
  if (!nodeTypes.has(String(node.type)))
    return [`${path} has an unknown node type "${String(node.type)}"`]
  if (without.includes(String(node.type)))
    return [`${path} is ${String(node.type)}, which this field does not take`]
  const problems = Object.keys(node)
    .filter((key) => !nodeKeys.has(key))
    .map((key) => `${path}.${key} is not part of rich text`)
  if (isNode(node.fields))
    problems.push(
      ...Object.keys(node.fields)
        .filter((key) => !linkFieldKeys.has(key))
        .map((key) => `${path}.fields.${key} is not part of rich text`),
    )
  if (node.children !== undefined) {
    if (!Array.isArray(node.children)) problems.push(`${path}.children must be a list`)
    else
      node.children.forEach((child, i) =>
        problems.push(...nodeProblems(child, `${path}.children.${i}`, without)),
      )
  }
  return problems
}

/**
 * What is wrong with a rich-text value, as readable sentences; none for null. `without`: node
 * types a field's editor leaves out (its `custom.withoutNodes`), refused there too.
 */
export const richTextProblems = (
  value: unknown,
  { without = [] }: { without?: readonly string[] } = {},
): string[] => {
  if (value === null || value === undefined) return []
  if (
    !isNode(value) ||
    Object.keys(value).join() !== 'root' ||
    !isNode(value.root) ||
    value.root.type !== 'root'
  )
    return ['must be a Lexical document: {"root": {"type": "root", "children": [...]}}']
  return nodeProblems(value.root, 'root', without)
}
