/**
 * Storage logic shared by every tool (quiz, generator, incident log): versioned
 * records, and the decisions about other tabs and prefill links. Pure: the
 * browser side is src/scripts/tool-storage.ts.
 */
export { readRecord, writeRecord, MAX_RECORD_CHARS, type RecordSpec, type ReadResult, type StoredRecord } from './record.ts';
export { decideExternalChange, echoOfLoad, planPrefill, type ExternalDecision, type PrefillPlan } from './decide.ts';
export { sameData } from './same.ts';
export { ownsKey } from './keys.ts';
