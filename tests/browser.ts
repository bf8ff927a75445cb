/**
 * Which Chromium Playwright drives. In order: the path in CHROMIUM_PATH (or
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH); a system Chromium (Debian's
 * /usr/bin/chromium and friends); Playwright's own downloaded browser. If none
 * exists, stop with a message that says what to install.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

// Flags that keep a system Chromium quiet on a machine with no internet: no
// background fetches, no update checks, no first-run UI.
const SYSTEM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserChoice {
  executablePath?: string;
  args: string[];
  source: 'env' | 'system' | 'playwright';
}

export function chooseBrowser(env: Record<string, string | undefined> = process.env): BrowserChoice {
  const named = env['CHROMIUM_PATH'] ?? env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH is set to ${named}, but no file is there.`);
    return { executablePath: named, args: SYSTEM_ARGS, source: 'env' };
  }
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: SYSTEM_ARGS, source: 'system' };
  if (existsSync(chromium.executablePath())) return { args: [], source: 'playwright' };
  throw new Error(
    [
      'No browser for the end-to-end tests. Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - Playwright\'s own: npx playwright install chromium',
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    ].join('\n'),
  );
}
