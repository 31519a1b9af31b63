import { WorkflowActions as WorkflowActions_b48c5876100f23bc08b7817b973ae30d } from '../../../workflow/admin/WorkflowActions'
import { TranslationSource as TranslationSource_adab4856752e5d912412494c5f203f32 } from '../../../workflow/admin/TranslationSource'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PublishAtCell as PublishAtCell_8e30f496bccbeeced02330534b3e8ee0 } from '../../../workflow/schedule/admin/PublishAtCell'
import { TranslationStatusCell as TranslationStatusCell_01867ff939204576045eaac71de06f10 } from '../../../workflow/admin/TranslationStatusCell'
import { PreviewButton as PreviewButton_4a69049da0db1514d74bbdaa55e6d072 } from '../../../channels/website/admin/PreviewButton'
import { NoPublishButton as NoPublishButton_b48c5876100f23bc08b7817b973ae30d } from '../../../workflow/admin/WorkflowActions'
import { StatusWithoutRevert as StatusWithoutRevert_c85ebc5b4f27e57a6ad33229b5b463fc } from '../../../workflow/admin/StatusWithoutRevert'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ArtworkCheck as ArtworkCheck_7450562c21e043d507c82a064f9f161f } from '../../../channels/print/admin/ArtworkCheck'
import { ArtworkWarnings as ArtworkWarnings_7450562c21e043d507c82a064f9f161f } from '../../../channels/print/admin/ArtworkCheck'
import { PrintFiles as PrintFiles_1fc04b7adf68fc583a2cd1117bb5ae2d } from '../../../channels/print/admin/PrintFiles'
import { ScreenStatusCell as ScreenStatusCell_a7514b2134be46a0133f77c7698456be } from '../../../channels/screens/admin/ScreenStatusCell'
import { PlaysSummary as PlaysSummary_c15335dcc56aa64239e638562045fe2f } from '../../../channels/screens/admin/PlaysSummary'
import { WordsCell as WordsCell_9513f7e9796dfa634211e86743cc98d6 } from '../../../i18n/admin/InWords'
import { WordsField as WordsField_9513f7e9796dfa634211e86743cc98d6 } from '../../../i18n/admin/InWords'
import { CalendarNavLink as CalendarNavLink_5017c1a3314407046029d52148ffc291 } from '../../../workflow/schedule/admin/CalendarNavLink'
import { MyWork as MyWork_55743a30542f59678c6697269f5d8fef } from '../../../workflow/admin/MyWork'
import { OverdueSchedule as OverdueSchedule_f7e8e1046847ed9a17509f1e5921fedc } from '../../../workflow/admin/OverdueSchedule'
import { ScheduleCalendar as ScheduleCalendar_7e682de9a961ef4b33ce11e619348bc5 } from '../../../workflow/schedule/admin/ScheduleCalendar'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/workflow/admin/WorkflowActions#WorkflowActions": WorkflowActions_b48c5876100f23bc08b7817b973ae30d,
  "/workflow/admin/TranslationSource#TranslationSource": TranslationSource_adab4856752e5d912412494c5f203f32,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/workflow/schedule/admin/PublishAtCell#PublishAtCell": PublishAtCell_8e30f496bccbeeced02330534b3e8ee0,
  "/workflow/admin/TranslationStatusCell#TranslationStatusCell": TranslationStatusCell_01867ff939204576045eaac71de06f10,
  "/channels/website/admin/PreviewButton#PreviewButton": PreviewButton_4a69049da0db1514d74bbdaa55e6d072,
  "/workflow/admin/WorkflowActions#NoPublishButton": NoPublishButton_b48c5876100f23bc08b7817b973ae30d,
  "/workflow/admin/StatusWithoutRevert#StatusWithoutRevert": StatusWithoutRevert_c85ebc5b4f27e57a6ad33229b5b463fc,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/channels/print/admin/ArtworkCheck#ArtworkCheck": ArtworkCheck_7450562c21e043d507c82a064f9f161f,
  "/channels/print/admin/ArtworkCheck#ArtworkWarnings": ArtworkWarnings_7450562c21e043d507c82a064f9f161f,
  "/channels/print/admin/PrintFiles#PrintFiles": PrintFiles_1fc04b7adf68fc583a2cd1117bb5ae2d,
  "/channels/screens/admin/ScreenStatusCell#ScreenStatusCell": ScreenStatusCell_a7514b2134be46a0133f77c7698456be,
  "/channels/screens/admin/PlaysSummary#PlaysSummary": PlaysSummary_c15335dcc56aa64239e638562045fe2f,
  "/i18n/admin/InWords#WordsCell": WordsCell_9513f7e9796dfa634211e86743cc98d6,
  "/i18n/admin/InWords#WordsField": WordsField_9513f7e9796dfa634211e86743cc98d6,
  "/workflow/schedule/admin/CalendarNavLink#CalendarNavLink": CalendarNavLink_5017c1a3314407046029d52148ffc291,
  "/workflow/admin/MyWork#MyWork": MyWork_55743a30542f59678c6697269f5d8fef,
  "/workflow/admin/OverdueSchedule#OverdueSchedule": OverdueSchedule_f7e8e1046847ed9a17509f1e5921fedc,
  "/workflow/schedule/admin/ScheduleCalendar#ScheduleCalendar": ScheduleCalendar_7e682de9a961ef4b33ce11e619348bc5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
