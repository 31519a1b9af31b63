import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { consentRecordField } from '@/fields/consentRecord'
import { searchable } from '@/fields/searchableText'
import { publishScheduleFields } from '@/fields/publishSchedule'
import { forTranslators } from '@/fields/translation'
import {
  translationStatusField,
  workflowActionsField,
  workflowStateField,
} from '@/fields/workflowState'
import { noFallbackOutsideStaff } from '@/hooks/noFallbackOutsideStaff'
import { label } from '@/i18n/label'
import { recordLiveDeletion } from '@/ledger/hooks'
import { workflowEndpoints } from '@/workflow/endpoints'
import { limitTranslators } from '@/workflow/hooks/limitTranslators'
import { protectWorkflow } from '@/workflow/hooks/protectWorkflow'
import { requireDraftSaves } from '@/workflow/hooks/requireDraftSaves'

type CampaignContentOptions = Pick<CollectionConfig, 'slug' | 'labels'> & {
  /** Columns shown in the list between the title and the status. */
  columns: string[]
  fields: Field[]
  /** A victim's story: a consent record, checked by the workflow and on every public read. */
  hasConsent?: boolean
  hooks?: CollectionConfig['hooks']
}

/**
 * What stories, videos, articles, posters and brochures share: the Content group in the admin, drafts and
 * versions, who may do what, a localized title first, and the approval workflow (its state,
 * the hook that guards it, its endpoints, and the publish/unpublish times the scheduler acts on).
 */
export const campaignContent = ({
  slug,
  labels,
  columns,
  fields,
  hasConsent = false,
  hooks = {},
}: CampaignContentOptions): CollectionConfig => ({
  slug,
  labels,
  admin: {
    group: label('Məzmun', 'Content', 'Материалы'),
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      ...columns,
      'workflow.stage',
      'translationStatus',
      'publishAt',
      'updatedAt',
    ],
    // Publishing is a workflow action (see workflowStateField's buttons), not a save.
    components: {
      edit: {
        PublishButton: '/workflow/admin/WorkflowActions#NoPublishButton',
        UnpublishButton: '/workflow/admin/WorkflowActions#NoPublishButton',
        // "Revert to published" would be a save of the live document: only the workflow makes one.
        Status: '/workflow/admin/StatusWithoutRevert#StatusWithoutRevert',
      },
    },
  },
  // Bulk edit would come with bulk publish and unpublish, which always fail: publishing is a
  // workflow action, item by item.
  disableBulkEdit: true,
  access: contentAccess({ slug, hasConsent }),
  // Drafts are validated too: a wrong type is refused on every save. Nothing is required of a
  // draft's consent record: the workflow refuses an incomplete one on submit.
  versions: { drafts: { validate: true }, maxPerDoc: 100 },
  hooks: {
    ...hooks,
    // Publishing and takedowns write the ledger in the workflow; a live item deleted, here.
    afterDelete: [...(hooks.afterDelete ?? []), recordLiveDeletion],
    beforeOperation: [noFallbackOutsideStaff, requireDraftSaves],
    beforeChange: [limitTranslators, protectWorkflow],
  },
  // The website's preview links are added by the website channel (payload.config.ts).
  endpoints: workflowEndpoints(slug as CollectionSlug),
  fields: forTranslators([
    // First in the sidebar, above the slug and everything else.
    workflowActionsField(),
    searchable(
      {
        name: 'title',
        type: 'text',
        required: true,
        localized: true,
        label: label('Başlıq', 'Title', 'Заголовок'),
      },
      { sortable: true },
    ),
    ...fields,
    ...(hasConsent ? [consentRecordField()] : []),
    ...publishScheduleFields(),
    workflowStateField(),
    translationStatusField(),
  ]),
})
