import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Words } from '@/i18n/adminLanguage'
import { defaultLocale, type Locale } from '@/i18n/locales'

import { adminUrl } from './adminLink'
import { workflowLabels } from './labels'
import { organisationLabels, organisations, type Organisation, type SignOff } from './signOff'
import { localizedShapeOf, type LocaleMarksByLocale } from './translations'
import { rules, type Action, type Stage } from './transitions'
import { needingUpdate, toTranslate } from './workLists'

type Id = string | number

/** Someone an email can reach. */
export type Person = { id: Id; email: string; name?: string | null }
export type Reviewer = Person & { organisation?: Organisation | null }

type NotifiedAction = 'submit' | 'approve' | 'request-changes'
type WhatHappened = (who: string, title: string) => Words

/** The actions people hear about, and what the email says happened. */
const notices: Record<NotifiedAction, WhatHappened> = {
  submit: (who, title) => ({
    az: `${who} «${title}» materialını rəyə göndərdi.`,
    en: `${who} submitted “${title}” for review.`,
    ru: `${who} отправил(а) «${title}» на рецензию.`,
  }),
  approve: (who, title) => ({
    az: `${who} «${title}» materialını təsdiqlədi.`,
    en: `${who} approved “${title}”.`,
    ru: `${who} одобрил(а) «${title}».`,
  }),
  'request-changes': (who, title) => ({
    az: `${who} «${title}» materialında düzəliş istədi.`,
    en: `${who} requested changes to “${title}”.`,
    ru: `${who} запросил(а) правки в «${title}».`,
  }),
}

const isNotified = (action: string): action is NotifiedAction => action in notices

const sameId = (a: Id, b: Id) => String(a) === String(b)

/**
 * Who hears about an action: reviewers when an item is submitted (but not its author or last
 * editor, who may not approve it), its author and last editor when it is approved or sent back.
 * Never the person who took the action, and nobody twice.
 */
export const chooseRecipients = ({
  action,
  actorId,
  author,
  lastEditor,
  reviewers,
}: {
  action: Action
  actorId: Id
  author?: Person | null
  lastEditor?: Person | null
  reviewers: Person[]
}): Person[] => {
  const owners = [author, lastEditor].filter((person): person is Person => Boolean(person))
  const candidates =
    action === 'submit'
      ? reviewers.filter((reviewer) => !owners.some((owner) => sameId(owner.id, reviewer.id)))
      : isNotified(action)
        ? owners
        : []
  return candidates.filter(
    (person, index) =>
      !sameId(person.id, actorId) &&
      candidates.findIndex((other) => sameId(other.id, person.id)) === index,
  )
}

/**
 * Who is reminded, from the people a reminder is for: never the actor, nobody already emailed
 * about this action, and nobody twice.
 */
export const remindOnce = ({
  candidates,
  actorId,
  alreadyTold,
}: {
  candidates: readonly Person[]
  actorId: Id
  alreadyTold: readonly Person[]
}): Person[] =>
  candidates.filter(
    (person, index) =>
      !sameId(person.id, actorId) &&
      !alreadyTold.some((told) => sameId(told.id, person.id)) &&
      candidates.findIndex((other) => sameId(other.id, person.id)) === index,
  )

/**
 * Once one organisation has approved a story, the reviewers of the organisation whose sign-off is
 * missing; not its author or last editor, who may not approve it.
 */
export const signOffReminded = ({
  waitingFor,
  reviewers,
  owners,
  actorId,
}: {
  waitingFor: readonly Organisation[]
  reviewers: readonly Reviewer[]
  owners: readonly Person[]
  actorId: Id
}): Person[] =>
  remindOnce({
    candidates: reviewers.filter(
      (reviewer) =>
        reviewer.organisation &&
        waitingFor.includes(reviewer.organisation) &&
        !owners.some((owner) => sameId(owner.id, reviewer.id)),
    ),
    actorId,
    alreadyTold: [],
  })

/** The organisations whose approval of the current version is still missing. */
export const organisationsWaited = (signOffs: readonly SignOff[] | null | undefined) =>
  signOffs?.length
    ? organisations.filter((org) => !signOffs.some((entry) => entry.organisation === org))
    : []

/** The reminder to the other organisation: who approved, who is waited for, where to look. */
export const composeSignOffReminder = ({
  waitingFor,
  title,
  link,
}: {
  waitingFor: readonly Organisation[]
  title: string
  link: string
}) => {
  const signed = organisations.filter((org) => !waitingFor.includes(org))
  const names = (orgs: readonly Organisation[], language: 'az' | 'en') =>
    orgs.map((org) => organisationLabels[org][language]).join(', ')
  return {
    subject: `Təsdiqinizi gözləyir / Waiting for your sign-off: ${title}`,
    text: [
      `${names(signed, 'az')} «${title}» materialını təsdiqlədi; ${names(waitingFor, 'az')} təsdiqi gözlənilir.`,
      `${names(signed, 'en')} approved “${title}”; it waits for the sign-off of ${names(waitingFor, 'en')}.`,
      '',
      `Aç / Open: ${link}`,
      '',
    ].join('\n'),
  }
}

/** The reminder to translators: the languages to write and those whose original changed. */
export const composeTranslationReminder = ({
  title,
  toWrite,
  toUpdate,
  link,
}: {
  title: string
  toWrite: readonly Locale[]
  toUpdate: readonly Locale[]
  link: string
}) => ({
  subject: `Tərcümə lazımdır / Translation wanted: ${title}`,
  text: [
    ...(toWrite.length
      ? [
          `«${title}» materialının tərcüməsi lazımdır: ${toWrite.join(', ')}.`,
          `“${title}” needs translating into: ${toWrite.join(', ')}.`,
        ]
      : []),
    ...(toUpdate.length
      ? [
          `«${title}» materialının orijinalı dəyişib, tərcüməni yeniləyin: ${toUpdate.join(', ')}.`,
          `The original of “${title}” changed; update the translation: ${toUpdate.join(', ')}.`,
        ]
      : []),
    '',
    `Aç / Open: ${link}`,
    '',
  ].join('\n'),
})

/** One email in the admin languages (the subject in two, to stay short): what happened, the comment if any, and where to look. */
export const composeEmail = ({
  action,
  actorName,
  title,
  comment,
  link,
}: {
  action: NotifiedAction
  actorName: string
  title: string
  comment?: string | null
  link: string
}) => {
  const stage = workflowLabels[rules[action].to]
  const said = notices[action](actorName, title)
  return {
    subject: `${stage.az} / ${stage.en}: ${title}`,
    text: [
      said.az,
      said.en,
      said.ru,
      ...(comment?.trim() ? ['', `Şərh / Comment: ${comment.trim()}`] : []),
      '',
      `Aç / Open: ${link}`,
      '',
    ].join('\n'),
  }
}

/** A populated user relationship as someone to email; a deleted or unpopulated user is nobody. */
const asPerson = (value: unknown): Person | null =>
  value && typeof value === 'object' && 'email' in value ? (value as Person) : null

type Notice = {
  payload: Payload
  actor: { id: Id; name?: string | null; email?: string | null }
  collection: CollectionSlug
  id: Id
  action: NotifiedAction
  comment?: string
}

type Email = { subject: string; text: string }

/** Sends the email to each; a refusal by the mail server is logged, never thrown. */
const sendEach = async (
  payload: Payload,
  what: string,
  people: readonly Person[],
  email: Email,
) => {
  const sent = await Promise.allSettled(
    people.map((person) => payload.sendEmail({ to: person.email, ...email })),
  )
  sent.forEach((result, index) => {
    if (result.status === 'rejected')
      payload.logger.error({
        err: result.reason,
        msg: `Could not email user ${people[index].id} about ${what}`,
      })
  })
}

const staffWithRole = async (payload: Payload, role: 'reviewer' | 'translator') =>
  (
    await payload.find({
      collection: 'users',
      where: { roles: { in: [role] } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { email: true, name: true, organisation: true },
    })
  ).docs as Reviewer[]

/**
 * The translators, when the item's original has gone to review or been approved and a language
 * is missing, unfinished or behind a changed original.
 */
const translationReminders = async ({
  payload,
  collection,
  id,
  title,
}: {
  payload: Payload
  collection: CollectionSlug
  id: Id
  title: string
}) => {
  const doc = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
  })) as unknown as Record<string, any>
  const item = {
    collection,
    id,
    doc,
    shape: localizedShapeOf(payload.collections[collection].config.fields),
    stage: (doc.workflow?.stage ?? 'draft') as Stage,
    marks: (doc.workflow?.locales ?? {}) as LocaleMarksByLocale,
    updatedAt: String(doc.updatedAt),
  }
  const toWrite = toTranslate([item]).map(({ locale }) => locale!)
  const toUpdate = needingUpdate([item]).map(({ locale }) => locale!)
  if (!toWrite.length && !toUpdate.length) return null
  return composeTranslationReminder({
    title,
    toWrite,
    toUpdate,
    link: adminUrl(collection, id, [...toWrite, ...toUpdate][0]),
  })
}

const sendNotices = async ({
  payload,
  actor,
  collection,
  id,
  action,
  stage,
  comment,
}: Notice & { stage?: string }) => {
  const item = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 1,
    locale: defaultLocale,
    overrideAccess: true,
    select: { title: true, workflow: true } as never,
  })) as {
    title?: string
    workflow?: { author?: unknown; lastEditor?: unknown; signOffs?: SignOff[] | null }
  }
  const title = item.title ?? `#${id}`
  const link = adminUrl(collection, id)
  const author = asPerson(item.workflow?.author)
  const lastEditor = asPerson(item.workflow?.lastEditor)
  const owners = [author, lastEditor].filter((person): person is Person => Boolean(person))
  const isSignedByOne = action === 'approve' && stage === 'in-review'
  const reviewers =
    action === 'submit' || isSignedByOne ? await staffWithRole(payload, 'reviewer') : []
  // The first organisation's sign-off leaves the story in review: only the other is told.
  const told = isSignedByOne
    ? []
    : chooseRecipients({
        action,
        actorId: actor.id,
        author,
        lastEditor,
        reviewers,
      })
  const email = composeEmail({
    action,
    actorName: actor.name || actor.email || `#${actor.id}`,
    title,
    comment,
    link,
  })
  const waitingFor = isSignedByOne ? organisationsWaited(item.workflow?.signOffs) : []
  const signOffReminder = composeSignOffReminder({ waitingFor, title, link })
  const reminded = signOffReminded({ waitingFor, reviewers, owners, actorId: actor.id })
  // Translations are wanted once the original is submitted, and again once it is approved.
  const isOriginalSettled = action === 'submit' || (action === 'approve' && stage === 'approved')
  const translationReminder = isOriginalSettled
    ? await translationReminders({ payload, collection, id, title })
    : null
  const translators = translationReminder
    ? remindOnce({
        candidates: await staffWithRole(payload, 'translator'),
        actorId: actor.id,
        alreadyTold: [...told, ...reminded],
      })
    : []
  await Promise.all([
    sendEach(payload, `${action} on ${collection} ${id}`, told, email),
    sendEach(payload, `the sign-off of ${collection} ${id}`, reminded, signOffReminder),
    translationReminder &&
      sendEach(payload, `the translation of ${collection} ${id}`, translators, translationReminder),
  ])
}

/**
 * Call once a workflow action is committed. It neither waits for the mail server nor throws: the
 * action has happened whatever the mail server does, and a failure is logged.
 */
export const notifyTransition = ({
  req,
  action,
  stage,
  ...notice
}: Omit<Notice, 'payload' | 'actor' | 'action'> & {
  req: PayloadRequest
  action: string
  /** Where the item is now: a first organisation's sign-off leaves a story in review. */
  stage?: string
}) => {
  if (!isNotified(action) || !req.user) return
  const { payload } = req
  sendNotices({ payload, actor: req.user, action, stage, ...notice }).catch((err) =>
    payload.logger.error({
      err,
      msg: `Workflow emails for ${action} on ${notice.collection} ${notice.id} failed`,
    }),
  )
}
