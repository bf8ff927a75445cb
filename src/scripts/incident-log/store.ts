/**
 * The incident log's storage: IndexedDB through `idb`, one database per browser
 * profile. (The quiz and generator keep small states in localStorage; a log of
 * thousands of entries needs IndexedDB's transactions and indexes.)
 *
 * Database versions (each upgrade step runs in order, so any older store is migrated):
 *   1  `entries` (records of entry version 1: epoch time, flag array) and `clients`
 *   2  `meta` (working hours, last client), `setAside`, the `clientId` index;
 *      every entry record is lifted to entry version 2
 * A record that cannot be read is never deleted: it moves to `setAside` and the
 * page says so. Every write is its own transaction, finished before the page
 * reports it saved, so a reload or a crash loses nothing that was confirmed.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { migrateClient, migrateEntry, type Client, type Entry } from '../../lib/incident-log/entry.ts';

export const DB_VERSION = 2;
export const DEFAULT_DB = 'incident-log';
type Stores = 'entries' | 'clients' | 'meta' | 'setAside';

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
    const tx = this.db.transaction(['entries', 'clients', 'meta', 'setAside'], 'readwrite');
    const [rawEntries, rawClients, metaKeys, metaValues] = await Promise.all([
      tx.objectStore('entries').getAll(),
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
    const setAside = await aside.count();
    await tx.done;
    const meta = Object.fromEntries(metaKeys.map((k, i) => [String(k), metaValues[i]]));
    return { clients, entries, meta, setAside };
  }

  /** The raw records kept aside, for an export of what could be read from them. */
  async setAsideRecords(): Promise<unknown[]> {
    return (await this.db.getAll('setAside')).map((r: { record?: unknown }) => r.record);
  }

  async putEntry(entry: Entry): Promise<void> {
    await this.db.put('entries', entry);
  }

  async deleteEntry(id: string): Promise<void> {
    await this.db.delete('entries', id);
  }

  async putClient(client: Client): Promise<void> {
    await this.db.put('clients', client);
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.put('meta', value, key);
  }

  /**
   * An import: new clients and entries in one transaction, all or nothing.
   * `relaxed` durability lets the browser confirm before the disk flush (an
   * import can be repeated from its file); single entries keep the default.
   */
  async addAll(clients: readonly Client[], entries: readonly Entry[]): Promise<void> {
    const tx = this.db.transaction(['clients', 'entries'], 'readwrite', { durability: 'relaxed' });
    for (const c of clients) void tx.objectStore('clients').put(c);
    const store = tx.objectStore('entries');
    for (const e of entries) void store.put(e);
    await tx.done;
  }

  /** A client and all its entries. */
  async deleteClient(clientId: string): Promise<void> {
    const tx = this.db.transaction(['clients', 'entries'], 'readwrite');
    const keys = await tx.objectStore('entries').index('clientId').getAllKeys(clientId);
    for (const key of keys) void tx.objectStore('entries').delete(key);
    void tx.objectStore('clients').delete(clientId);
    await tx.done;
  }

  /** Everything the reader typed. Records set aside are kept: they were never the reader's to lose by accident. */
  async deleteEverything(): Promise<void> {
    const tx = this.db.transaction(['clients', 'entries', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('clients').clear(), tx.objectStore('entries').clear(), tx.objectStore('meta').clear()]);
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
    const read = async (store: string) => (db.objectStoreNames.contains(store) ? db.getAll(store) : []);
    return { entries: await read('entries'), clients: await read('clients') };
  } finally {
    db.close();
  }
}
