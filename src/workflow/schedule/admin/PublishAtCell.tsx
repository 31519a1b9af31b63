'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { adminLanguageOf, type Words } from '@/i18n/adminLanguage'

import type { Stage } from '../../transitions'
import { bakuDateTime } from '../calendar'
import { scheduleMark } from '../due'

const marks: Record<'scheduled' | 'awaiting-approval', Words> = {
  scheduled: {
    az: 'Planlaşdırılıb: bu vaxt özü dərc olunacaq',
    en: 'Scheduled: it goes out by itself at this time',
    ru: 'Запланировано: опубликуется само в это время',
  },
  'awaiting-approval': {
    az: 'Planlaşdırılıb, amma hələ təsdiqlənməyib',
    en: 'Scheduled, but not approved yet',
    ru: 'Запланировано, но ещё не утверждено',
  },
}

/**
 * The publish time in the content lists, as Baku clocks read it whatever the browser's zone,
 * with a clock mark while it is still to come (filled once approved, hollow before).
 */
export const PublishAtCell: React.FC<{
  cellData?: unknown
  rowData?: { workflow?: { stage?: Stage | null } | null }
}> = ({ cellData, rowData }) => {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string' || !cellData) return null
  const mark = scheduleMark({
    stage: rowData?.workflow?.stage,
    publishAt: cellData,
    now: new Date(),
  })
  return (
    <span className="publish-at" data-mark={mark ?? undefined}>
      {bakuDateTime(cellData)}
      {mark ? (
        <span title={marks[mark][adminLanguageOf(i18n.language)]} style={{ marginLeft: 6 }}>
          {mark === 'scheduled' ? '⏰' : '⏲'}
        </span>
      ) : null}
    </span>
  )
}
