import { feedChannel, itemHtml, leadImage, type FeedInput } from './feedContent'
import { summaryOf } from './ninjs'

export const jsonFeedVersion = 'https://jsonfeed.org/version/1.1'

/**
 * JSON Feed 1.1, built by hand: it is plain JSON, and the `feed` package writes version 1.
 * Every image rendition is an attachment, so a partner can pick the size it republishes. `id`
 * stays the item's stable name; `url` is its page on the campaign's website, left out (like
 * `home_page_url`) while the settings name none.
 */
export const jsonFeed = ({ views, locale, hotline, feedUrl, homeUrl }: FeedInput) => {
  const channel = feedChannel(locale, hotline)
  return {
    version: jsonFeedVersion,
    title: channel.title,
    ...(homeUrl ? { home_page_url: homeUrl } : {}),
    feed_url: feedUrl,
    description: channel.description,
    language: locale,
    items: views.map((view) => {
      const summary = summaryOf(view)
      const image = leadImage(view)
      return {
        id: view.uri,
        ...(view.url ? { url: view.url } : {}),
        title: view.title,
        content_html: itemHtml(view),
        ...(summary ? { summary } : {}),
        ...(image ? { image: image.href } : {}),
        ...(view.firstPublishedAt ? { date_published: view.firstPublishedAt } : {}),
        ...(view.publishedAt ? { date_modified: view.publishedAt } : {}),
        language: view.locale,
        tags: [view.type],
        ...(view.images.length > 0
          ? {
              attachments: view.images.flatMap((file) =>
                [file, ...Object.values(file.renditions)].map((rendition) => ({
                  url: rendition.url,
                  mime_type: rendition.mimeType ?? 'application/octet-stream',
                  ...(file.alt ? { title: file.alt } : {}),
                  ...(rendition.filesize !== null ? { size_in_bytes: rendition.filesize } : {}),
                })),
              ),
            }
          : {}),
      }
    }),
  }
}
