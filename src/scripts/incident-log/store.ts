/**
 * The incident log's storage: IndexedDB through `idb`, one database per browser
 * profile. (The quiz and generator keep small states in localStorage; a log of
 * thousands of entries needs IndexedDB's transactions and indexes.)
 *
 * Database versions (each upgrade step runs in order, so any older store is migrated):
 *   1  `entries` (records of entry version 1: epoch time, flag array) and `clients`
 *   2  `meta` (working hours, last client), `setAside`, the `clientId` index;
 *      every entry record is lifted to entry version 2
 *   3  `chunks`: imported entries, up to CHUNK_SIZE of one client per record
 *      (`{ clientId, ids, entries }`, a multi-entry index on `ids`). Entries in
 *      `entries` keep their format and stay where they are: the upgrade only adds
 *      the store, so every entry of a version 2 log is still read.
 * Why chunks: Chromium stores each IndexedDB record as its own request (an IPC
 * and a LevelDB write), so 10,000 one-entry records took over a second to
 * import; 20 records of 500 take a tenth of that. Single entries the reader
 * types still go to `entries` (one small write each). An entry that lives in a
 * chunk and is edited or deleted leaves its chunk (the chunk is rewritten
 * without it, in the same transaction), so a chunk only ever shrinks and always
 * belongs to one client.
 * A record that cannot be read is never deleted: it moves to `setAside` and the
 * page says so. Every write is its own transaction, finished before the page
 * reports it saved, so a reload or a crash loses nothing that was confirmed.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { migrateClient, migrateEntry, type Client, type Entry } from '../../lib/incident-log/entry.ts';

export const DB_VERSION = 3;
export const DEFAULT_DB = 'incident-log';
/** Entries per chunk record: large enough to make an import a few dozen writes, small enough that rewriting one on an edit costs a millisecond or two. */
export const CHUNK_SIZE = 500;
type Stores = 'entries' | 'clients' | 'meta' | 'setAside' | 'chunks';

/** A stored group of imported entries of one client (database version 3). */
interface Chunk {
  key?: number;
  clientId: string;
  /** The entries' ids, indexed (multi-entry) to find an entry's chunk. */
  ids: string[];
  entries: unknown[];
}
const isChunk = (r: unknown): r is Chunk =>
  typeof r === 'object' && r !== null && Array.isArray((r as Chunk).entries) && Array.isArray((r as Chunk).ids);

export interface Loaded {
  clients: Client[];
  entries: Entry[];
  meta: Record<string, unknown>;
  /** Records kept aside because they could not be read (this load and earlier ones). */
  setAside: number;
}

async function upgrade(db: IDBPDatabase, oldVersion: number, tx: IDBPTransaction<unknown, Stores[], 'versionchange'>): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore('entries', { keyPath: 'id' });
    db.createObjectStore('clients', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    db.createObjectStore('meta');
    db.createObjectStore('setAside', { autoIncrement: true });
    const entries = tx.objectStore('entries');
    entries.createIndex('clientId', 'clientId');
    let cursor = await entries.openCursor();
    while (cursor) {
      const migrated = migrateEntry(cursor.value);
      if (migrated) await cursor.update(migrated);
      else {
        await tx.objectStore('setAside').add({ store: 'entries', record: cursor.value, at: new Date().toISOString() });
        await cursor.delete();
      }
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 3) {
    const chunks = db.createObjectStore('chunks', { keyPath: 'key', autoIncrement: true });
    chunks.createIndex('ids', 'ids', { multiEntry: true });
    chunks.createIndex('clientId', 'clientId');
  }
}

type WriteTx = IDBPTransaction<unknown, ('entries' | 'chunks')[], 'readwrite'>;

/** Takes the entry out of the chunk that holds it, if any (rewriting or deleting the chunk). */
async function leaveChunk(tx: WriteTx, id: string): Promise<void> {
  const chunks = tx.objectStore('chunks');
  const key = await chunks.index('ids').getKey(id);
  if (key === undefined) return;
  const chunk = (await chunks.get(key)) as Chunk | undefined;
  if (!chunk) return;
  const at = chunk.ids.indexOf(id);
  chunk.ids.splice(at, 1);
  chunk.entries.splice(at, 1);
  if (chunk.ids.length) await chunks.put(chunk);
  else await chunks.delete(key);
}

export class LogStore {
  private constructor(private readonly db: IDBPDatabase, readonly name: string) {}

  static async open(name = DEFAULT_DB): Promise<LogStore> {
    const db: IDBPDatabase = await openDB(name, DB_VERSION, {
      upgrade: (database, oldVersion, _new, tx) => void upgrade(database, oldVersion, tx as never),
      // Another tab on a newer edition wants to upgrade: let it, and stop using this connection.
      blocking: () => db.close(),
    });
    return new LogStore(db, name);
  }

  /**
   * Everything in the store, checked. Records that fail the check are moved to
   * `setAside` in the same transaction, so they are kept and counted once.
   */
  async load(): Promise<Loaded> {
    const tx = this.db.transaction(['entries', 'clients', 'meta', 'setAside', 'chunks'], 'readwrite');
    const [rawEntries, rawChunks, rawClients, metaKeys, metaValues] = await Promise.all([
      tx.objectStore('entries').getAll(),
      tx.objectStore('chunks').getAll(),
      tx.objectStore('clients').getAll(),
      tx.objectStore('meta').getAllKeys(),
      tx.objectStore('meta').getAll(),
    ]);
    const entries: Entry[] = [];
    const clients: Client[] = [];
    const aside = tx.objectStore('setAside');
    const putAside = (store: string, record: unknown, key: IDBValidKey | undefined) => {
      void aside.add({ store, record, at: new Date().toISOString() });
      if (key !== undefined) void tx.objectStore(store as 'entries').delete(key);
    };
    const keyOf = (r: unknown) => (typeof r === 'object' && r && 'id' in r ? (r as { id: IDBValidKey }).id : undefined);
    for (const raw of rawClients) {
      const c = migrateClient(raw);
      if (c) clients.push(c);
      else putAside('clients', raw, keyOf(raw));
    }
    const known = new Set(clients.map((c) => c.id));
    for (const raw of rawEntries) {
      const e = migrateEntry(raw);
      if (e && known.has(e.clientId)) entries.push(e);
      else putAside('entries', raw, keyOf(raw));
    }
    for (const chunk of rawChunks as unknown[]) {
      if (!isChunk(chunk) || chunk.ids.length !== chunk.entries.length) {
        // Not a chunk this edition wrote: kept whole, aside.
        putAside('chunks', chunk, (chunk as Chunk | undefined)?.key);
        continue;
      }
      const keep: Entry[] = [];
      for (const raw of chunk.entries) {
        const e = migrateEntry(raw);
        if (e && known.has(e.clientId)) keep.push(e);
        else void aside.add({ store: 'chunks', record: raw, at: new Date().toISOString() });
      }
      entries.push(...keep);
      if (keep.length < chunk.entries.length) {
        // Written back without the entries just set aside, so they are counted once.
        const chunks = tx.objectStore('chunks');
        if (keep.length) void chunks.put({ ...chunk, ids: keep.map((e) => e.id), entries: keep });
        else if (chunk.key !== undefined) void chunks.delete(chunk.key);
      }
    }
    const setAside = await aside.count();
    await tx.done;
    const meta = Object.fromEntries(metaKeys.map((k, i) => [String(k), metaValues[i]]));
    return { clients, entries, meta, setAside };
  }

  /** The raw records kept aside, for an export of what could be read from them. */
  async setAsideRecords(): Promise<unknown[]> {
    return (await this.db.getAll('setAside')).map((r: { record?: unknown }) => r.record);
  }

  /** A new or edited entry, in `entries` (an edited one leaves its chunk in the same transaction). */
  async putEntry(entry: Entry): Promise<void> {
    const tx: WriteTx = this.db.transaction(['entries', 'chunks'], 'readwrite');
    await leaveChunk(tx, entry.id);
    await tx.objectStore('entries').put(entry);
    await tx.done;
  }

  async deleteEntry(id: string): Promise<void> {
    const tx: WriteTx = this.db.transaction(['entries', 'chunks'], 'readwrite');
    await leaveChunk(tx, id);
    await tx.objectStore('entries').delete(id);
    await tx.done;
  }

  async putClient(client: Client): Promise<void> {
    await this.db.put('clients', client);
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.put('meta', value, key);
  }

  /**
   * An import: new clients and entries in one transaction, all or nothing.
   * The entries are new (the merge skipped every id already in the log), so
   * they go into new chunks, grouped by client. `relaxed` durability lets the
   * browser confirm before the disk flush (an import can be repeated from its
   * file); single entries keep the default.
   */
  async addAll(clients: readonly Client[], entries: readonly Entry[]): Promise<void> {
    const tx = this.db.transaction(['clients', 'chunks'], 'readwrite', { durability: 'relaxed' });
    for (const c of clients) void tx.objectStore('clients').put(c);
    const byClient = new Map<string, Entry[]>();
    for (const e of entries) {
      const list = byClient.get(e.clientId);
      if (list) list.push(e);
      else byClient.set(e.clientId, [e]);
    }
    const store = tx.objectStore('chunks');
    for (const [clientId, list] of byClient) {
      for (let i = 0; i < list.length; i += CHUNK_SIZE) {
        const part = list.slice(i, i + CHUNK_SIZE);
        const chunk: Chunk = { clientId, ids: part.map((e) => e.id), entries: part };
        void store.add(chunk);
      }
    }
    await tx.done;
  }

  /** A client and all its entries. */
  async deleteClient(clientId: string): Promise<void> {
    const tx = this.db.transaction(['clients', 'entries', 'chunks'], 'readwrite');
    const [keys, chunkKeys] = await Promise.all([
      tx.objectStore('entries').index('clientId').getAllKeys(clientId),
      tx.objectStore('chunks').index('clientId').getAllKeys(clientId),
    ]);
    for (const key of keys) void tx.objectStore('entries').delete(key);
    for (const key of chunkKeys) void tx.objectStore('chunks').delete(key);
    void tx.objectStore('clients').delete(clientId);
    await tx.done;
  }

  /** Everything the reader typed. Records set aside are kept: they were never the reader's to lose by accident. */
  async deleteEverything(): Promise<void> {
    const tx = this.db.transaction(['clients', 'entries', 'chunks', 'meta'], 'readwrite');
    await Promise.all(['clients', 'entries', 'chunks', 'meta'].map((store) => tx.objectStore(store as 'meta').clear()));
    await tx.done;
  }

  close(): void {
    this.db.close();
  }
}

/**
 * What can be read from a database this page cannot open (a newer version, a
 * broken upgrade): opened without a version, read only, never changed.
 */
export async function readRaw(name: string): Promise<{ entries: unknown[]; clients: unknown[] }> {
  const db = await openDB(name);
  try {
    const read = async (store: string): Promise<unknown[]> => (db.objectStoreNames.contains(store) ? db.getAll(store) : []);
    const chunked = (await read('chunks')).flatMap((c) => (isChunk(c) ? c.entries : []));
    return { entries: [...(await read('entries')), ...chunked], clients: await read('clients') };
  } finally {
    db.close();
  }
}
