import type { Payload } from 'payload'

import { hotlineIn, type HotlineSetting } from '@/globals/hotline'
import { strongEtag } from '@/http/etag'
import { locales, type Locale } from '@/i18n/locales'
import { onLedgerEntry } from '@/ledger/announce'
import { itemKey } from '@/ledger/changes'
import { entriesAfter, ledgerHead } from '@/ledger/follow'
import { nextPublicChange, publicNow, type PublicItem } from '@/ledger/publicNow'
import {
  publicationDatesOf,
  publishedEntries,
  type PublicationDates,
  type PublishedEntry,
} from '@/ledger/publicationDates'
import { homePageAddress, pageAddressesIn, pageTypes } from '@/links/pageAddress'

import { listKey, type ListQuery } from './listQuery'
import {
  imagesShown,
  inLocale,
  relationKey,
  slugOf,
  urlOf,
  websiteItem,
  type StoredItem,
  type StoredMedia,
  type ViewContext,
  type WebsiteType,
} from './websiteItem'

/** An answer built once: its bytes, their ETag and (unless it would lie ahead) Last-Modified. */
export type Answer = { body: Buffer; etag: string; lastModified: string | null }

type Settings = {
  hotlines?: HotlineSetting[]
  organisations?: Record<string, Partial<Record<Locale, string | null>> | null> | null
  website?: Parameters<typeof pageAddressesIn>[0]
}

/** Where the running server's model is found: Next bundles its own copy of this module. */
const runningModel = Symbol.for('xeberdar.websiteReadModel')
type WithRunningModel = { [runningModel]?: WebsiteReadModel }

const maxCachedAnswers = 5_000
/**
 * What built answers and lists may hold, whatever mix of queries arrives: beyond it they are
 * dropped and built again on demand (answers in bytes, lists in items named).
 */
export const maxAnswerBytes = 64 * 1024 * 1024
const maxListedItems = 2_000_000
const websiteTypes = pageTypes

/**
 * What the campaign's websites read, held in memory and kept current by the publication ledger:
 * every published item of every type in every language, the images they show and the settings.
 * Whether an item is public is decided per request by the one rule ("public now", website
 * channel), so a window that closes or a consent that runs out is hidden at once; answers are
 * built once and kept until an entry or the next moment the rule's answer changes.
 *
 * Freshness: an entry written by this process is announced before it commits; the next request
 * then reads the ledger's head, so the request after an action's answer sees its change. Entries
 * from other instances are found by polling the head every `pollMs`.
 */
export const createWebsiteReadModel = ({
  payload,
  publicUrl,
  pollMs = 250,
  now = () => new Date(),
}: {
  payload: Payload
  publicUrl: string
  pollMs?: number
  now?: () => Date
}) => {
  const items = new Map<WebsiteType, Map<string, StoredItem>>(
    websiteTypes.map((type) => [type, new Map()]),
  )
  const media = new Map<string, StoredMedia>()
  let publications = new Map<string, PublishedEntry[]>()
  let settings: Settings = {}
  let applied = -1
  let awaiting = 0
  let awaitingSince = 0
  let isStale = false
  let timer: NodeJS.Timeout | undefined
  let stopHearing: (() => void) | undefined

  // Everything built from the state above; dropped whenever it changes or time changes a decision.
  let generation = 0
  let validUntil = Number.NEGATIVE_INFINITY
  const answers = new Map<string, Answer>()
  let answerBytes = 0
  let listedItems = 0
  const lastModified = new Map<string, { etag: string; at: number }>()
  /** The latest date given before `lastModified` was last emptied (a bound on memory). */
  let forgottenUpTo = 0
  let latestGiven = 0
  const lists = new Map<string, { type: WebsiteType; item: StoredItem }[]>()
  const slugs = new Map<string, Map<string, StoredItem>>()
  let publicFiles: Map<string, { mimeType: string | null }> | null = null
  let publicImageIds: (string | number)[] | null = null

  const fileUrl = (filename: string) =>
    `${publicUrl}/api/media/file/${encodeURIComponent(filename)}`

  const isPublic = (type: WebsiteType, item: StoredItem, locale: Locale, at: Date) =>
    publicNow({
      item: item as PublicItem,
      hasConsent: type === 'stories',
      language: locale,
      channel: 'website',
      now: at,
    }).isPublic

  /** The moment of the next decision that time alone changes, over every item. */
  const nextChange = (at: Date) => {
    let next = Number.POSITIVE_INFINITY
    for (const byId of items.values())
      for (const item of byId.values())
        next = Math.min(next, nextPublicChange(item as PublicItem, at)?.getTime() ?? next)
    return next
  }

  /** Drops what was built, when the state changed or the clock passed a decision. */
  const current = () => {
    const at = now()
    if (at.getTime() >= validUntil) {
      generation++
      answers.clear()
      answerBytes = 0
      lists.clear()
      listedItems = 0
      slugs.clear()
      publicFiles = null
      publicImageIds = null
      validUntil = nextChange(at)
    }
    return at
  }
  const changed = () => {
    validUntil = Number.NEGATIVE_INFINITY
  }

  const context = (at: Date): ViewContext => ({
    media,
    fileUrl,
    pages: (locale) => pageAddressesIn(settings.website, locale),
    dates: (type, id, locale): PublicationDates | null =>
      publicationDatesOf(publications.get(itemKey(type, id)) ?? [], {
        locale,
        publishAt: (items.get(type)?.get(id)?.publishAt as string | null) ?? null,
      }),
    publicLanguages: (type, item) => locales.filter((locale) => isPublic(type, item, locale, at)),
    ref: (type, id, locale) => {
      const item = items.get(type)?.get(id)
      if (!item || !isPublic(type, item, locale, at)) return null
      return {
        type,
        id,
        slug: slugOf(item, locale),
        title: String(inLocale(item.title, locale) ?? ''),
        url: urlOf(type, item, locale, context(at)),
      }
    },
    hotline: (locale) => hotlineIn(settings.hotlines ?? [], locale),
  })

  // ---- loading --------------------------------------------------------------------------------

  const loadItems = async (type: WebsiteType, ids?: string[]) => {
    const { docs } = await payload.find({
      collection: type,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      where: {
        and: [
          // Drafts never published are never public: not worth holding.
          { _status: { equals: 'published' } },
          ...(ids ? [{ id: { in: ids } }] : []),
        ],
      },
    })
    const byId = items.get(type)!
    for (const id of ids ?? []) byId.delete(id)
    for (const doc of docs) byId.set(String(doc.id), doc as unknown as StoredItem)
  }

  const loadMedia = async (ids: string[]) => {
    if (!ids.length) return
    for (const id of ids) media.delete(id)
    const { docs } = await payload.find({
      collection: 'media',
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      where: { id: { in: ids } },
    })
    for (const doc of docs) media.set(String(doc.id), doc as unknown as StoredMedia)
  }

  /** Images items show that are not held yet. */
  const missingMedia = () => {
    const wanted = new Set<string>()
    for (const [type, byId] of items)
      for (const item of byId.values())
        for (const locale of locales)
          for (const id of imagesShown(type, item, locale)) if (!media.has(id)) wanted.add(id)
    return [...wanted]
  }

  const loadSettings = async () => {
    settings = (await payload.findGlobal({
      slug: 'settings',
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })) as unknown as Settings
  }

  const loadAll = async () => {
    const head = await ledgerHead(payload)
    for (const byId of items.values()) byId.clear()
    media.clear()
    for (const type of websiteTypes) await loadItems(type)
    await loadMedia(missingMedia())
    await loadSettings()
    publications = await publishedEntries(payload)
    applied = head
  }

  /** Applies the ledger's entries after what was applied: only what they name is read again. */
  const catchUp = async () => {
    for (;;) {
      const entries = await entriesAfter(payload, { position: applied, limit: 500 })
      if (!entries.length) return
      const ids = new Map<WebsiteType, Set<string>>()
      const mediaIds = new Set<string>()
      let isSettings = false
      for (const entry of entries) {
        if ((websiteTypes as readonly string[]).includes(entry.type) && entry.itemId) {
          const type = entry.type as WebsiteType
          ids.set(type, (ids.get(type) ?? new Set()).add(entry.itemId))
        } else if (entry.type === 'media' && entry.itemId) mediaIds.add(entry.itemId)
        else if (entry.change === 'settings-changed') isSettings = true
      }
      for (const [type, set] of ids) await loadItems(type, [...set])
      await loadMedia([...new Set([...mediaIds, ...missingMedia()])])
      if (isSettings) await loadSettings()
      const named = [...ids].flatMap(([type, set]) => [...set].map((id) => itemKey(type, id)))
      if (named.length) {
        const fresh = await publishedEntries(payload, named)
        for (const key of named) publications.set(key, fresh.get(key) ?? [])
      }
      applied = entries[entries.length - 1].position
      changed()
    }
  }

  let checking: Promise<void> | null = null
  let queued: Promise<void> | null = null

  const check = async () => {
    try {
      const head = await ledgerHead(payload)
      // A head behind what was applied: the database was restored or replaced. Start over.
      if (applied < 0 || head < applied) {
        await loadAll()
        changed()
      } else if (head > applied) await catchUp()
      if (isStale) payload.logger.info('Website: the database answers again')
      isStale = false
    } catch (err) {
      if (!isStale)
        payload.logger.error({
          err,
          msg: 'Website: database unreachable; serving what it last read',
        })
      isStale = true
    }
  }

  /** A check that starts after this call: requests arriving during one share the next. */
  const checkAfterNow = (): Promise<void> => {
    if (!checking) {
      checking = check().finally(() => {
        checking = null
      })
      return checking
    }
    queued ??= checking.then(() => {
      queued = null
      return checkAfterNow()
    })
    return queued
  }

  /** Resolves once this process's announced entries are applied (at once, most of the time). */
  const fresh = (): Promise<void> | null =>
    awaiting > applied && Date.now() - awaitingSince < 5_000 ? checkAfterNow() : null

  // ---- answers --------------------------------------------------------------------------------

  /**
   * An answer's bytes with an ETag, and a Last-Modified that moves only when the bytes do. HTTP
   * dates count whole seconds, so two versions made within one second would share a date and a
   * cache revalidating with If-Modified-Since alone would keep the older: each version of an
   * answer gets a later second than the one before, and no date at all while that second lies
   * ahead of the clock (a date must not be later than the answer's own).
   */
  const answer = (key: string, value: unknown, at: Date): Answer => {
    const body = Buffer.from(JSON.stringify(value))
    const etag = strongEtag(body)
    const known = lastModified.get(key)
    const second = Math.floor(at.getTime() / 1000) * 1000
    const since =
      known?.etag === etag ? known.at : Math.max(second, (known?.at ?? forgottenUpTo) + 1000)
    if (lastModified.size > maxCachedAnswers) {
      lastModified.clear()
      forgottenUpTo = latestGiven
    }
    lastModified.set(key, { etag, at: since })
    latestGiven = Math.max(latestGiven, since)
    const built = {
      body,
      etag,
      lastModified: since <= at.getTime() ? new Date(since).toUTCString() : null,
    }
    if (answers.size > maxCachedAnswers || answerBytes + body.length > maxAnswerBytes) {
      answers.clear()
      answerBytes = 0
    }
    answers.set(key, built)
    answerBytes += body.length
    return built
  }

  const publishedAtOf = (type: WebsiteType, item: StoredItem, locale: Locale, ctx: ViewContext) =>
    ctx.dates(type, String(item.id), locale)?.publishedAt ?? ''

  const listOf = (locale: Locale, query: ListQuery, at: Date, ctx: ViewContext) => {
    const key = `${locale}|${listKey(query)}`
    const hit = lists.get(key)
    if (hit) return hit
    const collator = new Intl.Collator(locale, { sensitivity: 'variant', numeric: true })
    const found = query.types.flatMap((type) =>
      [...items.get(type)!.values()]
        .filter((item) => isPublic(type, item, locale, at))
        .filter(
          (item) =>
            !query.exploitationType ||
            ((item.exploitationTypes as string[] | null) ?? []).includes(query.exploitationType),
        )
        .filter(
          (item) =>
            !query.location ||
            ((item.targetLocations as unknown[] | null) ?? []).some(
              (value) => relationKey(value) === query.location,
            ),
        )
        .map((item) => ({ type, item, title: String(inLocale(item.title, locale) ?? '') })),
    )
    const byTitle = (a: (typeof found)[number], b: (typeof found)[number]) =>
      collator.compare(a.title, b.title) || String(a.item.id).localeCompare(String(b.item.id))
    const byDate = (a: (typeof found)[number], b: (typeof found)[number]) =>
      publishedAtOf(a.type, a.item, locale, ctx).localeCompare(
        publishedAtOf(b.type, b.item, locale, ctx),
      ) || String(a.item.id).localeCompare(String(b.item.id))
    const sorted = found.sort(query.sort.endsWith('title') ? byTitle : byDate)
    if (query.sort.startsWith('-')) sorted.reverse()
    if (lists.size > maxCachedAnswers || listedItems + sorted.length > maxListedItems) {
      lists.clear()
      listedItems = 0
    }
    lists.set(key, sorted)
    listedItems += sorted.length
    return sorted
  }

  /** An item by its address in one language: an index per type and language, built once. */
  const bySlug = (type: WebsiteType, locale: Locale, slug: string) => {
    const key = `${type}|${locale}`
    let index = slugs.get(key)
    if (!index) {
      index = new Map()
      // Types with slugs are found by slug only, the others by id: one never shadows the other.
      const hasSlugs = !['posters', 'brochures'].includes(type)
      for (const item of items.get(type)!.values()) {
        const address = hasSlugs ? slugOf(item, locale) : String(item.id)
        if (address) index.set(address, item)
      }
      slugs.set(key, index)
    }
    return index.get(slug) ?? null
  }

  const model = {
    start: async () => {
      ;(globalThis as WithRunningModel)[runningModel] = model
      stopHearing = onLedgerEntry((position) => {
        awaiting = Math.max(awaiting, position)
        awaitingSince = Date.now()
      })
      await check()
      timer = setInterval(() => void checkAfterNow(), pollMs)
      timer.unref()
    },
    stop: () => {
      clearInterval(timer)
      stopHearing?.()
    },
    isReady: () => applied >= 0,
    isStale: () => isStale,
    fresh,

    /** A page of the public items a list query asks for. */
    list: (locale: Locale, query: ListQuery): Answer => {
      const at = current()
      const key = `list|${locale}|${listKey(query)}|${query.page}|${query.limit}`
      const hit = answers.get(key)
      if (hit) return hit
      const ctx = context(at)
      const all = listOf(locale, query, at, ctx)
      const start = (query.page - 1) * query.limit
      return answer(
        key,
        {
          locale,
          items: all
            .slice(start, start + query.limit)
            .map(({ type, item }) => websiteItem(type, item, locale, ctx, { full: false })),
          page: query.page,
          limit: query.limit,
          totalItems: all.length,
          totalPages: Math.ceil(all.length / query.limit),
        },
        at,
      )
    },

    /** One public item by its slug in this language (posters and brochures by id), or null. */
    item: (locale: Locale, type: WebsiteType, slug: string): Answer | null => {
      const at = current()
      const key = `item|${locale}|${type}|${slug}`
      const hit = answers.get(key)
      if (hit) return hit
      const ctx = context(at)
      const item = bySlug(type, locale, slug)
      if (!item || !isPublic(type, item, locale, at)) return null
      return answer(key, websiteItem(type, item, locale, ctx, { full: true }), at)
    },

    /** What every page of the site shows: the hotline, the organisations, the home page. */
    settings: (locale: Locale): Answer => {
      const at = current()
      const key = `settings|${locale}`
      return (
        answers.get(key) ??
        answer(
          key,
          {
            locale,
            hotline: hotlineIn(settings.hotlines ?? [], locale),
            organisations: Object.fromEntries(
              Object.entries(settings.organisations ?? {}).map(([name, value]) => [
                name,
                inLocale(value, locale) ?? null,
              ]),
            ),
            home: homePageAddress(pageAddressesIn(settings.website, locale), locale),
          },
          at,
        )
      )
    },

    /** The image files (renditions included) an item public now on the website shows. */
    publicFile: (filename: string) => {
      const at = current()
      if (!publicFiles) collectPublicImages(at)
      return publicFiles!.get(filename) ?? null
    },
    /** The ids of those images: Media's read access for anonymous readers. */
    publicImageIds: () => {
      const at = current()
      if (!publicImageIds) collectPublicImages(at)
      return publicImageIds!
    },
    /** Changes whenever any answer may have: after a change, or when time changes a decision. */
    version: () => {
      current()
      return generation
    },
  }

  const collectPublicImages = (at: Date) => {
    const files = new Map<string, { mimeType: string | null }>()
    const ids = new Set<string>()
    for (const [type, byId] of items)
      for (const item of byId.values())
        for (const locale of locales)
          if (isPublic(type, item, locale, at))
            for (const id of imagesShown(type, item, locale)) ids.add(id)
    for (const id of ids) {
      const doc = media.get(id)
      if (!doc) continue
      if (doc.filename) files.set(doc.filename, { mimeType: doc.mimeType ?? null })
      for (const size of Object.values(doc.sizes ?? {}))
        if (size?.filename) files.set(size.filename, { mimeType: size.mimeType ?? null })
    }
    publicFiles = files
    // As the database types them (numbers on SQLite), for Media's read access.
    publicImageIds = [...ids].flatMap((id) => (media.has(id) ? [media.get(id)!.id] : []))
  }

  return model
}

export type WebsiteReadModel = ReturnType<typeof createWebsiteReadModel>

/** The running server's model, or null outside a server (the Local API in tests, the CLI). */
export const runningWebsiteModel = (): WebsiteReadModel | null =>
  (globalThis as WithRunningModel)[runningModel] ?? null
