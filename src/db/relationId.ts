export type Id = string | number

/** The id a relationship holds, whether Payload gave it populated (`{id, …}`) or bare. */
export const relationId = (value: unknown): Id | null =>
  typeof value === 'string' || typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? relationId((value as { id: unknown }).id)
      : null
