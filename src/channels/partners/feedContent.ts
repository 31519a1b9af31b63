import type { Locale } from '@/i18n/locales'

import type { ImageView, ItemView } from './itemView'
import { summaryOf } from './ninjs'

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
/** Plain text made safe inside HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => htmlEntities[char])

/** What a feed says about itself in each language; the hotline follows. */
const feedTexts: Record<Locale, { title: string; description: string }> = {
  az: {
    title: 'Xəbərdar',
    description: 'İnsan alverinə qarşı maarifləndirmə kampaniyasının hekayələri və materialları.',
  },
  en: {
    title: 'Xəbərdar',
    description: 'Stories and materials of the awareness campaign against human trafficking.',
  },
  ru: {
    title: 'Xəbərdar',
    description: 'Истории и материалы информационной кампании против торговли людьми.',
  },
}

/** A feed's title and its description, the hotline included. */
export const feedChannel = (locale: Locale, hotline: string[]) => ({
  title: feedTexts[locale].title,
  description: [feedTexts[locale].description, ...hotline].join(' '),
})

/** The image a feed shows for an item: the 1600-wide web rendition, else the original. */
export const leadImage = (view: ItemView): (ImageView & { href: string }) | null => {
  const [image] = view.images
  if (!image) return null
  const web = image.renditions.web
  return web ? { ...image, ...web, href: web.url } : { ...image, href: image.url }
}

/**
 * An item's text for a feed reader, as HTML: the body (or the summary when it has none), then
 * the hotline, which goes wherever the item goes.
 */
export const itemHtml = (view: ItemView): string => {
  const summary = summaryOf(view)
  const body = view.bodyHtml ?? (summary ? `<p>${escapeHtml(summary)}</p>` : '')
  const hotline = view.hotline.map(escapeHtml).join('<br>')
  return hotline ? `${body}<p class="hotline">${hotline}</p>` : body
}

/** What every feed encoding is made from: the latest items of one language, newest first. */
export type FeedInput = {
  views: ItemView[]
  locale: Locale
  hotline: string[]
  /** The address of this very feed, with its query. */
  feedUrl: string
  /** The campaign website's home page in this language, or null while none is set. */
  homeUrl: string | null
  /** When the newest item changed; the request's time when there is none. */
  updated: Date
}
