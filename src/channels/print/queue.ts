import type { Payload } from 'payload'

import { ledgerHead, markFollowed } from '@/ledger/follow'

import { syncPrintFiles } from './sync'

export const printQueue = 'print'
export const printSyncTask = 'syncPrintFiles'

/** How the ledger wakes print's sweep (listed in payload.config's ledgerFollowers). */
export const printFollower = { task: printSyncTask, queue: printQueue, channel: 'print' } as const

/**
 * Print's consumer of the publication ledger. The sweep reads everything print should hold now
 * (src/channels/print/wanted.ts), so one sweep covers every entry up to the head read before it;
 * it makes only files whose fingerprint is missing, so a sweep repeated after a crash draws
 * nothing twice. The position is saved after the sweep: too long to hold the write lock for.
 */
export const syncPrintFollowingLedger = async (payload: Payload) => {
  const head = await ledgerHead(payload)
  const result = await syncPrintFiles(payload)
  await markFollowed(payload, 'print', head)
  return result
}
