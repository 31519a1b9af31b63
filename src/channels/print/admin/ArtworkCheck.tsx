'use client'

import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { adminLanguageOf, type AdminLanguage, type Words } from '@/i18n/adminLanguage'

type Entry = {
  key: string
  imageId: string | number | null
  madeForFormat: boolean
  mode: 'fitted' | 'cropped' | null
  isLow: boolean
}
type PrintEntry = Entry & { label: string; ppi: number | null; minimumPpi: number }
type ScreenEntry = Entry & {
  width: number
  height: number
  scale: number | null
  maximumScale: number
}
type Check = { print: PrintEntry[]; screens: ScreenEntry[] }

type Lang = AdminLanguage
const words = {
  heading: {
    az: 'Formatlarda görünüş və ölçü',
    en: 'How it prints and shows: resolution',
    ru: 'Как это печатается и показывается: разрешение',
  },
  legend: {
    az: 'Qara xətt: kəsim. Yaşıl: təhlükəsiz sahə. Qırmızı: kəsim payının kənarı.',
    en: 'Black line: the trim. Green: the safe area. Red: the edge of the bleed.',
    ru: 'Чёрная линия: обрез. Зелёная: безопасная зона. Красная: край вылета.',
  },
  none: {
    az: 'Bu dildə şəkil yoxdur.',
    en: 'No artwork in this language yet.',
    ru: 'На этом языке изображения пока нет.',
  },
  unsaved: {
    az: 'Yadda saxlayın: yoxlama saxlanmış qaralama üzrədir.',
    en: 'Save first: the check reads the saved draft.',
    ru: 'Сначала сохраните: проверка читает сохранённый черновик.',
  },
  whole: { az: 'tam', en: 'whole', ru: 'целиком' },
  cropped: { az: 'kəsilmiş', en: 'cropped', ru: 'обрезано' },
  own: { az: 'bu format üçün şəkil', en: 'own artwork', ru: 'своё изображение' },
  ok: {
    az: 'Bütün formatlarda ölçü kifayətdir.',
    en: 'Every format has enough resolution.',
    ru: 'Во всех форматах разрешения достаточно.',
  },
  screenLandscape: { az: 'Üfüqi ekran', en: 'Landscape screen', ru: 'Горизонтальный экран' },
  screenPortrait: { az: 'Şaquli ekran', en: 'Portrait screen', ru: 'Вертикальный экран' },
  screen4k: { az: '4K ekran', en: '4K screen', ru: 'Экран 4K' },
} satisfies Record<string, Words>

const lowPrint = (lang: Lang, { label, ppi, minimumPpi }: PrintEntry) =>
  ({
    az: `${label} üçün aşağı ölçü: ${ppi} ppi (ən azı ${minimumPpi}). Fayl yenə də hazırlanır; daha böyük şəkil və ya bu format üçün ayrıca şəkil yükləyin.`,
    en: `Low resolution for ${label}: ${ppi} ppi (at least ${minimumPpi}). The file is still made; upload a larger image or artwork for this format.`,
    ru: `Низкое разрешение для ${label}: ${ppi} ppi (нужно не меньше ${minimumPpi}). Файл всё равно создаётся; загрузите изображение крупнее или отдельное изображение для этого формата.`,
  })[lang]

const lowScreen = (lang: Lang, name: string, { scale, maximumScale }: ScreenEntry) =>
  ({
    az: `${name} şəkli ${scale}× böyüdür (ən çox ${maximumScale}×): şəkil bulanıq görünəcək. Daha böyük şəkil və ya bu ekran üçün ayrıca şəkil yükləyin.`,
    en: `${name} enlarges the artwork ${scale}× (at most ${maximumScale}×): it will look soft. Upload a larger image or artwork for this screen.`,
    ru: `${name} увеличивает изображение в ${scale}× (не больше ${maximumScale}×): оно будет нечётким. Загрузите изображение крупнее или отдельное изображение для этого экрана.`,
  })[lang]

const belowSummary = (lang: Lang, names: string[]) =>
  ({
    az: `${names.length} format ölçüdən aşağıdır: ${names.join(', ')}`,
    en: `${names.length} ${names.length === 1 ? 'format' : 'formats'} below resolution: ${names.join(', ')}`,
    ru: `Форматов ниже нужного разрешения: ${names.length} — ${names.join(', ')}`,
  })[lang]

const screenName = (lang: Lang, key: string) =>
  key in words ? words[key as 'screen4k'][lang] : key

/** The saved draft's check in the language being edited, read again after every save. */
const useArtworkCheck = () => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { code: locale } = useLocale()
  const [check, setCheck] = useState<Check | null>(null)
  const version = String(savedDocumentData?.updatedAt ?? '')
  const load = useCallback(async () => {
    if (!id || collectionSlug !== 'posters') return
    const response = await fetch(
      `/api/posters/${id}/artwork-check?${new URLSearchParams({ locale })}`,
      { credentials: 'include' },
    )
    setCheck(response.ok ? await response.json() : null)
    // The saved version changes on each save: read the check again.
  }, [id, collectionSlug, locale, version])
  useEffect(() => {
    void load()
  }, [load])
  return { id, locale, version, check }
}

/**
 * Under the artwork: each print format and screen as the renderer will place the artwork, with
 * its trim, bleed and safe area, its effective ppi (or a screen's enlargement), and a warning
 * where that is too low. The file is made anyway: the warning is for the editor and the reviewer.
 */
export const ArtworkCheck = () => {
  const { i18n } = useTranslation()
  const lang = adminLanguageOf(i18n.language)
  const { id, locale, version, check } = useArtworkCheck()
  if (!id) return <p style={{ margin: '16px 0' }}>{words.unsaved[lang]}</p>
  if (!check) return null
  const hasImage = [...check.print, ...check.screens].some((entry) => entry.imageId !== null)
  const preview = (format: string) =>
    `/api/posters/${id}/artwork-preview?${new URLSearchParams({ locale, format, v: version })}`
  const how = (entry: Entry) =>
    [entry.mode === 'cropped' ? words.cropped[lang] : words.whole[lang]]
      .concat(entry.madeForFormat ? [words.own[lang]] : [])
      .join(', ')
  const card = (key: string, name: string, figure: string, entry: Entry, warning: string) => (
    <figure
      key={key}
      data-artwork-check={key}
      style={{ margin: 0, width: 168, fontSize: 12, lineHeight: 1.35 }}
    >
      {entry.imageId !== null ? (
        <img
          src={preview(key)}
          alt=""
          style={{ maxWidth: 160, maxHeight: 160, display: 'block', border: '1px solid #ccc' }}
        />
      ) : null}
      <figcaption>
        <strong>{name}</strong>
        {entry.imageId !== null ? ` · ${figure} · ${how(entry)}` : ''}
        {entry.isLow ? (
          <span role="alert" style={{ display: 'block', color: '#8a1c1c', fontWeight: 600 }}>
            ⚠ {warning}
          </span>
        ) : null}
      </figcaption>
    </figure>
  )
  return (
    <section className="artwork-check" style={{ margin: '24px 0' }}>
      <h3 style={{ marginBottom: 4 }}>{words.heading[lang]}</h3>
      {!hasImage ? (
        <p>{words.none[lang]}</p>
      ) : (
        <>
          <p style={{ margin: '0 0 8px', fontSize: 12 }}>{words.legend[lang]}</p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
            {check.print.map((entry) =>
              card(entry.key, entry.label, `${entry.ppi} ppi`, entry, lowPrint(lang, entry)),
            )}
            {check.screens.map((entry) => {
              const name = screenName(lang, entry.key)
              return card(entry.key, name, `${entry.scale}×`, entry, lowScreen(lang, name, entry))
            })}
          </div>
        </>
      )}
    </section>
  )
}

/** In the sidebar: the formats below resolution in this language, where a reviewer approves. */
export const ArtworkWarnings = () => {
  const { i18n } = useTranslation()
  const lang = adminLanguageOf(i18n.language)
  const { id, check } = useArtworkCheck()
  if (!id || !check) return null
  const names = [
    ...check.print.filter((entry) => entry.isLow).map((entry) => entry.label),
    ...check.screens.filter((entry) => entry.isLow).map((entry) => screenName(lang, entry.key)),
  ]
  const hasImage = check.print.some((entry) => entry.imageId !== null)
  if (!hasImage) return null
  return (
    <p
      data-artwork-warnings={names.length}
      role={names.length ? 'alert' : undefined}
      style={{
        margin: '8px 0 16px',
        fontSize: 13,
        color: names.length ? '#8a1c1c' : undefined,
        fontWeight: names.length ? 600 : undefined,
      }}
    >
      {names.length ? `⚠ ${belowSummary(lang, names)}` : words.ok[lang]}
    </p>
  )
}
