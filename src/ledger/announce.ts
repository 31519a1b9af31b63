/**
 * In-process news of a ledger entry being written, before its transaction commits: a reader that
 * answers from memory (the website's read model) then checks the database on its next request,
 * so the request after an action's answer sees the change. Another instance's entries are seen
 * by polling. Process-wide, because Next bundles its own copy of this module beside the host's.
 */
const listenersKey = Symbol.for('xeberdar.ledgerAnnouncements')
type Listener = (position: number) => void
type WithListeners = { [listenersKey]?: Set<Listener> }

const listeners = () => ((globalThis as WithListeners)[listenersKey] ??= new Set())

export const announceLedgerEntry = (position: number) => {
  for (const listener of listeners()) listener(position)
}

/** Hears every entry this process writes; returns the way to stop hearing. */
export const onLedgerEntry = (listener: Listener) => {
  listeners().add(listener)
  return () => void listeners().delete(listener)
}
