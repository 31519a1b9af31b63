import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

type RawColumn = { name: string; type: string; primaryKey?: boolean; autoIncrement?: boolean }
type RawTables = Record<string, { columns: Record<string, RawColumn> }>

/**
 * The id column as AUTOINCREMENT when it is a generated integer key. Payload's `autoIncrement`
 * option reaches each collection's own tables but not the ones it adds for languages,
 * relationships and texts, whose `serial` ids SQLite would otherwise hand out again.
 */
export const autoIncrementId = (column: RawColumn | undefined): RawColumn | undefined =>
  column?.primaryKey && column.type === 'serial'
    ? { ...column, type: 'integer', autoIncrement: true }
    : column

/** Before the Drizzle tables are built from Payload's raw ones (which only the adapter passes). */
export const autoIncrementEveryId: SQLiteSchemaHook = (args) => {
  const { rawTables } = (args as typeof args & { adapter: { rawTables: RawTables } }).adapter
  for (const table of Object.values(rawTables)) {
    const id = autoIncrementId(table.columns.id)
    if (id) table.columns.id = id
  }
  return args.schema
}
