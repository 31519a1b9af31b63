import type { UIField } from 'payload'

/** The item's print files, per language and format, in its edit view. */
export const printFilesField = (): UIField => ({
  name: 'printFiles',
  type: 'ui',
  admin: {
    components: { Field: '/channels/print/admin/PrintFiles#PrintFiles' },
    disableListColumn: true,
  },
})
