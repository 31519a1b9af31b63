'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's status line without its "Revert to published" link: reverting is a save of the live
 * document, which only the workflow makes (requireDraftSaves refuses it), so the link always failed.
 */
export const StatusWithoutRevert: React.FC = () => {
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { t } = useTranslation()
  const status = !hasPublishedDoc ? 'draft' : unpublishedVersionCount > 0 ? 'changed' : 'published'
  const shown = t(`version:${status}` as Parameters<typeof t>[0])
  return (
    <div className="status" title={`${t('version:status')}: ${shown}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{shown}</span>
      </div>
    </div>
  )
}
