import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient, Tokens } from '../helpers/api'
import { asKey, createChannelKeys, createPartner } from '../helpers/channelKeys'
import { fullConsent, setHotline } from '../helpers/fixtures'
import { smallPng, uploadMedia } from '../helpers/media'
import { partnerReplica } from '../helpers/partnerSync'
import { randomHistory } from '../helpers/random'
import type { RunningServer } from '../helpers/server'
import { startStaffServer } from '../helpers/staffServer'
import { startReceiver, webhookPartner } from '../helpers/webhookReceiver'
import { publishThroughWorkflow, reviewerTakes, saveDraft, takeAction } from '../helpers/workflow'

type Locale = 'az' | 'en'
type Channel = 'website' | 'partners' | 'screens' | 'print'
const languages: Locale[] = ['az', 'en']

/**
 * What the test believes of one item, from the history it played: nothing here asks the
 * product's own rule. `title` is the text of the live version in each language.
 */
type Item = {
  collection: 'articles' | 'stories' | 'posters'
  id: string
  live: boolean
  /** Withdrawn consent or deleted: gone for good. */
  gone: boolean
  edits: number
  title: Record<Locale, string>
  /** The latest draft's text: what the next publication puts live. */
  draft: Record<Locale, string>
  /** A story's consent record as it is now (the draft's, which narrowing applies at once). */
  channels: Channel[]
  consentLanguages: string[]
  expired: boolean
}

/** Who may see an item in a language on a channel, by the rules the campaign wrote down. */
const shouldShow = (item: Item, channel: Channel, locale: Locale) => {
  if (!item.live || item.gone) return false
  if (item.collection === 'posters') return channel === 'screens'
  if (channel === 'screens') return false
  if (item.collection === 'articles') return true
  return !item.expired && item.channels.includes(channel) && item.consentLanguages.includes(locale)
}

const sorted = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))

/**
 * Random histories across every channel: after each step the website's and the partner's reads,
 * the partner's replica (after a sync), the screen's playlist and the webhooks a partner has been
 * sent equal what the test's own model of the history says should be public.
 */
describe('every channel converges on what should be public, over HTTP', () => {
  let server: RunningServer
  let api: ApiClient
  let tokens: Tokens
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let partner: Awaited<ReturnType<typeof createPartner>>
  /** A second partner, taking both types in English only. */
  let english: Awaited<ReturnType<typeof createPartner>>
  let screenId: string | number
  let artwork: string | number

  const write = (
    collection: Item['collection'],
    id: string,
    locale: Locale,
    data: object,
    token = tokens.editor,
  ) => saveDraft(api, token, collection, id, locale, data)

  /** An item written in az and en, the en translation marked ready: not yet published. */
  const newItem = async (collection: Item['collection'], n: number): Promise<Item> => {
    const title = { az: `${collection} ${n} az`, en: `${collection} ${n} en` }
    const extra =
      collection === 'stories'
        ? { pseudonym: 'Səbinə', consent: fullConsent }
        : collection === 'posters'
          ? { artwork }
          : {}
    const created = await api.post(`/api/${collection}`, {
      token: tokens.editor,
      json: { title: title.az, ...extra },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = String(created.body.doc.id)
    await write(
      collection,
      id,
      'en',
      {
        title: title.en,
        ...(collection === 'stories' ? { pseudonym: 'Sabina' } : {}),
        ...(collection === 'posters' ? { artwork } : {}),
      },
      tokens.translator,
    )
    const ready = await takeAction(api, tokens.translator, collection, id, 'mark-ready', {
      locale: 'en',
    })
    expect(ready.status, JSON.stringify(ready.body)).toBe(200)
    return {
      collection,
      id,
      live: false,
      gone: false,
      edits: 0,
      title,
      draft: { ...title },
      channels: [...(fullConsent!.channels as Channel[])],
      consentLanguages: [...fullConsent!.languages!],
      expired: false,
    }
  }

  /** "collection:id:locale" → title, as anyone may read them on the website. */
  const readAll = async (headers?: Record<string, string>, locales = languages) => {
    const seen: Record<string, string> = {}
    for (const collection of ['articles', 'stories'])
      for (const locale of locales) {
        const read = await api.get(`/api/${collection}?locale=${locale}&limit=500&depth=0`, {
          headers,
        })
        expect(read.status, JSON.stringify(read.body)).toBe(200)
        for (const doc of read.body.docs) seen[`${collection}:${doc.id}:${locale}`] = doc.title
      }
    return sorted(seen)
  }
  const expected = (items: Item[], channel: Channel) => {
    const shown: Record<string, string> = {}
    for (const item of items)
      for (const locale of languages)
        if (item.collection !== 'posters' && shouldShow(item, channel, locale))
          shown[`${item.collection}:${item.id}:${locale}`] = item.title[locale]
    return sorted(shown)
  }
  const playlist = async () => {
    const response = await fetch(`${server.url}/screens/${screenId}/playlist`, {
      headers: asKey('screens'),
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    return (body.items as { title: string; locale: string }[])
      .map(({ title, locale }) => `${title}/${locale}`)
      .sort()
  }
  const expectedPlaylist = (items: Item[]) =>
    items
      .flatMap((item) =>
        languages
          .filter((locale) => shouldShow(item, 'screens', locale))
          .map((locale) => `${item.title[locale]}/${locale}`),
      )
      .sort()
  /** What the partner's endpoint has been sent: "event type:id locales", one per request. */
  const webhooksReceived = (path = '/news') =>
    receiver
      .at(path)
      .map(({ body }) => `${body.event} ${body.type}:${body.itemId} ${[...body.locales].sort()}`)
      .sort()

  /** The webhooks' queue, run by an admin: the ledger's consumer, then the deliveries it queued. */
  const runWebhooks = async () => {
    for (let run = 0; run < 2; run++)
      expect(
        (await api.get('/api/payload-jobs/run?queue=webhooks', { token: tokens.admin })).status,
      ).toBe(200)
  }

  beforeAll(async () => {
    receiver = await startReceiver()
    ;({ server, api, tokens } = await startStaffServer({
      // The receiver listens on loopback, which production refuses.
      WEBHOOK_ALLOW_PRIVATE_NETWORK: 'true',
    }))
    await createChannelKeys(api, tokens.admin)
    const screens = await api.get('/api/screens', { token: tokens.admin })
    screenId = screens.body.docs[0].id
    const languagesSet = await api.patch(`/api/screens/${screenId}`, {
      token: tokens.admin,
      json: { languages: ['az', 'en'] },
    })
    expect(languagesSet.status, JSON.stringify(languagesSet.body)).toBe(200)
    await setHotline(api, tokens.admin, { az: 'Qaynar xətt 0', en: 'Hotline 0' })
    partner = await webhookPartner(api, tokens.admin, receiver, {
      name: 'news',
      contentTypes: ['stories', 'articles'],
      languages: ['az', 'en'],
    })
    english = await webhookPartner(api, tokens.admin, receiver, {
      name: 'english',
      contentTypes: ['stories', 'articles'],
      languages: ['en'],
    })
    artwork = (await uploadMedia(api, tokens.editor, await smallPng(), 'p.png', 'image/png')).body
      .doc.id
  })
  afterAll(async () => {
    await server?.stop()
    await receiver?.close()
  })

  it('should show on every channel exactly what the history says is public, after every step', async () => {
    // CONVERGENCE_SEED plays another history (the default is the one CI plays).
    const { pick } = randomHistory(Number(process.env.CONVERGENCE_SEED ?? 20261207))
    const items: Item[] = []
    for (let n = 0; n < 2; n++) items.push(await newItem('articles', n))
    for (let n = 0; n < 4; n++) items.push(await newItem('stories', n))
    items.push(await newItem('posters', 0))
    const replica = partnerReplica(api, partner.headers)
    // The same partner's copies of part of its scope, and the English partner's copy.
    const partial = {
      stories: partnerReplica(api, partner.headers, { types: 'stories' }),
      en: partnerReplica(api, partner.headers, { locale: 'en' }),
      english: partnerReplica(api, english.headers),
    }
    const only = (record: Record<string, unknown>, keep: (key: string) => boolean) =>
      Object.fromEntries(Object.entries(record).filter(([key]) => keep(key)))
    const syncAll = async () => {
      await replica.sync()
      for (const copy of Object.values(partial)) await copy.sync()
    }
    await syncAll()
    let hotline = 0
    /** Every webhook the partner should have been sent so far, as webhooksReceived() says them. */
    const told: string[] = []
    /** The same, for the English partner: only what concerns English. */
    const toldEnglish: string[] = []
    const tell = (event: string, item: Item, locales: string[]) => {
      if (item.collection === 'posters') return
      if (locales.length) told.push(`${event} ${item.collection}:${item.id} ${[...locales].sort()}`)
      if (locales.includes('en')) toldEnglish.push(`${event} ${item.collection}:${item.id} en`)
    }
    const partnerSees = (item: Item) =>
      languages.filter((locale) => shouldShow(item, 'partners', locale))
    /** The languages a live item is published in: all of them, here. */
    const liveLocales = (item: Item) => (item.live ? languages : [])
    const history: string[] = []
    const played = new Set<string>()

    /** The moves that make sense for an item as the history stands: one is drawn per step. */
    const movesFor = (item: Item) => {
      if (item.gone) return []
      const isStory = item.collection === 'stories'
      // Weighted by repeating: deletes and withdrawals end an item for good, so they are rarer.
      return [
        ...(item.live && !item.expired ? (['edit', 'edit', 'edit-en', 'draft-edit'] as const) : []),
        ...(item.live ? (['unpublish', 'unpublish'] as const) : []),
        // Deleted once it has been live and edited: a history with something to lose.
        ...(item.live && item.edits > 0 ? (['delete', 'delete'] as const) : []),
        // A draft that never went out, or an item taken down: deleting it tells partners nothing.
        ...(!item.live && item.edits > 0 ? (['delete'] as const) : []),
        ...(!item.live && !item.expired ? (['publish', 'publish', 'publish'] as const) : []),
        ...(isStory && item.live ? (['withdraw'] as const) : []),
        ...(isStory && item.channels.length > 1 ? (['narrow-channel'] as const) : []),
        ...(isStory && item.consentLanguages.filter((l) => l === 'az' || l === 'en').length > 1
          ? (['narrow-language'] as const)
          : []),
        ...(isStory && item.live && !item.expired ? (['narrow-expiry'] as const) : []),
      ]
    }
    for (let step = 0; step < 45; step++) {
      // Any move open to any item, and now and then a settings change or a sync.
      const choices = [
        ...items.flatMap((item) => movesFor(item).map((move) => ({ item, move }))),
        ...(['settings', 'settings', 'sync', 'sync', 'sync', 'sync', 'sync'] as const).map(
          (move) => ({ item: items[0], move }),
        ),
      ]
      // Every fifth step the partners sync, whatever was drawn: the copies get compared often.
      const drawn = pick(choices)
      const { item, move } = step % 5 === 4 ? { item: items[0], move: 'sync' as const } : drawn
      const isStory = item.collection === 'stories'
      let note = `${move} ${item.collection}:${item.id}`
      if (move === 'sync') {
        await syncAll()
        note = 'sync'
      } else if (move === 'settings') {
        hotline += 1
        await setHotline(api, tokens.admin, {
          az: `Qaynar xətt ${hotline}`,
          en: `Hotline ${hotline}`,
        })
        note = `settings: hotline ${hotline}`
      } else if (move === 'publish' && !item.live) {
        // A story whose consent ran out may not go round again.
        if (item.expired) continue
        await publishThroughWorkflow(api, tokens, item.collection, item.id)
        item.live = true
        item.title = { ...item.draft }
        tell('publish', item, partnerSees(item))
      } else if (move === 'edit' && item.live) {
        if (item.expired) continue
        item.edits += 1
        const title = `${item.collection} ${item.id} az edit ${item.edits}`
        await write(item.collection, item.id, 'az', {
          title,
          ...(item.collection === 'posters' ? { artwork } : {}),
        })
        await publishThroughWorkflow(api, tokens, item.collection, item.id)
        item.draft.az = title
        item.title = { ...item.draft }
        tell('update', item, partnerSees(item))
      } else if (move === 'edit-en' && item.live) {
        // The translator revises the English and marks it ready; it goes out with the next review.
        item.edits += 1
        const title = `${item.collection} ${item.id} en edit ${item.edits}`
        await write(
          item.collection,
          item.id,
          'en',
          { title, ...(item.collection === 'posters' ? { artwork } : {}) },
          tokens.translator,
        )
        const ready = await takeAction(
          api,
          tokens.translator,
          item.collection,
          item.id,
          'mark-ready',
          {
            locale: 'en',
          },
        )
        expect(ready.status, JSON.stringify(ready.body)).toBe(200)
        await publishThroughWorkflow(api, tokens, item.collection, item.id)
        item.draft.en = title
        item.title = { ...item.draft }
        tell('update', item, partnerSees(item))
      } else if (move === 'draft-edit' && item.live) {
        // A draft saved on a live item: nothing public changes until it is published.
        const title = `${item.collection} ${item.id} az draft ${step}`
        await write(item.collection, item.id, 'az', {
          title,
          ...(item.collection === 'posters' ? { artwork } : {}),
        })
        item.draft.az = title
      } else if (move === 'unpublish' && item.live) {
        await reviewerTakes(api, tokens, item.collection, item.id, 'unpublish', 'Hələlik yox')
        // A takedown reaches every partner that took what was live, whatever consent says now.
        tell('unpublish', item, liveLocales(item))
        item.live = false
      } else if (move === 'withdraw' && isStory && item.live) {
        await reviewerTakes(
          api,
          tokens,
          'stories',
          item.id,
          'withdraw-consent',
          'Razılıq geri götürüldü',
        )
        tell('withdraw', item, liveLocales(item))
        item.live = false
        item.gone = true
      } else if (move === 'narrow-channel' && isStory) {
        const dropped = pick(item.channels)
        if (item.channels.length < 2) continue
        item.channels = item.channels.filter((channel) => channel !== dropped)
        await write('stories', item.id, 'az', {
          consent: { ...fullConsent, channels: item.channels, languages: item.consentLanguages },
        })
        note += ` -${dropped}`
        if (dropped === 'partners') tell('withdraw', item, liveLocales(item))
      } else if (move === 'narrow-language' && isStory) {
        const dropped = pick(languages.filter((locale) => item.consentLanguages.includes(locale)))
        if (
          !dropped ||
          item.consentLanguages.filter((l) => languages.includes(l as Locale)).length < 2
        )
          continue
        item.consentLanguages = item.consentLanguages.filter((locale) => locale !== dropped)
        await write('stories', item.id, 'az', {
          consent: { ...fullConsent, channels: item.channels, languages: item.consentLanguages },
        })
        note += ` -${dropped}`
        tell('withdraw', item, item.live ? [dropped] : [])
      } else if (move === 'narrow-expiry' && isStory && !item.expired) {
        // An earlier end, already past: the editor records that the consent ran out yesterday.
        const saved = await api.patch(`/api/stories/${item.id}?locale=az&draft=true`, {
          token: tokens.editor,
          json: {
            consent: {
              ...fullConsent,
              channels: item.channels,
              languages: item.consentLanguages,
              expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
            },
          },
        })
        note += ` → ${saved.status}`
        if (saved.status !== 200) {
          // Refused by validation: nothing changed.
          history.push(note)
          played.add('narrow-expiry-refused')
          continue
        }
        item.expired = true
        tell('withdraw', item, liveLocales(item))
      } else if (move === 'delete') {
        const deleted = await api.del(`/api/${item.collection}/${item.id}`, { token: tokens.admin })
        expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
        tell('unpublish', item, liveLocales(item))
        item.live = false
        item.gone = true
      } else continue
      history.push(note)
      played.add(move)
      const context = `after step ${step}: ${history.join('; ')}`

      // The website and the partner's reads: at once, as soon as the action has answered.
      expect(await readAll(), `website, ${context}`).toEqual(expected(items, 'website'))
      expect(await readAll(partner.headers), `partner reads, ${context}`).toEqual(
        expected(items, 'partners'),
      )
      expect(await readAll(english.headers, ['en']), `English partner reads, ${context}`).toEqual(
        only(expected(items, 'partners'), (key) => key.endsWith(':en')),
      )
      // The replica, built only from sync pages, as of its last sync.
      if (move === 'sync') {
        expect(replica.titles(), `partner replica, ${context}`).toEqual(expected(items, 'partners'))
        const copies = {
          stories: only(expected(items, 'partners'), (key) => key.startsWith('stories:')),
          en: only(expected(items, 'partners'), (key) => key.endsWith(':en')),
          english: only(expected(items, 'partners'), (key) => key.endsWith(':en')),
        }
        for (const [name, copy] of Object.entries(partial))
          expect(copy.titles(), `${name} replica, ${context}`).toEqual(
            copies[name as keyof typeof copies],
          )
        // Each item carries the hotline in its language: the one in force now. (Soft: the
        // history goes on, so later steps can still show what else diverges.)
        for (const [key, view] of replica.items) {
          const label = key.endsWith(':az') ? `Qaynar xətt ${hotline}` : `Hotline ${hotline}`
          expect
            .soft(
              [key, (view?.hotline as string[]).some((line) => line.includes(label))],
              `hotline in the replica, ${context}: ${JSON.stringify(view?.hotline)}`,
            )
            .toEqual([key, true])
        }
        // And it is what a partner starting afresh would hold, field for field.
        const fresh = partnerReplica(api, partner.headers)
        await fresh.sync()
        expect
          .soft(sorted(Object.fromEntries(replica.items)), `replica vs a fresh one, ${context}`)
          .toEqual(sorted(Object.fromEntries(fresh.items)))
      }
      // The screen's playlist follows the ledger head: within moments.
      await expect
        .poll(playlist, { timeout: 5000, interval: 100, message: `playlist, ${context}` })
        .toEqual(expectedPlaylist(items))
      // Webhooks are asynchronous: each change the partner should hear of arrives, once. The
      // queue runs every two seconds by itself; an admin may run it at once, as here.
      await runWebhooks()
      await expect
        .poll(() => webhooksReceived(), {
          timeout: 15_000,
          interval: 100,
          message: `webhooks, ${context}`,
        })
        .toEqual([...told].sort())
      await expect
        .poll(() => webhooksReceived('/english'), {
          timeout: 15_000,
          interval: 100,
          message: `English partner's webhooks, ${context}`,
        })
        .toEqual([...toldEnglish].sort())
    }
    // The history was a rich one: the everyday moves, and most of the rarer ones.
    expect([...played].sort(), history.join('\n')).toEqual(
      expect.arrayContaining(['publish', 'sync', 'unpublish']),
    )
    expect(played.size, history.join('\n')).toBeGreaterThanOrEqual(10)
    // Whatever the consumer still had to do, it has done; nothing more arrives.
    await runWebhooks()
    expect(webhooksReceived()).toEqual([...told].sort())
    expect(webhooksReceived('/english')).toEqual([...toldEnglish].sort())
    for (const request of receiver.received) expect(request.problem).toBeNull()
    // And a last sync brings the replica level with the reads.
    await replica.sync()
    expect(replica.titles()).toEqual(expected(items, 'partners'))
  }, 180_000)

  it("should bring a partner's copy the hotline in force, on the next sync after it changes", async () => {
    const created = await api.post('/api/articles', {
      token: tokens.editor,
      json: { title: 'Qaynar xətt dəyişir' },
    })
    const id = String(created.body.doc.id)
    await publishThroughWorkflow(api, tokens, 'articles', id)
    await setHotline(api, tokens.admin, { az: 'Köhnə xətt', en: 'Old line' })
    const replica = partnerReplica(api, partner.headers)
    await replica.sync()
    expect(replica.items.get(`articles:${id}:az`)?.hotline).toEqual(['Köhnə xətt: 152'])

    await setHotline(api, tokens.admin, { az: 'Yeni xətt', en: 'New line' })
    // The partner's own reads (its feeds) and a first sync show the new line at once...
    const fresh = partnerReplica(api, partner.headers)
    await fresh.sync()
    expect(fresh.items.get(`articles:${id}:az`)?.hotline).toEqual(['Yeni xətt: 152'])
    // ...and so must the copy kept by following the cursor: the ledger has a settings entry.
    await replica.sync()
    expect(replica.items.get(`articles:${id}:az`)?.hotline).toEqual(['Yeni xətt: 152'])
  })
})
