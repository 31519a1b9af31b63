import { Feed } from 'feed'

import { feedChannel, itemHtml, leadImage, type FeedInput } from './feedContent'

/**
 * RSS 2.0 through the `feed` package, which escapes text and wraps item HTML in CDATA. The
 * item's description is its whole text with the hotline; its enclosure the lead image; its link
 * its page on the campaign's website (none while the settings name none); its guid the stable
 * uri. RSS requires a channel link: the home page, else this feed's own address.
 */
export const rssFeed = ({ views, locale, hotline, feedUrl, homeUrl, updated }: FeedInput) => {
  const channel = feedChannel(locale, hotline)
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: homeUrl ?? feedUrl,
    link: homeUrl ?? feedUrl,
    language: locale,
    updated,
    generator: 'Xəbərdar',
    feedLinks: { rss: feedUrl },
  })
  for (const view of views) {
    const image = leadImage(view)
    // `feed` types an item's link as required, but RSS does not, and it writes none when missing.
    feed.addItem({
      title: view.title,
      id: view.uri,
      link: view.url ?? (undefined as unknown as string),
      date: new Date(view.firstPublishedAt ?? view.updatedAt),
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
