import type { RelationshipField } from 'payload'

import { label } from '@/i18n/label'

const relatedLabels = {
  stories: label('Əlaqəli hekayələr', 'Related stories', 'Связанные истории'),
  videos: label('Əlaqəli videolar', 'Related videos', 'Связанные видео'),
}

/** Links to other campaign content, e.g. the stories an article tells of. */
export const relatedField = (relationTo: keyof typeof relatedLabels): RelationshipField => ({
  name: `related${relationTo[0].toUpperCase()}${relationTo.slice(1)}`,
  type: 'relationship',
  relationTo,
  hasMany: true,
  label: relatedLabels[relationTo],
})
