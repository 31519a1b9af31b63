import type { PageType } from '@/links/pageAddress'
import type { Story } from '@/payload-types'

import type { ApiClient } from './api'
import { safetyChecklist } from '@/workflow/safetyChecklist'

/** A consent record that allows everything until 2030: tests narrow it where they need to. */
export const fullConsent: NonNullable<Story['consent']> = {
  givenAt: '2026-01-10T00:00:00.000Z',
  expiresAt: '2030-01-10T00:00:00.000Z',
  channels: ['website', 'partners', 'screens', 'print'],
  languages: ['az', 'en', 'ru'],
  mediaTypes: ['text', 'image', 'video'],
  formReference: 'TEST-0001',
}

/** Every item of a story's safety checklist, confirmed. */
export const confirmedChecklist = Object.fromEntries(
  safetyChecklist.map((item) => [item.key, true]),
)

/** The campaign's hotline, number 152, labelled in the languages given. */
export const setHotline = async (
  api: ApiClient,
  adminToken: string,
  labels: Record<string, string>,
) => {
  let rows: { id?: string; number: string; label: string }[] = [{ number: '152', label: '' }]
  for (const [locale, label] of Object.entries(labels)) {
    const saved = await api.post(`/api/globals/settings?locale=${locale}`, {
      token: adminToken,
      json: { hotlines: rows.map((row) => ({ ...row, label })) },
    })
    if (saved.status !== 200) throw new Error(`hotline: ${JSON.stringify(saved.body)}`)
    rows = saved.body.result.hotlines
  }
}

/** Settings → Website addresses: page address templates (by type, or `home`) per language. */
export const setWebsiteAddresses = async (
  api: ApiClient,
  adminToken: string,
  templates: Record<string, Partial<Record<PageType | 'home', string>>>,
) => {
  for (const [locale, website] of Object.entries(templates)) {
    const saved = await api.post(`/api/globals/settings?locale=${locale}`, {
      token: adminToken,
      json: { website },
    })
    if (saved.status !== 200) throw new Error(`website addresses: ${JSON.stringify(saved.body)}`)
  }
}
