import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Words } from '@/i18n/adminLanguage'
import { defaultLocale } from '@/i18n/locales'

import { adminUrl } from './adminLink'
import { workflowLabels } from './labels'
import { rules, type Action } from './transitions'

type Id = string | number

/** Someone an email can reach. */
export type Person = { id: Id; email: string; name?: string | null }

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

const sendNotices = async ({ payload, actor, collection, id, action, comment }: Notice) => {
  const item = (await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 1,
    locale: defaultLocale,
    overrideAccess: true,
    select: { title: true, workflow: true } as never,
  })) as { title?: string; workflow?: { author?: unknown; lastEditor?: unknown } }
  const reviewers =
    action === 'submit'
      ? await payload.find({
          collection: 'users',
          where: { roles: { in: ['reviewer'] } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          select: { email: true, name: true },
        })
      : { docs: [] }
  const recipients = chooseRecipients({
    action,
    actorId: actor.id,
    author: asPerson(item.workflow?.author),
    lastEditor: asPerson(item.workflow?.lastEditor),
    reviewers: reviewers.docs,
  })
  const email = composeEmail({
    action,
    actorName: actor.name || actor.email || `#${actor.id}`,
    title: item.title ?? `#${id}`,
    comment,
    link: adminUrl(collection, id),
  })
  const sent = await Promise.allSettled(
    recipients.map((person) => payload.sendEmail({ to: person.email, ...email })),
  )
  sent.forEach((result, index) => {
    if (result.status === 'rejected')
      payload.logger.error({
        err: result.reason,
        msg: `Could not email user ${recipients[index].id} about ${action} on ${collection} ${id}`,
      })
  })
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
  if (action === 'approve' && stage !== 'approved') return
  const { payload } = req
  sendNotices({ payload, actor: req.user, action, ...notice }).catch((err) =>
    payload.logger.error({
      err,
      msg: `Workflow emails for ${action} on ${notice.collection} ${notice.id} failed`,
    }),
  )
}
