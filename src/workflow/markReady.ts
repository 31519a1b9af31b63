import { defaultLocale, isLocale, locales } from '@/i18n/locales'

import { recordAudit } from './audit'
import { loadState, staffActor, type StaffActor, type Target } from './state'
import { missingRequired, textHash, translationStatus } from './translations'
import { refuse } from '@/http/refuse'

/** Translators, editors and admins mark translations ready. */
export const mayMarkReady = (actor: StaffActor) =>
  actor.roles.some((role) => role === 'translator' || role === 'editor' || role === 'admin')

/**
 * A translator's (or editor's) word that one language is complete and ready for review. It binds
 * that language's text: any later change to it makes it "in progress" again.
 */
export const markReady = async ({ locale, ...target }: Target & { locale: unknown }) => {
  const { req, collection, id } = target
  const actor = staffActor(req)
  if (!mayMarkReady(actor))
    throw refuse(403, 'Only a translator or an editor marks a language ready.')
  if (!isLocale(locale))
    throw refuse(400, `Say which language is ready: "locale" must be one of ${locales.join(', ')}.`)
  if (locale === defaultLocale)
    throw refuse(
      422,
      `${defaultLocale} is the editors' original: it is ready when the editor submits the item.`,
    )
  const { state, workflow, latest, shape, marks } = await loadState(target)
  if (state.stage === 'archived') throw refuse(409, 'Restore the item before marking it ready.')
  const missing = missingRequired(latest, shape, locale)
  if (missing.length)
    throw refuse(422, `Fill in ${missing.join(', ')} in ${locale} before marking it ready.`)
  const readyHash = textHash(latest, shape, locale)
  const sourceHash = textHash(latest, shape, defaultLocale)
  await req.payload.update({
    collection,
    id,
    data: {
      workflow: {
        ...workflow,
        locales: { ...marks, [locale]: { ...marks[locale], readyHash, sourceHash } },
      },
    } as never,
    draft: true,
    locale: defaultLocale,
    overrideAccess: true,
    context: { isWorkflowAction: true },
    req,
  })
  await recordAudit(req, {
    action: 'mark-ready',
    targetCollection: collection,
    targetId: id,
    fromStage: state.stage,
    toStage: state.stage,
    details: { locale },
  })
  return {
    locale,
    status: translationStatus(latest, shape, locale, { ...marks[locale], readyHash }),
  }
}
