import { Feed } from 'feed'

import { feedChannel, itemHtml, leadImage, type FeedInput } from './feedContent'

/**
 * RSS 2.0 through the `feed` package, which escapes text and wraps item HTML in CDATA. The
 * item's description is its whole text with the hotline; its enclosure the lead image.
 */
export const rssFeed = ({ views, locale, hotline, feedUrl, homeUrl, updated }: FeedInput) => {
  const channel = feedChannel(locale, hotline)
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: homeUrl,
    link: homeUrl,
    language: locale,
    updated,
    generator: 'Xəbərdar',
    feedLinks: { rss: feedUrl },
  })
  for (const view of views) {
    const image = leadImage(view)
    feed.addItem({
      title: view.title,
      id: view.uri,
      link: view.uri,
      date: new Date(view.updatedAt),
      description: itemHtml(view),
      category: [{ name: view.type }],
      ...(image
        ? {
            enclosure: {
              url: image.href,
              type: image.mimeType ?? 'application/octet-stream',
              // RSS requires a length; 0 is the convention for "unknown".
              length: image.filesize ?? 0,
            },
          }
        : {}),
    })
  }
  return feed.rss2()
}
