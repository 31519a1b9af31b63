import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fullConsent } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/** Texts with the letters that break naive code: ə, ı/I, İ/i, ğ, ö, ü, ç, ş, and Cyrillic. */
const texts = {
  az: 'Şübhəli iş təklifi: İçərişəhərdə ığdır görüş',
  en: 'Suspicious job offer in the Old City',
  ru: 'Подозрительное предложение работы: Ичеришехер',
}

describe('every collection in az, en and ru', () => {
  let payload: Payload
  let stop: () => Promise<void>
  let mediaId: number | string
  let locationId: number | string
  const ids: Record<string, number | string> = {}

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
    const image = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: '#c00' },
    })
      .jpeg()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      locale: 'az',
      data: { alt: texts.az },
      file: { data: image, mimetype: 'image/jpeg', name: 'plakat-ş.jpg', size: image.length },
    })
    mediaId = media.id
    const location = await payload.create({
      collection: 'locations',
      locale: 'az',
      data: { name: 'Gənclik', type: 'metro-station', city: 'Bakı' },
    })
    locationId = location.id
  })
  afterAll(async () => {
    await stop?.()
  })

  // What each collection needs besides its localized text field.
  const cases = [
    {
      collection: 'stories',
      field: 'title',
      shared: {
        pseudonym: 'Gülşən',
        consent: { ...fullConsent, formReference: 'İAMBİ-1' },
      },
    },
    { collection: 'articles', field: 'title', shared: {} },
    {
      collection: 'videos',
      field: 'title',
      shared: { sourceType: 'external', externalUrl: 'https://video.example.org/ş' },
    },
    { collection: 'posters', field: 'title', shared: { artwork: 'MEDIA' } },
    { collection: 'locations', field: 'name', shared: { type: 'school' } },
    { collection: 'media', field: 'alt', shared: {} },
  ] as const

  it.each(cases)(
    'should create, read and update $collection in every language',
    async ({ collection, field, shared }) => {
      const data = Object.fromEntries(
        Object.entries(shared).map(([k, v]) => [k, v === 'MEDIA' ? mediaId : v]),
      )
      const created =
        collection === 'media'
          ? await payload.update({
              collection,
              id: mediaId,
              locale: 'az',
              data: { [field]: texts.az },
            })
          : await payload.create({
              collection,
              locale: 'az',
              data: { ...data, [field]: texts.az } as never,
            })
      ids[collection] = created.id
      for (const locale of ['en', 'ru'] as const) {
        // Required per-language fields (a pseudonym, the artwork) come along with each translation.
        await payload.update({
          collection,
          id: created.id,
          locale,
          data: { ...data, [field]: texts[locale] } as never,
        })
      }
      const all = await payload.findByID({ collection, id: created.id, locale: 'all', draft: true })
      expect((all as any)[field]).toEqual(texts)
      for (const locale of ['az', 'en', 'ru'] as const) {
        const one = await payload.findByID({ collection, id: created.id, locale, draft: true })
        expect((one as any)[field]).toBe(texts[locale])
      }
      const changed = `${texts.az} — yeniləndi`
      await payload.update({
        collection,
        id: created.id,
        locale: 'az',
        data: { [field]: changed } as never,
      })
      const after = await payload.findByID({
        collection,
        id: created.id,
        locale: 'all',
        draft: true,
      })
      expect((after as any)[field]).toEqual({ ...texts, az: changed })
    },
  )

  it('should fall back to Azerbaijani where a language is missing, and not when asked not to', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Yalnız azərbaycanca', excerpt: 'Qısa' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'English title' },
    })
    const en = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
    })
    expect(en.title).toBe('English title')
    expect(en.excerpt).toBe('Qısa')
    const ru = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'ru',
      draft: true,
    })
    expect(ru.title).toBe('Yalnız azərbaycanca')
    const strict = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'ru',
      fallbackLocale: false,
      draft: true,
    })
    expect(strict.title).toBeFalsy()
  })

  it('should make a slug per language from the title, transliterated and unique', async () => {
    const story = await payload.findByID({
      collection: 'stories',
      id: ids.stories,
      locale: 'all',
      draft: true,
    })
    expect(story.slug).toEqual({
      az: 'subheli-is-teklifi-iceriseherde-igdir-gorus',
      en: 'suspicious-job-offer-in-the-old-city',
      ru: 'podozritelnoe-predlozhenie-raboty-icherishekher',
    })
    const twin = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'İnsan alveri' },
    })
    const twin2 = await payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'İnsan  alveri!' },
    })
    expect([twin.slug, twin2.slug]).toEqual(['insan-alveri', 'insan-alveri-2'])
    const edited = await payload.update({
      collection: 'articles',
      id: twin.id,
      locale: 'az',
      data: { excerpt: 'x' },
    })
    expect(edited.slug).toBe('insan-alveri')
  })

  it('should keep settings, screens and partners with their languages', async () => {
    const settings = await payload.updateGlobal({
      slug: 'settings',
      locale: 'az',
      data: {
        hotlines: [{ number: '+994 12 000 00 00', label: 'Qaynar xətt', isSample: true }],
        screenPollSeconds: 20,
      },
    })
    await payload.updateGlobal({
      slug: 'settings',
      locale: 'ru',
      data: { hotlines: settings.hotlines.map((row) => ({ ...row, label: 'Горячая линия' })) },
    })
    const all = await payload.findGlobal({ slug: 'settings', locale: 'all' })
    expect(all.hotlines[0].label).toEqual({ az: 'Qaynar xətt', ru: 'Горячая линия' })
    expect(all.hotlines[0].number).toBe('+994 12 000 00 00')

    const screen = await payload.create({
      collection: 'screens',
      data: {
        name: 'Gənclik — çıxış',
        location: locationId as number,
        resolution: '1080x1920',
        languages: ['az', 'ru'],
      },
    })
    expect(screen).toMatchObject({
      orientation: 'portrait',
      languages: ['az', 'ru'],
      isActive: true,
    })
    const partner = await payload.create({
      collection: 'partners',
      data: {
        name: 'Xəbər Portalı',
        contentTypes: ['stories'],
        languages: ['en'],
        webhookUrl: 'https://p.example.org/hook',
      },
    })
    expect(partner.webhookSecret).toMatch(/^[\w-]{40,}$/)
  })
})
