// Speed benchmark (not a test): how long the script generator takes to
// recompose every output after a keystroke, in a real browser, per output
// language. Run after a build:  npm run bench
// Budget: median under 4 ms on a 2-core machine.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chooseBrowser } from '../tests/browser.ts';

const PORT = Number(process.env.PORT ?? 4399);
const RUNS = 300;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));

const choice = chooseBrowser();
const browser = await chromium.launch({ args: choice.args, ...(choice.executablePath ? { executablePath: choice.executablePath } : {}) });
const rows = [];
try {
  for (const lang of ['ko', 'tr', 'id']) {
    const page = await browser.newPage();
    const query = new URLSearchParams({
      client: lang === 'ko' ? '김민수' : lang === 'tr' ? 'Ahmet Yılmaz' : 'Budi Santoso',
      you: 'Sari', reasons: 'time,aggression,fit', facts: 'x'.repeat(200), contract: 'end-now', fee: '3000000', completed: '40',
      referrals: 'A Studio', referralContacts: 'a@studio.example', lang,
      // An Indonesian client must be Bapak or Ibu (the form refuses to compose otherwise).
      ...(lang === 'id' ? { title: 'Bapak' } : lang === 'tr' ? { title: 'Bey' } : {}),
    });
    await page.goto(`http://127.0.0.1:${PORT}/${lang}/tools/script/?${query}`);
    await page.locator('#call-script [data-output-text] p').first().waitFor().catch((error) => {
      throw new Error(`${lang}: the generator composed nothing from the benchmark's link`, { cause: error });
    });
    const times = await page.evaluate(async (runs) => {
      const el = document.querySelector('script-generator');
      const input = document.getElementById('field-client');
      const out = [];
      for (let i = 0; i < runs; i++) {
        input.value = `${input.value.slice(0, 20)}${i % 10}`;
        const start = performance.now();
        await el.update();
        out.push(performance.now() - start);
      }
      return out;
    }, RUNS);
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    rows.push({ 'output language': lang, runs: RUNS, 'median ms': at(0.5).toFixed(2), 'p95 ms': at(0.95).toFixed(2), 'max ms': at(1).toFixed(2) });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.table(rows);
const worst = Math.max(...rows.map((r) => Number(r['median ms'])));
console.log(worst < 4 ? `ok: worst median ${worst} ms < 4 ms` : `SLOW: worst median ${worst} ms ≥ 4 ms`);
