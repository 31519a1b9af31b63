import type { TranslationStatus } from './translations'
import type { Action, Stage } from './transitions'

/** What the admin calls each stage and action, in its languages (field options and buttons). */
export const workflowLabels: Record<Stage | Action, { az: string; en: string }> = {
  draft: { az: 'Qaralama', en: 'Draft' },
  'in-review': { az: 'Rəydə', en: 'In review' },
  'changes-requested': { az: 'Düzəliş istənib', en: 'Changes requested' },
  approved: { az: 'Təsdiqlənib', en: 'Approved' },
  published: { az: 'Dərc edilib', en: 'Published' },
  unpublished: { az: 'Dərcdən çıxarılıb', en: 'Unpublished' },
  archived: { az: 'Arxivdə', en: 'Archived' },
  submit: { az: 'Rəyə göndər', en: 'Submit for review' },
  'request-changes': { az: 'Düzəliş istə', en: 'Request changes' },
  approve: { az: 'Təsdiqlə', en: 'Approve' },
  publish: { az: 'Dərc et', en: 'Publish' },
  unpublish: { az: 'Dərcdən çıxar', en: 'Unpublish' },
  archive: { az: 'Arxivə göndər', en: 'Archive' },
  restore: { az: 'Bərpa et', en: 'Restore' },
  'withdraw-consent': {
    az: 'Razılığın geri götürülməsini qeyd et',
    en: 'Record consent withdrawal',
  },
}

/** Each language's status (src/workflow/translations.ts). */
export const translationLabels: Record<TranslationStatus, { az: string; en: string }> = {
  missing: { az: 'yazılmayıb', en: 'missing' },
  'in-progress': { az: 'yazılır', en: 'in progress' },
  ready: { az: 'hazırdır', en: 'ready' },
  approved: { az: 'təsdiqlənib', en: 'approved' },
}
