/**
 * The incident log in every language, in a real browser with a real IndexedDB:
 * add, edit, delete and undo by keyboard; the summary against a seeded log;
 * export, then import into a fresh browser; two tabs; the generator handoff;
 * localized import errors; the page without JavaScript; axe on every state.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, langs, str, type Lang } from './fixtures.ts';

// axe on a full page and several browser contexts take a while on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

const l = (lang: Lang, key: string) => str(lang, key, 'log');
const url = (lang: Lang) => `/${lang}/tools/incident-log/`;
const zones: Record<Lang, string> = { ko: 'Asia/Seoul', tr: 'Europe/Istanbul', id: 'Asia/Jayapura' };
const offsets: Record<Lang, string> = { ko: '+09:00', tr: '+03:00', id: '+09:00' };

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

async function ready(page: Page, lang: Lang): Promise<void> {
  await page.goto(url(lang));
  await expect(page.getByRole('button', { name: l(lang, 'add'), exact: true })).toBeVisible();
}

/**
 * A known log written straight into IndexedDB (as a version 1 store, so the
 * upgrade path runs too): 9 contacts in the reader's zone over 2 weeks.
 */
async function seed(page: Page, lang: Lang): Promise<void> {
  await page.goto(`/${lang}/`); // same origin, before the tool has opened (and upgraded) its store
  const off = offsets[lang];
  const rows = [
    // week of Mon 2 Mar 2026
    ['2026-03-02T10:00:00', 'call', 30, []], // inside
    ['2026-03-02T22:00:00', 'message', 5, ['rude']], // late night 1
    ['2026-03-03T23:30:00', 'call', 20, ['rude', 'unpaid']], // late night 2
    ['2026-03-05T01:00:00', 'voicemail', 0, []], // night of 4th: late night 3
    ['2026-03-05T14:00:00', 'email', 15, ['unpaid']], // inside
    ['2026-03-07T11:00:00', 'message', 10, []], // Saturday: after hours
    // week of Mon 9 Mar
    ['2026-03-09T09:30:00', 'meeting', 60, []], // inside
    ['2026-03-10T21:15:00', 'call', 25, ['rude']], // late night (alone)
    ['2026-03-12T17:00:00', 'other', 15, []], // inside
  ] as const;
  await page.evaluate(
    async ({ rows, off }) => {
      const open = indexedDB.open('incident-log', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('entries', { keyPath: 'id' });
        open.result.createObjectStore('clients', { keyPath: 'id' });
      };
      const db: IDBDatabase = await new Promise((ok, fail) => { open.onsuccess = () => ok(open.result); open.onerror = () => fail(open.error); });
      const tx = db.transaction(['entries', 'clients'], 'readwrite');
      tx.objectStore('clients').put({ id: 'seed', name: 'Seed Client', createdAt: '2026-03-01T00:00:00Z' });
      rows.forEach(([local, channel, minutes, flags], i) => {
        const time = new Date(`${local}${off}`).getTime();
        const tz = Number(off.slice(1, 3)) * 60;
        tx.objectStore('entries').put({ id: `s${i}`, clientId: 'seed', time, tz, channel, what: `seeded ${i}`, handled: '', minutes, flags });
      });
      await new Promise((ok) => { tx.oncomplete = ok; });
      db.close();
    },
    { rows: rows as unknown as [string, string, number, string[]][], off },
  );
}

for (const lang of langs) {
  test.describe(lang, () => {
    test.use({ timezoneId: zones[lang] });

    test('add, edit, delete and undo with the keyboard only; nothing lost or doubled on reload', async ({ page }) => {
      await ready(page, lang);
      await page.getByRole('button', { name: l(lang, 'add'), exact: true }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: l(lang, 'form.titleAdd') });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByLabel(l(lang, 'channels.call'), { exact: true })).toBeFocused();
      await page.keyboard.press('ArrowRight'); // → message
      await page.keyboard.press('Tab');
      await page.keyboard.type('Asked for a free extra revision 😀 "again"');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Quoted the rate');
      await page.keyboard.press('Tab');
      await page.keyboard.type('15');
      await page.keyboard.press('Enter'); // submits the form from a text field
      await expect(dialog).toBeHidden();
      await expect(page.locator('main [data-status]')).toHaveText(l(lang, 'list.saved'));
      const items = page.locator('[data-entries] > li');
      await expect(items).toHaveCount(1);
      await expect(items.first()).toContainText('Asked for a free extra revision 😀 "again"');
      await expect(items.first()).toContainText(l(lang, 'channels.message'));

      // Edit: 15 → 40 minutes, then undo the edit.
      await items.first().getByRole('button', { name: l(lang, 'list.edit') }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: l(lang, 'form.titleEdit') })).toBeVisible();
      await page.getByLabel(l(lang, 'form.minutes')).focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('40');
      await page.keyboard.press('Enter');
      await expect(page.locator('main [data-status]')).toHaveText(l(lang, 'list.updated'));
      await expect(items.first()).toContainText(str(lang, 'list.minutes', 'log').replace('{{count}}', '40'));
      await page.getByRole('button', { name: l(lang, 'list.undo') }).focus();
      await page.keyboard.press('Enter');
      await expect(items.first()).toContainText(str(lang, 'list.minutes', 'log').replace('{{count}}', '15'));

      // Delete, undo, delete again.
      await items.first().getByRole('button', { name: l(lang, 'list.delete') }).focus();
      await page.keyboard.press('Enter');
      await expect(items).toHaveCount(0);
      await expect(page.getByRole('button', { name: l(lang, 'list.undo') })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(items).toHaveCount(1);

      await page.reload();
      await expect(items).toHaveCount(1);
      await expect(items.first()).toContainText(str(lang, 'list.minutes', 'log').replace('{{count}}', '15'));
      // Persistent storage was asked for, and the answer is shown.
      const persist = [l(lang, 'persist.granted'), l(lang, 'persist.denied'), l(lang, 'persist.unsupported')];
      await expect.poll(async () => persist.includes((await page.locator('[data-persist]').textContent()) ?? '')).toBe(true);
    });

    test('a bad entry gets a localized error summary that links to the field', async ({ page }) => {
      await ready(page, lang);
      await page.getByRole('button', { name: l(lang, 'add'), exact: true }).click();
      await page.getByLabel(l(lang, 'form.date')).fill('2099-01-01');
      await page.getByLabel(l(lang, 'form.minutes')).fill('-5');
      await page.getByRole('button', { name: l(lang, 'form.save'), exact: true }).click();
      const summary = page.locator('[data-entry-errors]');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(`${l(lang, 'fields.at')}: ${l(lang, 'reasons.future')}`);
      await expect(summary).toContainText(`${l(lang, 'fields.minutes')}: ${l(lang, 'reasons.range')}`);
      expect(await axe(page)).toEqual([]);
      await summary.getByRole('link').last().click();
      await expect(page.getByLabel(l(lang, 'form.minutes'))).toBeFocused();
      await expect(page.locator('[data-entries] > li')).toHaveCount(0);
    });

    test('the summary and report match a seeded (version 1) log', async ({ page }) => {
      await seed(page, lang);
      await page.goto(url(lang));
      const figures = page.locator('[data-figures]');
      const value = (key: string) => figures.locator('div', { hasText: l(lang, key) }).locator('dd');
      const n = (x: string) => x; // numbers below are written as the page's language writes them
      await expect(value('summary.perWeek')).toHaveText(str(lang, 'summary.count', 'log').replace('{{count}}', lang === 'ko' ? '4.5' : '4,5'));
      // After hours: 22:00, 23:30, 01:00, Saturday, 21:15 = 5 of 9 (56 %)
      const share = new Intl.NumberFormat(lang, { style: 'percent' }).format(5 / 9);
      await expect(value('summary.afterHours')).toHaveText(l(lang, 'summary.share').replace('{{count}}', '5').replace('{{share}}', share));
      // Unpaid time: 180 minutes = 3 hours
      await expect(value('summary.unpaid')).toHaveText(l(lang, 'summary.hours').replace('{{count}}', n('3')));
      await expect(value('summary.rude')).toHaveText(l(lang, 'summary.count').replace('{{count}}', '3'));
      await expect(value('summary.unpaidAsk')).toHaveText(l(lang, 'summary.count').replace('{{count}}', '2'));
      await expect(value('summary.streak')).toHaveText(l(lang, 'summary.nights').replace('{{count}}', '3'));
      await expect(page.locator('[data-chart-rows] tr')).toHaveCount(2);
      await expect(page.locator('[data-chart-rows] tr').first().locator('td')).toHaveText(['6', '4']);
      await expect(page.locator('[data-chart] svg rect.bar-after')).toHaveCount(2);
      await expect(page.locator('[data-headline]')).toContainText('9');
      expect(await axe(page)).toEqual([]);

      // The report, in another language, neutral, with every entry.
      const other: Lang = lang === 'tr' ? 'id' : 'tr';
      await page.getByLabel(l(lang, 'report.language')).selectOption(other);
      await page.locator('[data-report-details] > summary').click();
      const report = page.locator('[data-report]');
      await expect(report).toHaveAttribute('lang', other);
      await expect(report.locator('h3')).toHaveText(l(other, 'report.title').replace('{{client}}', 'Seed Client'));
      await expect(report.locator('tbody tr')).toHaveCount(9);
      await expect(report).toContainText(l(other, 'report.total').replace('{{count}}', '9'));
      expect(await axe(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await expect(report).toBeVisible();
      await expect(page.getByRole('button', { name: l(lang, 'add'), exact: true })).toBeHidden();
      await expect(page.locator('h1')).toBeHidden();
    });

    test('export, then import into a fresh browser gives the same log; importing twice adds nothing', async ({ page, browser, baseURL }) => {
      await seed(page, lang);
      await page.goto(url(lang));
      await expect(page.locator('[data-entries] > li')).toHaveCount(9);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: l(lang, 'data.export') }).click()]);
      const path = (await download.path()) ?? '';
      const csv = readFileSync(path, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv).toContain(l(lang, 'csv.headers.at'));
      const listBefore = await page.locator('[data-entries]').innerText();
      const figuresBefore = await page.locator('[data-figures]').innerText();

      const fresh = await browser.newContext({ timezoneId: zones[lang], ...(baseURL ? { baseURL } : {}) });
      const other = await fresh.newPage();
      await other.goto(url(lang));
      await other.getByLabel(l(lang, 'data.import')).setInputFiles(path);
      await expect(other.locator('[data-import-summary]')).toHaveText(l(lang, 'data.imported').replace('{{added}}', '9').replace('{{duplicates}}', '0'));
      expect(await other.locator('[data-entries]').innerText()).toBe(listBefore);
      expect(await other.locator('[data-figures]').innerText()).toBe(figuresBefore);
      await expect(other.locator('[data-client-select] option:checked')).toHaveText('Seed Client');
      await other.getByLabel(l(lang, 'data.import')).setInputFiles(path);
      await expect(other.locator('[data-import-summary]')).toHaveText(l(lang, 'data.imported').replace('{{added}}', '0').replace('{{duplicates}}', '9'));
      await expect(other.locator('[data-entries] > li')).toHaveCount(9);
      // Imported entries are stored in chunks: they read back after a reload, and one deleted stays deleted.
      await other.reload();
      // The list is read from IndexedDB after load: wait for it (a bare innerText raced it on a loaded machine).
      await expect(other.locator('[data-entries] > li')).toHaveCount(9);
      expect(await other.locator('[data-entries]').innerText()).toBe(listBefore);
      await other.locator('[data-entries] > li').first().getByRole('button', { name: l(lang, 'list.delete') }).click();
      await expect(other.locator('[data-entries] > li')).toHaveCount(8);
      await other.reload();
      await expect(other.locator('[data-entries] > li')).toHaveCount(8);
      await fresh.close();
    });

    test('a malformed file is refused with the row and column named, and changes nothing', async ({ page }) => {
      await ready(page, lang);
      const header = `${l(lang, 'csv.headers.at')},${l(lang, 'csv.headers.channel')},${l(lang, 'csv.headers.minutes')}`;
      await page.getByLabel(l(lang, 'data.import')).setInputFiles({
        name: 'bad.csv', mimeType: 'text/csv',
        buffer: Buffer.from(`${header}\n2026-03-02T21:15:00+09:00,call,10\n2026-03-02 21:15,call,10\n`),
      });
      const result = page.locator('[data-import-result]');
      await expect(result).toBeFocused();
      await expect(result).toContainText(l(lang, 'data.importFailed'));
      await expect(result).toContainText(l(lang, 'data.problem').replace('{{row}}', '3').replace('{{field}}', l(lang, 'csv.headers.at')).replace('{{reason}}', l(lang, 'reasons.invalid')));
      expect(await axe(page)).toEqual([]);
      // Windows-1254 (Turkish Excel of old): "Müşteri" with ü=FC ş=FE
      await page.getByLabel(l(lang, 'data.import')).setInputFiles({ name: 'tr.csv', mimeType: 'text/csv', buffer: Buffer.from([0x4d, 0xfc, 0xfe, 0x74, 0x65, 0x72, 0x69, 0x0a]) });
      await expect(result).toContainText(l(lang, 'data.file.win1254'));
      await expect(page.locator('[data-entries] > li')).toHaveCount(0);
    });

    test('two tabs: a change in one shows in the other, without duplicates', async ({ context }) => {
      const a = await context.newPage();
      const b = await context.newPage();
      await ready(a, lang);
      await ready(b, lang);
      await a.getByRole('button', { name: l(lang, 'add'), exact: true }).click();
      await a.getByLabel(l(lang, 'form.what')).fill('from tab A');
      await a.getByRole('button', { name: l(lang, 'form.save'), exact: true }).click();
      await expect(b.locator('[data-entries] > li')).toHaveCount(1);
      await expect(b.locator('[data-entries]')).toContainText('from tab A');
      await expect(b.locator('main [data-status]')).toHaveText(l(lang, 'store.otherTab'));
      await b.locator('[data-entries] > li').first().getByRole('button', { name: l(lang, 'list.delete') }).click();
      await expect(a.locator('[data-entries] > li')).toHaveCount(0);
      await a.reload();
      await expect(a.locator('[data-entries] > li')).toHaveCount(0);
    });

    test('several clients; the picker remembers the last one', async ({ page }) => {
      await ready(page, lang);
      for (const name of ['Ahmet Yılmaz', '김민수']) {
        await page.getByRole('button', { name: l(lang, 'clients.add') }).click();
        await page.getByLabel(l(lang, 'clients.nameLabel')).fill(name);
        await page.getByRole('button', { name: l(lang, 'clients.save'), exact: true }).click();
      }
      await expect(page.getByLabel(l(lang, 'clients.label'), { exact: true })).toBeFocused();
      await page.getByRole('button', { name: l(lang, 'add'), exact: true }).click();
      await page.getByRole('button', { name: l(lang, 'form.save'), exact: true }).click();
      await page.getByLabel(l(lang, 'clients.label'), { exact: true }).selectOption({ label: 'Ahmet Yılmaz' });
      await expect(page.locator('[data-entries] > li')).toHaveCount(0);
      await page.reload();
      await expect(page.locator('[data-client-select] option:checked')).toHaveText('Ahmet Yılmaz');
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: l(lang, 'data.deleteAll') }).click();
      await expect(page.locator('[data-client-select] option')).toHaveText([l(lang, 'clients.none')]);
    });

    test('one click opens the script generator with the facts filled in', async ({ page }) => {
      await seed(page, lang);
      await page.goto(url(lang));
      await page.getByLabel(l(lang, 'report.language')).selectOption('id');
      await page.getByRole('link', { name: l(lang, 'handoff.button') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/tools/script/`));
      const facts = page.locator('#field-facts');
      await expect(facts).toHaveValue(/^Sejak 2 Maret 2026 tercatat 9 kali komunikasi, 4 di antaranya setelah pukul 21\.00\./);
      await expect(page.locator('#field-lang')).toHaveValue('id');
      await expect(page.locator('#field-client')).toHaveValue('Seed Client');
    });

    test('linked from the home, the guide’s A2 and A6 sections and the quiz results', async ({ page }) => {
      const href = url(lang);
      await page.goto(`/${lang}/`);
      await expect(page.locator(`#tools a[href="${href}"]`)).toHaveCount(1);
      await page.goto(`/${lang}/guides/spotting-a-toxic-client/`);
      // The box follows the section it belongs to: the first after A2's heading, the second after A6's.
      for (const anchor of ['red-flag-overcommunication', 'red-flag-aggression']) {
        const after = page.locator(`h2#${anchor} ~ aside.tool-link a[href="${href}"]`).first();
        await expect(after).toBeVisible();
      }
      await expect(page.locator(`aside.tool-link a[href="${href}"]`)).toHaveCount(2);
      await page.goto(`/${lang}/quiz/readiness/`);
      await expect(page.locator(`[data-concern="records"] a[href="${href}"]`)).toHaveCount(1);
      await page.goto(`/${lang}/quiz/toxic-client/`);
      await expect(page.locator(`[data-concern~="overcommunication"] a[href="${href}"]`)).toHaveCount(1);
      await expect(page.locator(`[data-concern~="aggression"] a[href="${href}"]`)).toHaveCount(1);
    });

    test('without JavaScript: a plain note, and no form that could send anything', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
      const page = await context.newPage();
      await page.goto(url(lang));
      await expect(page.getByText(l(lang, 'noJs'))).toBeVisible();
      await expect(page.locator('form:visible, input:visible, textarea:visible')).toHaveCount(0);
      for (const method of await page.locator('incident-log form').evaluateAll((forms) => forms.map((f) => f.getAttribute('method')))) expect(method).toBe('dialog');
      await context.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe: empty, dialog open and filled states (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await ready(page, lang);
        expect(await axe(page)).toEqual([]);
        await page.getByRole('button', { name: l(lang, 'add'), exact: true }).click();
        expect(await axe(page)).toEqual([]);
        await page.getByLabel(l(lang, 'form.rude')).check();
        await page.getByRole('button', { name: l(lang, 'form.save'), exact: true }).click();
        await expect(page.locator('[data-entries] > li')).toHaveCount(1);
        await page.locator('[data-chart] summary').click();
        expect(await axe(page)).toEqual([]);
      });
    }
  });
}

test('unreadable records are set aside (kept), with a notice and an export of what could be read', async ({ page }) => {
  await seed(page, 'id');
  await page.evaluate(async () => {
    const open = indexedDB.open('incident-log', 1);
    const db: IDBDatabase = await new Promise((ok) => { open.onsuccess = () => ok(open.result); });
    const tx = db.transaction('entries', 'readwrite');
    tx.objectStore('entries').put({ id: 'broken', clientId: 'seed', time: 'not a time', channel: 'pigeon' });
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
  });
  await page.goto(url('id'));
  const alert = page.locator('[data-alert]');
  await expect(alert).toContainText(l('id', 'store.setAside').replace('{{count}}', '1'));
  await expect(page.locator('[data-entries] > li')).toHaveCount(9);
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: l('id', 'store.exportReadable') }).click()]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.trim().split('\r\n')).toHaveLength(10);
  expect(await axe(page)).toEqual([]);
  // Kept, not deleted: the record is still in the store, aside.
  const kept = await page.evaluate(async () => {
    const open = indexedDB.open('incident-log');
    const db: IDBDatabase = await new Promise((ok) => { open.onsuccess = () => ok(open.result); });
    const all: { record: { id: string } }[] = await new Promise((ok) => { const r = db.transaction('setAside').objectStore('setAside').getAll(); r.onsuccess = () => ok(r.result); });
    db.close();
    return all.map((a) => a.record.id);
  });
  expect(kept).toEqual(['broken']);
});

test('nothing scrolls sideways at 320 px with a long, unbroken entry', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await ready(page, 'tr');
  await page.getByRole('button', { name: l('tr', 'add'), exact: true }).click();
  await page.getByLabel(l('tr', 'form.what')).fill('x'.repeat(10_000));
  await page.getByRole('button', { name: l('tr', 'form.save'), exact: true }).click();
  await expect(page.locator('[data-entries] > li')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
