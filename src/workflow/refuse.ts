// Moved to the HTTP leaf (src/http/refuse.ts). Kept only while src/workflow/applyTransition.ts,
// which the ledger work is rewriting, still imports it from here: new code imports '@/http/refuse'.
export { refuse } from '@/http/refuse'
