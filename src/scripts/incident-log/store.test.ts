import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { LogStore, readRaw } from './store.ts';
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
    const raw = await openDB(name, 2);
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
