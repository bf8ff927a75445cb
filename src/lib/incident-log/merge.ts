/**
 * Bringing imported rows into a log without overwriting anything: a row whose id
 * is already there, or that describes the same contact as an existing entry
 * (same client, moment, channel, minutes and words), is counted as a duplicate
 * and skipped; everything else is added. Clients are matched by name.
 */
import { contactKey, type Client, type Entry } from './entry.ts';
import type { ImportedRow } from './csv.ts';

export interface MergeResult {
  clients: Client[];
  entries: Entry[];
  duplicates: number;
}

export function mergeImport(
  existingClients: readonly Client[],
  existingEntries: readonly Entry[],
  rows: readonly ImportedRow[],
  options: { currentClientId?: string; makeId: () => string; now: Date; defaultClientName: string },
): MergeResult {
  const byName = new Map(existingClients.map((c) => [c.name.normalize('NFC').trim(), c]));
  const newClients: Client[] = [];
  const clientFor = (name: string): string => {
    if (!name && options.currentClientId) return options.currentClientId;
    const key = (name || options.defaultClientName).normalize('NFC').trim();
    let client = byName.get(key);
    if (!client) {
      client = { id: options.makeId(), name: key, createdAt: options.now.toISOString() };
      byName.set(key, client);
      newClients.push(client);
    }
    return client.id;
  };
  const ids = new Set(existingEntries.map((e) => e.id));
  const keys = new Set(existingEntries.map(contactKey));
  const entries: Entry[] = [];
  let duplicates = 0;
  for (const { clientName, ...row } of rows) {
    const entry: Entry = { ...row, clientId: clientFor(clientName) };
    const key = contactKey(entry);
    if (ids.has(entry.id) || keys.has(key)) {
      duplicates++;
      continue;
    }
    ids.add(entry.id);
    keys.add(key);
    entries.push(entry);
  }
  return { clients: newClients, entries, duplicates };
}
