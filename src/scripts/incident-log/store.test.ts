import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { CHUNK_SIZE, LogStore, readRaw } from './store.ts';
import { entry } from '../../lib/incident-log/test-words.ts';

let n = 0;
const fresh = () => `test-${++n}`;
const client = { id: 'c1', name: 'Ahmet Yılmaz', createdAt: '2026-03-01T00:00:00Z' };

describe('the IndexedDB store', () => {
  it('keeps what is written, across connections (a reload)', async () => {
    const name = fresh();
    const a = await LogStore.open(name);
    await a.putClient(client);
    const e = entry('2026-03-02T21:15:00+09:00', { what: '😀 "quoted"' });
    await a.putEntry(e);
    await a.putEntry({ ...e, minutes: 99 }); // an edit: same id, no duplicate
    await a.setMeta('lastClient', 'c1');
    a.close();
    const b = await LogStore.open(name);
    const loaded = await b.load();
    expect(loaded.entries).toEqual([{ ...e, minutes: 99 }]);
    expect(loaded.clients).toEqual([client]);
    expect(loaded.meta).toEqual({ lastClient: 'c1' });
    expect(loaded.setAside).toBe(0);
    b.close();
  });

  it('migrates a version 1 store and sets unreadable records aside, keeping them', async () => {
    const name = fresh();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('clients', { keyPath: 'id' });
      },
    });
    await v1.put('clients', client);
    await v1.put('entries', { id: 'old', clientId: 'c1', time: Date.UTC(2026, 2, 2, 12, 15), tz: 540, channel: 'call', what: 'w', handled: '', minutes: 5, flags: ['rude'] });
    await v1.put('entries', { id: 'broken', clientId: 'c1', time: 'yesterday', channel: 'pigeon' });
    v1.close();
    const store = await LogStore.open(name);
    const loaded = await store.load();
    expect(loaded.entries).toHaveLength(1);
    expect(loaded.entries[0]).toMatchObject({ id: 'old', v: 2, at: '2026-03-02T21:15:00+09:00', rude: true });
    expect(loaded.setAside).toBe(1);
    expect(await store.setAsideRecords()).toEqual([expect.objectContaining({ id: 'broken', channel: 'pigeon' })]);
    store.close();
  });

  it('sets aside records that go bad later, and entries whose client is gone', async () => {
    const name = fresh();
    const store = await LogStore.open(name);
    await store.putClient(client);
    await store.putEntry(entry('2026-03-02T21:15:00+09:00'));
    store.close();
    const raw = await openDB(name);
    await raw.put('entries', { ...entry('2026-03-03T10:00:00+09:00'), minutes: -4 });
    await raw.put('entries', { ...entry('2026-03-03T11:00:00+09:00'), clientId: 'nobody' });
    raw.close();
    const again = await LogStore.open(name);
    const first = await again.load();
    expect(first.entries).toHaveLength(1);
    expect(first.setAside).toBe(2);
    // Counted once: the next load finds them already aside.
    expect((await again.load()).setAside).toBe(2);
    again.close();
  });

  it('upgrades a version 2 store to version 3 keeping every entry in its place', async () => {
    const name = fresh();
    // The schema of the version 2 edition, written as that edition wrote it.
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'id' }).createIndex('clientId', 'clientId');
        db.createObjectStore('clients', { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('setAside', { autoIncrement: true });
      },
    });
    const old = Array.from({ length: 1200 }, (_, i) => entry(`2026-03-02T${String(i % 24).padStart(2, '0')}:15:00+09:00`, { id: `v2-${i}`, what: `entry ${i}` }));
    await v2.put('clients', client);
    await v2.put('meta', 'c1', 'lastClient');
    const tx = v2.transaction('entries', 'readwrite');
    for (const e of old) void tx.store.put(e);
    await tx.done;
    v2.close();
    const store = await LogStore.open(name);
    const loaded = await store.load();
    expect(loaded.entries).toHaveLength(old.length);
    expect(new Map(loaded.entries.map((e) => [e.id, e]))).toEqual(new Map(old.map((e) => [e.id, e])));
    expect(loaded.meta).toEqual({ lastClient: 'c1' });
    expect(loaded.setAside).toBe(0);
    // An old entry is still edited and deleted in place.
    await store.putEntry({ ...old[0]!, minutes: 77 });
    await store.deleteEntry(old[1]!.id);
    const again = await store.load();
    expect(again.entries).toHaveLength(old.length - 1);
    expect(again.entries.find((e) => e.id === old[0]!.id)?.minutes).toBe(77);
    store.close();
  });

  it('stores an import in chunks of one client each; edits and deletes take an entry out of its chunk', async () => {
    const name = fresh();
    const store = await LogStore.open(name);
    const other = { ...client, id: 'c2', name: 'Budi' };
    const imported = Array.from({ length: 1100 }, (_, i) => entry('2026-03-02T21:15:00+09:00', { id: `i${i}`, what: `row ${i}`, clientId: i % 3 ? 'c1' : 'c2' }));
    await store.addAll([client, other], imported);
    const raw = await openDB(name);
    const chunks = (await raw.getAll('chunks')) as { clientId: string; ids: string[]; entries: { clientId: string }[] }[];
    expect(await raw.count('entries')).toBe(0);
    expect(chunks.length).toBeLessThan(10);
    for (const c of chunks) {
      expect(c.entries.length).toBeLessThanOrEqual(CHUNK_SIZE);
      expect(c.entries.every((e) => e.clientId === c.clientId)).toBe(true);
    }
    raw.close();
    const byId = (list: { id: string }[]) => new Map(list.map((e) => [e.id, e]));
    expect(byId((await store.load()).entries)).toEqual(byId(imported));

    // Edit: stored once, with the new value, also after a new connection (a reload).
    await store.putEntry({ ...imported[5]!, minutes: 42 });
    await store.deleteEntry(imported[6]!.id);
    store.close();
    const reopened = await LogStore.open(name);
    let loaded = await reopened.load();
    expect(loaded.entries).toHaveLength(1099);
    expect(loaded.entries.filter((e) => e.id === imported[5]!.id)).toEqual([{ ...imported[5]!, minutes: 42 }]);
    expect(loaded.entries.some((e) => e.id === imported[6]!.id)).toBe(false);

    // A client's chunks go with it; the other client's entries stay.
    await reopened.deleteClient('c2');
    loaded = await reopened.load();
    expect(loaded.entries).toHaveLength(imported.filter((e, i) => e.clientId === 'c1' && i !== 5 && i !== 6).length + 1);
    expect(loaded.entries.every((e) => e.clientId === 'c1')).toBe(true);
    await reopened.deleteEverything();
    expect((await reopened.load()).entries).toEqual([]);
    reopened.close();
  });

  it('sets aside a bad entry inside a chunk (kept, counted once), and reads chunks raw', async () => {
    const name = fresh();
    const store = await LogStore.open(name);
    await store.putClient(client);
    await store.addAll([], [entry('2026-03-02T21:15:00+09:00', { id: 'good' })]);
    store.close();
    const raw = await openDB(name);
    await raw.add('chunks', { clientId: 'c1', ids: ['bad', 'fine'], entries: [{ id: 'bad', clientId: 'c1', at: 'never' }, entry('2026-03-03T10:00:00+09:00', { id: 'fine' })] });
    await raw.add('chunks', { something: 'else' });
    raw.close();
    const again = await LogStore.open(name);
    const first = await again.load();
    expect(first.entries.map((e) => e.id).sort()).toEqual(['fine', 'good']);
    expect(first.setAside).toBe(2);
    expect((await again.load()).setAside).toBe(2);
    expect((await again.load()).entries).toHaveLength(2);
    expect(await again.setAsideRecords()).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'bad', at: 'never' }), expect.objectContaining({ something: 'else' })]));
    again.close();
    expect((await readRaw(name)).entries.map((e) => (e as { id: string }).id).sort()).toEqual(['fine', 'good']);
  });

  it('deletes one client with its entries, or everything', async () => {
    const store = await LogStore.open(fresh());
    const other = { ...client, id: 'c2', name: 'Budi' };
    await store.addAll([client, other], [entry('2026-03-02T21:15:00+09:00'), entry('2026-03-02T22:15:00+09:00', { clientId: 'c2' })]);
    await store.deleteClient('c1');
    let loaded = await store.load();
    expect(loaded.clients.map((c) => c.id)).toEqual(['c2']);
    expect(loaded.entries.map((e) => e.clientId)).toEqual(['c2']);
    await store.deleteEverything();
    loaded = await store.load();
    expect([loaded.clients, loaded.entries]).toEqual([[], []]);
    store.close();
  });

  it('refuses a store from a newer edition, and reads it without changing it', async () => {
    const name = fresh();
    const newer = await openDB(name, 7, { upgrade: (db) => void db.createObjectStore('entries', { keyPath: 'id' }) });
    await newer.put('entries', entry('2026-03-02T21:15:00+09:00'));
    newer.close();
    await expect(LogStore.open(name)).rejects.toThrow();
    const raw = await readRaw(name);
    expect(raw.entries).toHaveLength(1);
    expect(raw.clients).toEqual([]);
  });
});
