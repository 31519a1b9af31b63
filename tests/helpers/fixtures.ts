import type { Story } from '@/payload-types'
import { safetyChecklist } from '@/workflow/safetyChecklist'

/** A consent record that allows everything until 2030: tests narrow it where they need to. */
export const fullConsent: Story['consent'] = {
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
