import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/**
 * GraphQL does not pass through the Express query guard (src/server/queryGuard.ts), so the same
 * limits hold here: Payload reads limit 0 as "everything" and pagination: false as "no pages".
 */
export const graphqlLimits = {
  /** Per list, as REST's limit. */
  limit: [1, 500],
  page: [1, 100_000],
  /** Nesting of selections: enough for a story → video → stories → image → rendition → url. */
  depth: 12,
  /** Documents one request may ask for, over every list and alias (Payload's default limit is 10). */
  documents: 1000,
} as const

const defaultLimit = 10

type Variables = Record<string, unknown>

/** The variables as the operation will see them: given values, else their declared defaults. */
const withDefaults = (operation: OperationDefinitionNode, given: Variables | null | undefined) => {
  const variables: Variables = { ...given }
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value
    if (variables[name] === undefined && definition.defaultValue)
      variables[name] = valueFromASTUntyped(definition.defaultValue)
  }
  return variables
}

const isWholeIn = (value: unknown, [min, max]: readonly [number, number]) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/**
 * Why one operation asks too much, or null: a limit or page out of range, pagination switched
 * off, selections nested too deep (fragments included), or too many documents in all.
 * Introspection (`__schema`, `__type`) reads the schema, not the database, and is not counted.
 */
export const operationProblem = ({
  operation,
  fragments,
  variables: given,
}: {
  operation: OperationDefinitionNode
  fragments: Record<string, FragmentDefinitionNode>
  variables?: Variables | null
}): string | null => {
  const variables = withDefaults(operation, given)
  let documents = 0
  const walk = (
    selectionSet: SelectionSetNode,
    depth: number,
    seen: Set<string>,
  ): string | null => {
    if (depth > graphqlLimits.depth)
      return `Selections are nested more than ${graphqlLimits.depth} deep.`
    for (const selection of selectionSet.selections) {
      let inner: SelectionSetNode | undefined
      let innerDepth = depth
      let innerSeen = seen
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue
        const args = Object.fromEntries(
          (selection.arguments ?? []).map((arg) => [
            arg.name.value,
            valueFromASTUntyped(arg.value, variables),
          ]),
        )
        const name = selection.alias?.value ?? selection.name.value
        for (const key of ['limit', 'page'] as const)
          if (key in args && !isWholeIn(args[key], graphqlLimits[key]))
            return `${name}: "${key}" must be a whole number from ${graphqlLimits[key][0]} to ${graphqlLimits[key][1]}.`
        if ('pagination' in args && args.pagination !== true)
          return `${name}: pagination cannot be switched off; use limit and page.`
        if (selection.arguments?.some((arg) => arg.name.value === 'limit') || 'page' in args)
          documents += typeof args.limit === 'number' ? args.limit : defaultLimit
        inner = selection.selectionSet
        innerDepth = depth + 1
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selection.selectionSet
      } else {
        const name = selection.name.value
        // A fragment spread inside itself is refused by GraphQL's own rules; stop walking it.
        if (seen.has(name) || !fragments[name]) continue
        inner = fragments[name].selectionSet
        innerSeen = new Set(seen).add(name)
      }
      if (inner) {
        const problem = walk(inner, innerDepth, innerSeen)
        if (problem) return problem
      }
    }
    return null
  }
  return (
    walk(operation.selectionSet, 1, new Set()) ??
    (documents > graphqlLimits.documents
      ? `This request asks for up to ${documents} documents; at most ${graphqlLimits.documents} per request.`
      : null)
  )
}

/** A document's fragment definitions by name. */
export const fragmentsOf = (document: DocumentNode): Record<string, FragmentDefinitionNode> =>
  Object.fromEntries(
    document.definitions
      .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
      .map((node) => [node.name.value, node]),
  )

/** The fragments a selection set spreads, directly or inside fields and inline fragments. */
const spreadsOf = (selectionSet: SelectionSetNode | undefined): string[] =>
  (selectionSet?.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FRAGMENT_SPREAD
      ? [selection.name.value]
      : spreadsOf(selection.selectionSet),
  )

/** A fragment that spreads into itself, through any chain of fragments, or null. */
export const fragmentCycle = (fragments: Record<string, FragmentDefinitionNode>): string | null => {
  const done = new Set<string>()
  const visit = (name: string, path: string[]): string | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name].join(' → ')
    if (done.has(name) || !fragments[name]) return null
    for (const spread of spreadsOf(fragments[name].selectionSet)) {
      const cycle = visit(spread, [...path, name])
      if (cycle) return cycle
    }
    done.add(name)
    return null
  }
  for (const name of Object.keys(fragments)) {
    const cycle = visit(name, [])
    if (cycle) return cycle
  }
  return null
}

/** Payload's `graphQL.validationRules`: the limits above, with the request's variables. */
export const graphqlLimitRules = (args: ExecutionArgs): ValidationRule[] => [
  (context) => ({
    Document(document) {
      const fragments = fragmentsOf(document)
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue
        const problem = operationProblem({
          operation,
          fragments,
          variables: args.variableValues as Variables | undefined,
        })
        if (problem) context.reportError(new GraphQLError(problem, { nodes: operation }))
      }
    },
  }),
]
