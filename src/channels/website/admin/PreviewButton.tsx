'use client'

import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import React, { useState } from 'react'

import { adminLanguageOf, type Words } from '@/i18n/adminLanguage'

const words: Record<'preview' | 'hint' | 'failed', Words> = {
  preview: { az: 'Önizləmə', en: 'Preview', ru: 'Предпросмотр' },
  hint: {
    az: 'Son saxlanmış qaralamanı bu dildə göstərən müvəqqəti keçid açır',
    en: 'Opens a temporary link to the last saved draft in this language',
    ru: 'Открывает временную ссылку на последний сохранённый черновик на этом языке',
  },
  failed: {
    az: 'Önizləmə keçidi yaradılmadı',
    en: 'The preview link could not be made',
    ru: 'Не удалось создать ссылку для предпросмотра',
  },
}

/**
 * Makes a preview link for this item in the edit view's language (previewLinks.ts: signed, for
 * staff, short-lived) when clicked, so the link is fresh, and opens it.
 */
export const PreviewButton: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [isMaking, setIsMaking] = useState(false)
  const language = adminLanguageOf(i18n.language)
  if (!id || !collectionSlug) return null

  const open = async () => {
    setIsMaking(true)
    const response = await fetch(`${api}/${collectionSlug}/${id}/preview-link`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale }),
    }).catch(() => null)
    const link = response?.ok ? ((await response.json()) as { url: string }) : null
    setIsMaking(false)
    if (!link) return toast.error(words.failed[language])
    window.open(link.url, '_blank', 'noopener,noreferrer')
  }

  return (
    <Button
      buttonStyle="secondary"
      size="medium"
      margin={false}
      id="action-preview-link"
      tooltip={words.hint[language]}
      disabled={isMaking}
      onClick={() => void open()}
    >
      {words.preview[language]}
    </Button>
  )
}
