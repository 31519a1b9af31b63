import type { Words } from '@/i18n/adminLanguage'
import { label } from '@/i18n/label'

/**
 * What the admin calls each kind of campaign content: the collections' own labels, and the words
 * for their slugs wherever a record names one (the audit log, webhook attempts, print files).
 */
export const contentTypeLabels = {
  stories: {
    singular: label('Hekayə', 'Story', 'История'),
    plural: label('Hekayələr', 'Stories', 'Истории'),
  },
  videos: {
    singular: label('Video', 'Video', 'Видео'),
    plural: label('Videolar', 'Videos', 'Видео'),
  },
  articles: {
    singular: label('Məqalə', 'Article', 'Статья'),
    plural: label('Məqalələr', 'Articles', 'Статьи'),
  },
  posters: {
    singular: label('Plakat', 'Poster', 'Плакат'),
    plural: label('Plakatlar', 'Posters', 'Плакаты'),
  },
  brochures: {
    singular: label('Broşura', 'Brochure', 'Брошюра'),
    plural: label('Broşuralar', 'Brochures', 'Брошюры'),
  },
} satisfies Record<string, { singular: Words; plural: Words }>
export type ContentTypeSlug = keyof typeof contentTypeLabels

/** Each content type's name, as a record naming its slug shows it; `slugs` picks some. */
export const contentTypeWords = <Slug extends ContentTypeSlug>(
  slugs: readonly Slug[] = Object.keys(contentTypeLabels) as Slug[],
) =>
  Object.fromEntries(slugs.map((slug) => [slug, contentTypeLabels[slug].singular])) as Record<
    Slug,
    Words
  >
