import type { CollectionSlug, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'

import { dueAction, isOverdue, type Due, type ScheduleFacts } from './due'

export type DueItem = Due & { collection: CollectionSlug; id: string | number; title: string }

type Item = { req: PayloadRequest; collection: CollectionSlug; id: string | number }

/** Every collection with a publish schedule (campaign content: src/fields/publishSchedule.ts). */
const scheduledCollections = (req: PayloadRequest) =>
  req.payload.config.collections
    .filter(({ fields }) => fields.some((field) => 'name' in field && field.name === 'publishAt'))
    .map(({ slug }) => slug)

/** One item's latest version and live version, as the rules in ./due.ts read them. */
export const loadScheduleFacts = async ({ req, collection, id }: Item) => {
  const base = { collection, id, depth: 0, overrideAccess: true, locale: defaultLocale, req }
  const latest = (await req.payload.findByID({ ...base, draft: true })) as Record<string, any>
  const live = (await req.payload.findByID({ ...base, draft: false })) as Record<string, any>
  const facts: ScheduleFacts = {
    latest: {
      stage: latest.workflow?.stage ?? 'draft',
      publishAt: latest.publishAt,
      unpublishAt: latest.unpublishAt,
    },
    live: live._status === 'published' ? { unpublishAt: live.unpublishAt } : null,
  }
  return { facts, title: String(latest.title ?? '') }
}

/**
 * What the scheduler has to do at `now`, oldest first. The queries only narrow the search to
 * approved versions whose publishAt has come and live ones whose unpublishAt has; `dueAction`
 * decides for each.
 */
export const findDueItems = async ({ req, now }: { req: PayloadRequest; now: Date }) => {
  const at = now.toISOString()
  const items: DueItem[] = []
  for (const collection of scheduledCollections(req)) {
    const search = { collection, depth: 0, overrideAccess: true, pagination: false, req } as const
    const approved = await req.payload.find({
      ...search,
      draft: true,
      where: { 'workflow.stage': { equals: 'approved' }, publishAt: { less_than_equal: at } },
    })
    const live = await req.payload.find({
      ...search,
      where: { _status: { equals: 'published' }, unpublishAt: { less_than_equal: at } },
    })
    const ids = new Set([...approved.docs, ...live.docs].map(({ id }) => id))
    for (const id of ids) {
      const { facts, title } = await loadScheduleFacts({ req, collection, id })
      const due = dueAction({ ...facts, now })
      if (due) items.push({ ...due, collection, id, title })
    }
  }
  return items.sort((a, b) => a.dueAt.localeCompare(b.dueAt))
}

/** Scheduled actions whose time passed without the runner taking them (e.g. it was stopped). */
export const findOverdueItems = async ({ req, now }: { req: PayloadRequest; now: Date }) =>
  (await findDueItems({ req, now })).filter(({ dueAt }) => isOverdue({ dueAt, now }))

/** Who answers for the schedule and is shown what it missed: admins, editors and reviewers. */
export const mayWatchSchedule = (user: Parameters<typeof hasRole>[0]) =>
  hasRole(user, 'admin', 'editor', 'reviewer')
