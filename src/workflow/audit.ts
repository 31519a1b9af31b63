import type { PayloadRequest } from 'payload'

export type AuditEntry = {
  action: string
  targetCollection: string
  targetId: string | number
  fromStage?: string | null
  toStage?: string | null
  isOverride?: boolean
  comment?: string | null
  contentHash?: string | null
  details?: Record<string, unknown>
  /** Who acted when no person did: the job runner acting on publishAt/unpublishAt. */
  systemActor?: 'scheduler' | null
}

/** Appends to the audit log inside the request's transaction, as the request's user. */
export const recordAudit = async (req: PayloadRequest, entry: AuditEntry) => {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      targetId: String(entry.targetId),
      actor: req.user?.collection === 'users' ? req.user.id : undefined,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
}
