/**
 * How long a CDN may keep an answer: 30 s fresh, then 30 s more while it revalidates in the
 * background. So a withdrawn story is gone from every CDN within 60 s; browsers ask every time
 * (max-age=0) and get a 304 while nothing changed.
 */
export const answerCacheControl = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30'
/**
 * Image files never change under their name (each upload gets a new random one): browsers keep
 * them; a CDN asks again after 30 s, so an image leaves every CDN within 60 s of its item.
 */
export const imageCacheControl =
  'public, max-age=31536000, s-maxage=30, stale-while-revalidate=30, immutable'
