// payload must be evaluated before the Lexical editor: the other order deadlocks on a top-level
// await when the config is the first module loaded (the payload CLI, tsx scripts).
import { buildConfig } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import path from 'path'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { Articles } from '@/collections/Articles'
import { Locations } from '@/collections/Locations'
import { Media } from '@/collections/Media'
import { Partners } from '@/collections/Partners'
import { Posters } from '@/collections/Posters'
import { Screens } from '@/collections/Screens'
import { Stories } from '@/collections/Stories'
import { Users } from '@/collections/Users'
import { VideoFiles } from '@/collections/VideoFiles'
import { Videos } from '@/collections/Videos'
import { databaseAdapter } from '@/db/adapter'
import { isProduction, payloadSecret, publicUrl } from '@/env'
import { Settings } from '@/globals/Settings'
import { withInputGuards } from '@/hooks/inputGuards'
import { defaultLocale, localeLabels, locales } from '@/i18n/locales'
import { maxUploadBytes } from '@/media/renditions'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: publicUrl(),
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  // Production logs one JSON object per line for the log collector; development stays readable.
  logger: isProduction() ? { options: { name: 'xeberdar', level: process.env.LOG_LEVEL || 'info' } } : undefined,
  admin: {
    user: Users.slug,
    avatar: 'default', // gravatar is out of reach offline and leaks staff emails to a third party
    meta: { titleSuffix: ' — Xəbərdar' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
  },
  i18n: { supportedLanguages: { az, en, ru }, fallbackLanguage: 'az' },
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    fallback: true,
  },
  collections: withInputGuards([
    Stories,
    Videos,
    Articles,
    Posters,
    Media,
    VideoFiles,
    Locations,
    Screens,
    Partners,
    Users,
  ]),
  globals: [Settings],
  upload: { limits: { fileSize: maxUploadBytes } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql') },
})
