/** One rendition of an image, as Payload stores it. */
export type StoredRendition = {
  filename?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filesize?: number | null
}

/**
 * An image record as channels read it; `Alt` is its alt text as read: one language's string, or
 * the map of every language's when read with `locale: 'all'`.
 */
export type StoredMedia<Alt = string | null> = StoredRendition & {
  id: string | number
  alt?: Alt | null
  credit?: string | null
  sizes?: Record<string, StoredRendition | null> | null
}
