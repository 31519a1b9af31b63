// payload must be evaluated before the Lexical editor: the other order deadlocks on a top-level
// await when the config is the first module loaded (the payload CLI, tsx scripts).
import { buildConfig, defaultLoggerOptions } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import path from 'path'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { Articles } from '@/collections/Articles'
import { Brochures } from '@/collections/Brochures'
import { AuditLog } from '@/collections/AuditLog'
import { LedgerPositions } from '@/collections/LedgerPositions'
import { Locations } from '@/collections/Locations'
import { Media } from '@/collections/Media'
import { Partners } from '@/collections/Partners'
import { Plays } from '@/collections/Plays'
import { Posters } from '@/collections/Posters'
import { PrintFiles } from '@/collections/PrintFiles'
import { PublicationLedger } from '@/collections/PublicationLedger'
import { ScreenStatus } from '@/collections/ScreenStatus'
import { Screens } from '@/collections/Screens'
import { Stories } from '@/collections/Stories'
import { Users } from '@/collections/Users'
import { VideoFiles } from '@/collections/VideoFiles'
import { WebhookDeliveries } from '@/collections/WebhookDeliveries'
import { WorkflowLocks } from '@/collections/WorkflowLocks'
import { Videos } from '@/collections/Videos'
import { databaseAdapter } from '@/db/adapter'
import { fillMongoTextKeys } from '@/db/fillMongoTextKeys'
import { sqliteBusyTimeoutMs } from '@/db/busyTimeout'
import { prepareSqliteConnection } from '@/db/sqliteConnection'
import { databaseUnavailableIs503 } from '@/db/unavailableIs503'
import { emailAdapter } from '@/email/adapter'
import { isProduction, isSchedulerOn, payloadSecret, publicUrl } from '@/env'
import { LedgerHead } from '@/globals/LedgerHead'
import { Settings } from '@/globals/Settings'
import { foreignKeyErrorsAre4xx } from '@/hooks/foreignKeyErrors'
import { withGlobalInputGuards, withInputGuards } from '@/hooks/inputGuards'
import { withLanguageAwareText, withNormalisedGlobals } from '@/hooks/languageAwareText'
import { withStrictIdRoutes } from '@/hooks/strictIdRoutes'
import { adminDateFormat } from '@/i18n/adminDates'
import { adminTranslations } from '@/i18n/adminTranslations'
import { withDayFirstDates } from '@/i18n/datePickers'
import { defaultLocale, localeLabels, locales } from '@/i18n/locales'
import { collapseRepeats } from '@/log/collapseRepeats'
import { maxUploadBytes } from '@/media/renditions'
import { uploadTempDir } from '@/media/storage'
import { webhooksFollower, withWebhookJobs } from '@/channels/partners/webhooks/jobs'
import { withPrintJobs } from '@/channels/print/jobs'
import { printFollower } from '@/channels/print/queue'
import { withPrintSettings } from '@/channels/print/settingsFields'
import { sharedPrintFileEndpoint } from '@/channels/print/printFileEndpoints'
import { reviewQueueEndpoint } from '@/workflow/reviewQueue'
import { myWorkEndpoint } from '@/workflow/myWork'
import { calendarPath } from '@/workflow/schedule/calendar'
import { overdueEndpoint } from '@/workflow/schedule/overdueEndpoint'
import { scheduleJobs } from '@/workflow/schedule/jobs'
import { lockJobStats } from '@/workflow/schedule/lockJobStats'
import { graphqlLimitRules } from '@/channels/website/graphqlLimits'
import { previewReadEndpoint, withPreviewLinks } from '@/channels/website/previewLinks'
import { malformedMultipartIs400 } from '@/http/malformedMultipart'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: publicUrl(),
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  // Production logs one JSON object per line for the log collector; development stays readable.
  // A fault that repeats (a locked database) is logged a few times a minute, then counted.
  logger: isProduction()
    ? {
        options: {
          name: 'xeberdar',
          level: process.env.LOG_LEVEL || 'info',
          hooks: { logMethod: collapseRepeats() },
        },
      }
    : { options: { hooks: { logMethod: collapseRepeats() } }, destination: defaultLoggerOptions },
  onInit: async (payload) => {
    await prepareSqliteConnection(payload, { busyTimeoutMs: sqliteBusyTimeoutMs() })
    await fillMongoTextKeys(payload)
  },
  admin: {
    user: Users.slug,
    avatar: 'default', // gravatar is out of reach offline and leaks staff emails to a third party
    meta: { titleSuffix: ' — Xəbərdar' },
    // One date format in every admin language, 24-hour as Azerbaijan writes it (src/i18n/adminDates.ts).
    dateFormat: adminDateFormat,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: {
      beforeDashboard: [
        '/workflow/admin/MyWork#MyWork',
        '/workflow/admin/OverdueSchedule#OverdueSchedule',
      ],
      afterNavLinks: ['/workflow/schedule/admin/CalendarNavLink#CalendarNavLink'],
      views: {
        calendar: {
          Component: '/workflow/schedule/admin/ScheduleCalendar#ScheduleCalendar',
          path: calendarPath,
        },
      },
    },
  },
  i18n: {
    supportedLanguages: { az, en, ru },
    fallbackLanguage: 'az',
    translations: adminTranslations,
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    fallback: true,
  },
  // Text in NFC; searchable fields searched and sorted by their language's rules (README); date
  // pickers day first and 24-hour.
  collections: withDayFirstDates(
    withInputGuards(
      withLanguageAwareText(
        withPreviewLinks([
          Stories,
          Videos,
          Articles,
          Posters,
          Brochures,
          PrintFiles,
          Media,
          VideoFiles,
          Locations,
          Screens,
          ScreenStatus,
          Plays,
          Partners,
          Users,
          AuditLog,
          PublicationLedger,
          LedgerPositions,
          WebhookDeliveries,
          WorkflowLocks,
        ]),
      ),
    ),
  ),
  globals: withDayFirstDates(
    withGlobalInputGuards(withNormalisedGlobals([withPrintSettings(Settings), LedgerHead])),
  ),
  jobs: withPrintJobs(withWebhookJobs(scheduleJobs({ isAutoRun: isSchedulerOn() })), {
    isAutoRun: isSchedulerOn(),
  }),
  // The channels' consumers the publication ledger wakes when it gains an entry for them.
  custom: { ledgerFollowers: [webhooksFollower, printFollower] },
  endpoints: [
    reviewQueueEndpoint,
    myWorkEndpoint,
    overdueEndpoint,
    previewReadEndpoint,
    sharedPrintFileEndpoint,
  ],
  hooks: {
    afterError: [malformedMultipartIs400, databaseUnavailableIs503, foreignKeyErrorsAre4xx],
  },
  // Uploads stream to a file beside the media, not into memory: a video may be 1 GB (an image is
  // read in once checked, holdImageInMemory). What a process killed mid-upload left there is
  // removed at the next start (src/media/strayUploads.ts).
  upload: {
    useTempFiles: true,
    tempFileDir: uploadTempDir(),
    limits: { fileSize: maxUploadBytes },
    requestSizeLimit: maxUploadBytes,
  },
  // Regenerated by `npm run generate:types` only: a run on MongoDB would otherwise rewrite ids as strings.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
    // The REST query guard's limits, for GraphQL (src/channels/website/graphqlLimits.ts).
    validationRules: graphqlLimitRules,
  },
})
  .then(lockJobStats)
  .then(withStrictIdRoutes)
