import type { PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { publicNow } from '@/ledger/publicNow'

import { organisations, type SignOff } from './signOff'
import type { Target } from './state'

/** How many of an item's comments the panel shows: the thread, not the whole audit log. */
const commentLimit = 20

/** Names of staff by id, for the panel: who signed, who commented. */
const namesOf = async (req: PayloadRequest, ids: readonly (string | number)[]) => {
  const unique = [...new Set(ids.map(String))]
  if (!unique.length) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: unique } },
    select: { name: true, email: true },
    depth: 0,
    limit: unique.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((user) => [String(user.id), user.name || user.email]))
}

/** Each organisation's approval of the current version: who and when, or still missing. */
export const signOffProgress = async (req: PayloadRequest, signOffs: readonly SignOff[]) => {
  const names = await namesOf(
    req,
    signOffs.map((entry) => entry.userId),
  )
  return organisations.map((organisation) => {
    const signed = signOffs.find((entry) => entry.organisation === organisation)
    return {
      organisation,
      by: signed ? (names.get(signed.userId) ?? null) : null,
      at: signed?.at ?? null,
    }
  })
}

/** The item's comments from the audit log, newest first: who, when, with which action. */
export const commentThread = async ({ req, collection, id }: Target) => {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { targetCollection: { equals: collection } },
        { targetId: { equals: String(id) } },
        { comment: { exists: true } },
        { comment: { not_equals: '' } },
      ],
    },
    sort: '-at',
    depth: 0,
    limit: commentLimit,
    overrideAccess: true,
    req,
  })
  const names = await namesOf(
    req,
    docs.flatMap((entry) => (entry.actor != null ? [entry.actor as string | number] : [])),
  )
  return docs.map((entry) => ({
    at: entry.at,
    action: entry.action,
    author:
      entry.actor != null ? (names.get(String(entry.actor)) ?? null) : (entry.systemActor ?? null),
    comment: entry.comment!,
    isOverride: Boolean(entry.isOverride),
  }))
}

/** The languages readers get on the website now, by the "public now" rule on the live version. */
export const publicLocalesNow = async (
  { req, collection, id }: Target,
  hasConsent: boolean,
): Promise<Locale[]> => {
  const live = await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!live) return []
  const now = new Date()
  return locales.filter(
    (language) =>
      publicNow({ item: live as never, hasConsent, language, channel: 'website', now }).isPublic,
  )
}
