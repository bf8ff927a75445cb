/**
 * Versioned records, the one shape every tool keeps in localStorage:
 *
 *   { v: 2, savedAt: 1767139200000, tabId: "k3…", data: … }
 *
 * `v` is the tool's format version, `savedAt` when it was written (ms since
 * 1970), `tabId` which page wrote it (so a tab recognises its own writes), and
 * `data` the tool's own state. What is stored is untrusted: it may be from an
 * older version, edited by hand, or cut short by a full disk. `readRecord`
 * never throws; it says "none", "ok" or "corrupt", so a tool can say
 * "couldn't restore" instead of pretending it restored something.
 */

export interface StoredRecord<T> {
  v: number;
  savedAt: number;
  tabId?: string;
  data: T;
}

export interface RecordSpec<T> {
  /** The current format version. */
  version: number;
  /** `data` as this tool's state if valid, else null. */
  validate(data: unknown): T | null;
  /** Formats from before versioned records, still read once (their data), else null. */
  legacy?(parsed: unknown): T | null;
}

export type ReadResult<T> =
  | { status: 'none' }
  | { status: 'ok'; record: StoredRecord<T>; legacy: boolean }
  | { status: 'corrupt' };

/** Far above anything a tool writes (a full generator draft is under 4 KB). */
export const MAX_RECORD_CHARS = 200_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Read and validate what was stored. */
export function readRecord<T>(raw: string | null, spec: RecordSpec<T>): ReadResult<T> {
  if (raw === null || raw === '') return { status: 'none' };
  if (raw.length > MAX_RECORD_CHARS) return { status: 'corrupt' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  if (isObject(parsed) && parsed['v'] === spec.version && 'data' in parsed) {
    const { savedAt, tabId } = parsed;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) return { status: 'corrupt' };
    if (tabId !== undefined && (typeof tabId !== 'string' || tabId.length > 64)) return { status: 'corrupt' };
    const data = spec.validate(parsed['data']);
    if (data === null) return { status: 'corrupt' };
    return { status: 'ok', legacy: false, record: { v: spec.version, savedAt, ...(tabId === undefined ? {} : { tabId }), data } };
  }
  const old = spec.legacy?.(parsed) ?? null;
  if (old !== null) return { status: 'ok', legacy: true, record: { v: spec.version, savedAt: 0, data: old } };
  return { status: 'corrupt' };
}

/** The stored text of a record. */
export function writeRecord<T>(data: T, spec: Pick<RecordSpec<T>, 'version'>, savedAt: number, tabId?: string): string {
  const record: StoredRecord<T> = { v: spec.version, savedAt, ...(tabId === undefined ? {} : { tabId }), data };
  return JSON.stringify(record);
}
