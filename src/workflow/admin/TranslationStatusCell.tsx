'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { adminLanguageOf } from '@/i18n/adminLanguage'
import type { Locale } from '@/i18n/locales'

import { translationLabels } from '../labels'
import type { TranslationStatus } from '../translations'

const symbols: Record<TranslationStatus, string> = {
  missing: '–',
  'in-progress': '…',
  ready: '○',
  approved: '✓',
}

/**
 * Each language's status in the list view. The status depends on every language's text, which a
 * list row does not carry, so the cell asks the workflow endpoint, as the edit view does.
 */
export const TranslationStatusCell: React.FC<{
  rowData?: { id?: string | number }
  collectionSlug?: string
  cellData?: unknown
}> = ({ rowData, collectionSlug }) => {
  const { i18n } = useTranslation()
  const [statuses, setStatuses] = useState<Record<Locale, TranslationStatus> | null>(null)
  const language = adminLanguageOf(i18n.language)

  useEffect(() => {
    if (!rowData?.id || !collectionSlug) return
    let isCurrent = true
    void fetch(`/api/${collectionSlug}/${rowData.id}/workflow`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => isCurrent && body && setStatuses(body.translations))
    return () => {
      isCurrent = false
    }
  }, [rowData?.id, collectionSlug])

  if (!statuses) return null
  return (
    <span className="translation-status">
      {(Object.entries(statuses) as [Locale, TranslationStatus][]).map(([locale, status]) => (
        <span
          key={locale}
          data-locale={locale}
          data-status={status}
          title={translationLabels[status][language]}
          style={{ marginRight: 8 }}
        >
          {locale} {symbols[status]}
        </span>
      ))}
    </span>
  )
}
