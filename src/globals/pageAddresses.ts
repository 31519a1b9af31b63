import type { Field } from 'payload'

import { label } from '@/i18n/label'
import { pageAddressProblem, pageTypes } from '@/links/pageAddress'

const typeLabels = {
  home: label('Ana səhifə', 'Home page', 'Главная страница'),
  stories: label('Hekayələr', 'Stories', 'Истории'),
  articles: label('Məqalələr', 'Articles', 'Статьи'),
  videos: label('Videolar', 'Videos', 'Видео'),
  posters: label('Plakatlar', 'Posters', 'Плакаты'),
  brochures: label('Broşuralar', 'Brochures', 'Брошюры'),
}

const validate = (isHome: boolean) => (value: unknown) => {
  if (!value) return true
  const template = String(value)
  if (isHome && /\{(type|slug|id)\}/.test(template)) return 'The home page takes only {locale}.'
  return pageAddressProblem(template) ?? true
}

/**
 * Settings → Website: where the campaign website shows each item, per type and language. Website
 * items, partner feeds and the print QR codes all link there (src/links/pageAddress.ts).
 */
export const pageAddressesField: Field = {
  name: 'website',
  type: 'group',
  label: label('Sayt ünvanları', 'Website addresses', 'Адреса сайта'),
  admin: {
    description: label(
      'Hər dil üçün ayrıca. {slug}, {id}, {type} və {locale} əvəz olunur, məs. https://xeberdar.az/hekayeler/{slug}. Slug olmayan plakat və broşurada {slug} yerinə id yazılır.',
      'One per language. {slug}, {id}, {type} and {locale} are filled in, e.g. https://xeberdar.az/en/stories/{slug}. Posters and brochures have no slug: {slug} becomes their id.',
      'Для каждого языка свой. Подставляются {slug}, {id}, {type} и {locale}, напр. https://xeberdar.az/ru/istorii/{slug}. У плакатов и брошюр нет slug: вместо {slug} — их id.',
    ),
  },
  fields: (['home', ...pageTypes] as const).map((name) => ({
    name,
    type: 'text' as const,
    localized: true,
    label: typeLabels[name],
    validate: validate(name === 'home'),
  })),
}
