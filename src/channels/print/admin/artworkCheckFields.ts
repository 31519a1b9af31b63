import type { UIField } from 'payload'

/** Under the artwork fields: each format's preview, with its trim, bleed and safe area, and ppi. */
export const artworkCheckField = (): UIField => ({
  name: 'artworkCheck',
  type: 'ui',
  admin: {
    components: { Field: '/channels/print/admin/ArtworkCheck#ArtworkCheck' },
    disableListColumn: true,
  },
})

/** In the sidebar, beside the workflow's buttons: the formats below resolution, for approval. */
export const artworkWarningsField = (): UIField => ({
  name: 'artworkWarnings',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/channels/print/admin/ArtworkCheck#ArtworkWarnings' },
    disableListColumn: true,
  },
})
