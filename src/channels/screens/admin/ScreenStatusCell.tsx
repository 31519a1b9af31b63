'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { adminLanguageOf } from '@/i18n/adminLanguage'

import { screenLabels } from '../labels'
import type { ScreenStatusRow } from '../screenStatuses'

type Statuses = Map<string, ScreenStatusRow>

/** One request per list page, shared by its rows; forgotten after a few seconds. */
let shared: { at: number; statuses: Promise<Statuses | null> } | null = null
const freshForMs = 5_000

const loadStatuses = () => {
  if (!shared || Date.now() - shared.at > freshForMs)
    shared = {
      at: Date.now(),
      statuses: fetch('/api/screens/status', { credentials: 'include' })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: { screens: ScreenStatusRow[] } | null) =>
          body ? new Map(body.screens.map((row) => [String(row.id), row])) : null,
        )
        .catch(() => null),
    }
  return shared.statuses
}

const colours = { online: '#2e7d32', stale: '#b26a00', silent: '#b00020' }

/**
 * A screen's status in the screens list: online, stale or silent, and whether it runs the
 * current playlist. Editors see the list too but not the status (the endpoint refuses them).
 */
export const ScreenStatusCell: React.FC<{ rowData?: { id?: string | number } }> = ({ rowData }) => {
  const { i18n } = useTranslation()
  const [row, setRow] = useState<ScreenStatusRow | null>(null)
  const lang = adminLanguageOf(i18n.language)

  useEffect(() => {
    if (rowData?.id === undefined) return
    let isCurrent = true
    void loadStatuses().then(
      (statuses) => isCurrent && setRow(statuses?.get(String(rowData.id)) ?? null),
    )
    return () => {
      isCurrent = false
    }
  }, [rowData?.id])

  if (!row) return null
  return (
    <span className="screen-status" data-status={row.status} data-version={row.version}>
      <strong style={{ color: colours[row.status] }}>{screenLabels[row.status][lang]}</strong>
      {row.status !== 'silent' && ` · ${screenLabels[row.version][lang]}`}
    </span>
  )
}
