// Speed benchmark of the incident log (not a test), in a real browser against
// the built site. Run after a build:  npm run bench:log
//  1. Adding an entry to a log of 5,000 entries: saved to IndexedDB, then the
//     summary, chart and list redrawn. Budget: median under 50 ms.
//  2. Importing a CSV of 10,000 rows (read, decode, parse, check, merge, save,
//     redraw). Budget: median under 1 s.
// The machine's load average is printed with the numbers: on a shared machine
// a run at load 15 can take twice as long as one at load 2.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chooseBrowser } from '../tests/browser.ts';

const PORT = Number(process.env.PORT ?? 4398);
const base = `http://127.0.0.1:${PORT}`;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));

const choice = chooseBrowser();
const browser = await chromium.launch({ args: choice.args, ...(choice.executablePath ? { executablePath: choice.executablePath } : {}) });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  const context = await browser.newContext({ timezoneId: 'Asia/Seoul' });
  const page = await context.newPage();
  // Seed 5,000 entries over two years before the tool opens its store.
  await page.goto(`${base}/ko/`);
  await page.evaluate(async () => {
    const open = indexedDB.open('incident-log', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('entries', { keyPath: 'id' });
      open.result.createObjectStore('clients', { keyPath: 'id' });
    };
    const db = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
    const tx = db.transaction(['entries', 'clients'], 'readwrite');
    tx.objectStore('clients').put({ id: 'bench', name: 'Bench', createdAt: '2024-01-01T00:00:00Z' });
    const start = Date.UTC(2024, 0, 1);
    for (let i = 0; i < 5000; i++) {
      tx.objectStore('entries').put({ id: `b${i}`, clientId: 'bench', time: start + i * 3.7 * 3600_000, tz: 540, channel: 'call', what: `entry ${i}`, handled: 'noted', minutes: 10, flags: i % 7 ? [] : ['rude'] });
    }
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  });
  await page.goto(`${base}/ko/tools/incident-log/`);
  await page.locator('[data-entries] > li').first().waitFor();
  const addTimes = await page.evaluate(async () => {
    const app = document.querySelector('incident-log');
    const times = [];
    for (let i = 0; i < 40; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, i)).toISOString().replace('.000Z', 'Z');
      const entry = { v: 2, id: `new-${i}`, clientId: 'bench', at, channel: 'message', what: 'late message', handled: '', minutes: 5, billed: false, rude: false, unpaidAsk: false, afterHoursOverride: null, createdAt: at, updatedAt: at };
      const t0 = performance.now();
      await app.saveEntry(entry);
      times.push(performance.now() - t0);
    }
    return times;
  });
  rows.push({ what: 'add an entry to a 5,000-entry log + redraw', runs: addTimes.length, 'median ms': median(addTimes).toFixed(1), 'max ms': Math.max(...addTimes).toFixed(1), budget: '< 50 ms median' });

  // Import: a CSV of 10,000 rows, into an emptied log, five times.
  const importTimes = [];
  for (let run = 0; run < 5; run++) {
    importTimes.push(
      await page.evaluate(async (run) => {
        const app = document.querySelector('incident-log');
        await app.store.deleteEverything();
        await app.reload();
        const lines = ['at,channel,what,handled,minutes,client'];
        for (let i = 0; i < 10_000; i++) lines.push(`${new Date(Date.UTC(2025, 0, 1) + i * 1800_000 + run).toISOString()},call,"row ${i}, with ""quotes""",handled,${i % 60},Bench ${run}`);
        const file = new File(['\uFEFF' + lines.join('\r\n')], 'bench.csv', { type: 'text/csv' });
        const input = document.querySelector('[data-import]');
        const summary = document.querySelector('[data-import-summary]');
        summary.textContent = '';
        const transfer = new DataTransfer();
        transfer.items.add(file);
        input.files = transfer.files;
        const t0 = performance.now();
        input.dispatchEvent(new Event('change'));
        while (!summary.textContent) await new Promise((r) => setTimeout(r, 5));
        const elapsed = performance.now() - t0;
        if (!summary.textContent.includes('10000') && !summary.textContent.includes('10,000') && !/10\D?000/.test(summary.textContent)) throw new Error(`unexpected: ${summary.textContent}`);
        return elapsed;
      }, run),
    );
  }
  rows.push({ what: 'import 10,000 CSV rows', runs: importTimes.length, 'median ms': median(importTimes).toFixed(0), 'max ms': Math.max(...importTimes).toFixed(0), budget: '< 1000 ms median' });
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
console.table(rows);
console.log(`load average (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
const add = Number(rows[0]['median ms']), imp = Number(rows[1]['median ms']);
console.log(add < 50 && imp < 1000 ? 'ok: within budget' : 'SLOW: over budget');
