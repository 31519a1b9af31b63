/**
 * SQLite cannot add AUTOINCREMENT to an existing table: each table is made again and its rows
 * copied across. Payload runs a migration inside a transaction, where `PRAGMA foreign_keys=OFF`
 * does nothing, so the usual rebuild (drop the old table, rename the new one) would cascade
 * every parent's drop into its children's rows. Instead the new tables reference each other
 * under their new names, rows are copied parents first and the old tables dropped children
 * first, so no foreign key ever points at a table that is going away; renaming then carries
 * the references (and sqlite_sequence) over to the old names.
 */
export type SchemaEntry = { name: string; sql: string }

const quoted = (name: string) => `\`${name}\``
const newName = (name: string) => `__new_${name}`

const referencedTables = (sql: string) =>
  [...sql.matchAll(/REFERENCES\s+[`"]?(\w+)[`"]?/gi)].map((match) => match[1])

/** Tables ordered so that each comes after every other table it references. */
export const parentsFirst = (tables: SchemaEntry[]): SchemaEntry[] => {
  const byName = new Map(tables.map((table) => [table.name, table]))
  const ordered: SchemaEntry[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (table: SchemaEntry) => {
    if (state.get(table.name) === 'done') return
    if (state.get(table.name) === 'visiting')
      throw new Error(`Foreign keys form a cycle through "${table.name}".`)
    state.set(table.name, 'visiting')
    for (const parent of referencedTables(table.sql)) {
      const parentTable = byName.get(parent)
      if (parentTable && parent !== table.name) visit(parentTable)
    }
    state.set(table.name, 'done')
    ordered.push(table)
  }
  tables.forEach(visit)
  return ordered
}

/** The table's definition under its new name, its references to rebuilt tables renamed too. */
export const rebuiltDefinition = (
  table: SchemaEntry,
  { rebuilt, isAutoIncrement }: { rebuilt: Set<string>; isAutoIncrement: boolean },
): string =>
  table.sql
    .replace(/^CREATE TABLE\s+[`"]?\w+[`"]?/i, `CREATE TABLE ${quoted(newName(table.name))}`)
    .replace(/(REFERENCES\s+)[`"]?(\w+)[`"]?/gi, (match, references: string, name: string) =>
      rebuilt.has(name) ? `${references}${quoted(newName(name))}` : match,
    )
    .replace(
      /((?<![\w`"])[`"]?id[`"]?\s+integer\s+PRIMARY\s+KEY)(\s+AUTOINCREMENT)?/i,
      isAutoIncrement ? '$1 AUTOINCREMENT' : '$1',
    )

/**
 * Every statement that rebuilds `tables` with (or without) AUTOINCREMENT integer ids, keeping
 * their rows, foreign keys and `indexes` (the schema's CREATE INDEX statements).
 */
export const rebuildStatements = ({
  tables,
  indexes,
  isAutoIncrement,
}: {
  tables: SchemaEntry[]
  indexes: string[]
  isAutoIncrement: boolean
}): string[] => {
  const ordered = parentsFirst(tables.filter((table) => !/^sqlite_/i.test(table.name)))
  const rebuilt = new Set(ordered.map((table) => table.name))
  return [
    ...ordered.map((table) => rebuiltDefinition(table, { rebuilt, isAutoIncrement })),
    ...ordered.map(
      ({ name }) => `INSERT INTO ${quoted(newName(name))} SELECT * FROM ${quoted(name)}`,
    ),
    ...[...ordered].reverse().map(({ name }) => `DROP TABLE ${quoted(name)}`),
    ...ordered.map(({ name }) => `ALTER TABLE ${quoted(newName(name))} RENAME TO ${quoted(name)}`),
    ...indexes,
  ]
}

/**
 * Records that name an item as (collection, id): the ids they name existed once, even if the item
 * is gone, so a new item must not get them.
 */
const itemNames = [
  'SELECT target_collection, target_id FROM audit_log',
  'SELECT item_collection, item_id FROM print_files',
  'SELECT type, item_id FROM publication_ledger WHERE item_id IS NOT NULL',
]

/**
 * Copying the rows starts each table's sequence at its highest id now; these raise it above every
 * id the audit log, print files and publication ledger still name, deleted items included.
 * The highest named id per table is worked out once, not once per table.
 */
const highest = `WITH names(c, i) AS (${itemNames.join(' UNION ALL ')}),
    highest(tbl, id) AS MATERIALIZED (
      SELECT replace(c, '-', '_'), max(CAST(i AS INTEGER)) FROM names GROUP BY 1)`

export const sequenceFloorStatements = [
  `${highest} INSERT INTO sqlite_sequence (name, seq) SELECT tbl, 0 FROM highest
      WHERE tbl IN (SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%')
        AND tbl NOT IN (SELECT name FROM sqlite_sequence)`,
  `${highest} UPDATE sqlite_sequence
      SET seq = max(seq, coalesce((SELECT id FROM highest WHERE tbl = sqlite_sequence.name), 0))`,
]

/** Runs one statement inside the caller's transaction and gives its rows. */
export type Query = (statement: string) => Promise<Record<string, unknown>[]>

export const readTables = async (query: Query): Promise<SchemaEntry[]> =>
  (await query("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")).map((row) => ({
    name: String(row.name),
    sql: String(row.sql),
  }))

/** Rebuilds every table of the schema as it stands, with (or without) AUTOINCREMENT ids. */
export const rebuildIds = async (
  query: Query,
  { isAutoIncrement }: { isAutoIncrement: boolean },
) => {
  const indexes = await query(
    "SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL",
  )
  const statements = rebuildStatements({
    tables: await readTables(query),
    indexes: indexes.map((index) => String(index.sql)),
    isAutoIncrement,
  })
  for (const statement of [...statements, ...(isAutoIncrement ? sequenceFloorStatements : [])])
    await query(statement)
  const broken = await query('PRAGMA foreign_key_check')
  if (broken.length) throw new Error(`Rebuilt tables break foreign keys: ${JSON.stringify(broken)}`)
}
