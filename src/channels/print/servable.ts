import type { Payload } from 'payload'

import { slotOf, type PrintFileRecord } from './printFileRecord'
import { wantedPrintFiles } from './wanted'

type Slot = Pick<PrintFileRecord, 'itemCollection' | 'itemId' | 'locale' | 'format'>

/**
 * The fingerprint a file in this slot must have to be handed out now, or null when the slot
 * should have no file: the item is no longer live in that language, the size is no longer
 * listed, or a brochure has nothing left that print may use. Worked out from the content as it
 * is now, by the same rules that make the files, so a withdrawn or narrowed consent, an edit
 * published to an included story or a new hotline stops an old file at once, before any sweep.
 */
export const currentInputsHash = async (
  payload: Payload,
  slot: Slot,
  now: Date,
): Promise<string | null> => {
  const wanted = (
    await wantedPrintFiles(payload, now, { collection: slot.itemCollection, id: slot.itemId })
  ).find((file) => slotOf({ ...file, format: file.format.key }) === slotOf(slot))
  return wanted && !wanted.problem ? wanted.inputsHash : null
}

export const isServable = async (payload: Payload, file: PrintFileRecord, now: Date) =>
  file.status === 'ready' &&
  !!file.fileName &&
  file.inputsHash === (await currentInputsHash(payload, file, now))
