'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { adminLanguageOf, type Words } from '@/i18n/adminLanguage'
import { defaultLocale } from '@/i18n/locales'

const heading: Words = {
  az: 'Azərbaycanca mətn',
  en: 'Azerbaijani source',
  ru: 'Исходный текст на азербайджанском',
}

type Source = Record<string, unknown>

const pane: React.CSSProperties = {
  marginTop: 6,
  padding: '6px 10px',
  borderLeft: '3px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-50)',
}

/**
 * One read of the Azerbaijani draft serves every field of the document on the page; it is kept a
 * few seconds only, so a document opened again shows what the editors have changed since.
 */
const sources = new Map<string, { at: number; read: Promise<Source | null> }>()
const keptFor = 10_000

const readSource = (url: string): Promise<Source | null> => {
  const kept = sources.get(url)
  if (kept && Date.now() - kept.at < keptFor) return kept.read
  const read = fetch(url, { credentials: 'include' })
    .then((response) => (response.ok ? (response.json() as Promise<Source>) : null))
    .catch(() => null)
  sources.set(url, { at: Date.now(), read })
  return read
}

/** A value at a form path ("title", "sections.0.text"). */
const valueAt = (doc: Source | null, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Source | null)?.[key], doc)

/** Rich text (Lexical JSON) as plain paragraphs: the source is for reading, not for copying markup. */
const plainText = (value: unknown): string => {
  if (typeof value === 'string') return value
  const node = value as { root?: unknown; text?: unknown; children?: unknown[]; type?: string }
  if (!node || typeof node !== 'object') return ''
  if (node.root) return plainText(node.root)
  if (typeof node.text === 'string') return node.text
  const separator = node.type === 'root' || node.type === 'list' ? '\n' : ''
  return (node.children ?? []).map(plainText).join(separator)
}

/**
 * Below each localized text while translating (any language but Azerbaijani): the Azerbaijani
 * draft of the same field, read-only, so a translator works beside the source.
 */
export const TranslationSource: React.FC<{ path: string }> = ({ path }) => {
  const { id, collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [text, setText] = useState<string | null>(null)
  const isTranslating = Boolean(id && collectionSlug && locale && locale !== defaultLocale)

  useEffect(() => {
    if (!isTranslating) return
    let isCurrent = true
    void readSource(
      `${api}/${collectionSlug}/${id}?locale=${defaultLocale}&fallback-locale=null&draft=true&depth=0`,
    ).then((doc) => isCurrent && setText(plainText(valueAt(doc, path)).trim() || null))
    return () => {
      isCurrent = false
    }
  }, [api, collectionSlug, id, isTranslating, path])

  if (!isTranslating || !text) return null
  return (
    <div className="translation-source" data-source-for={path} lang={defaultLocale} style={pane}>
      <div style={{ fontSize: '0.85em', opacity: 0.7 }}>
        {heading[adminLanguageOf(i18n.language)]}
      </div>
      <div style={{ whiteSpace: 'pre-wrap' }}>{text}</div>
    </div>
  )
}
