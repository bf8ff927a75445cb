// Screenshots of each page type at phone width (390 × 844) in light and dark,
// for a person to look at (not compared pixel by pixel). Run after a build:
//   npm run screenshots            → test-results/screenshots/{lang}-{page}-{theme}.png
// Each page is shot as its first screen and as the full page; the header menu
// is also shot open. SCREENSHOT_LANGS=ko,tr limits the languages.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chooseBrowser } from '../tests/browser.ts';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4398);
const OUT = 'test-results/screenshots';
const langs = (process.env.SCREENSHOT_LANGS ?? 'ko,tr,id').split(',');
const pages = {
  home: '',
  guides: 'guides/',
  guide: 'guides/letting-a-client-go/',
  tools: 'tools/',
  quiz: 'quiz/toxic-client/',
  generator: 'tools/script/',
  search: 'search/',
  notfound: '404/',
};

mkdirSync(OUT, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const choice = chooseBrowser();
const browser = await chromium.launch({ args: choice.args, ...(choice.executablePath ? { executablePath: choice.executablePath } : {}) });
let count = 0;
try {
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, colorScheme: theme });
    const page = await context.newPage();
    for (const lang of langs) {
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`http://127.0.0.1:${PORT}/${lang}/${path}`);
        await page.screenshot({ path: `${OUT}/${lang}-${name}-${theme}.png` });
        await page.screenshot({ path: `${OUT}/${lang}-${name}-${theme}-full.png`, fullPage: true });
        count += 2;
      }
      await page.goto(`http://127.0.0.1:${PORT}/${lang}/`);
      await page.locator('details[data-menu] > summary').click();
      await page.screenshot({ path: `${OUT}/${lang}-menu-${theme}.png` });
      count += 1;
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`${count} screenshots in ${OUT}/`);
