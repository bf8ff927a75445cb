// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { langs } from './src/i18n/locales.ts';
import { siteUrl } from './src/site-url.ts';
import { BOOT_SCRIPT } from './src/boot-script.ts';
import { createHash } from 'node:crypto';
import { localizedHeadingIds } from './src/integrations/heading-ids.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteUrlCheck } from './src/integrations/site-url-check.ts';
import { searchModule } from './scripts/search-module.mjs';

/** @type {`sha256-${string}`} */
const bootHash = `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;

export default defineConfig({
  site: siteUrl(process.env),
  trailingSlash: 'always',
  i18n: {
    locales: [...langs],
    // Every language lives under its own prefix; `/` is the language chooser, not a redirect.
    defaultLocale: 'ko',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    searchModule(),
    sitemap({
      i18n: {
        defaultLocale: 'ko',
        // hreflang by language only: the site is for speakers of each language anywhere.
        locales: Object.fromEntries(langs.map((lang) => [lang, lang])),
      },
      // The root chooser and the 404 pages are not content to index.
      filter: (page) => {
        const path = new URL(page).pathname;
        return path !== '/' && !/\/404\/?$/.test(path);
      },
    }),
    // dist/_headers: public/_headers plus each page's CSP as a header (with frame-ancestors).
    securityHeaders(),
    // A loud warning (or, on a deploy build, an error) when SITE_URL is missing.
    siteUrlCheck(),
  ],
  // Heading ids lower-cased in the page's language (Turkish İ → i, not i + U+0307).
  markdown: { processor: satteri({ hastPlugins: [localizedHeadingIds()] }) },
  build: { inlineStylesheets: 'always' },
  // A Content-Security-Policy on every page (as a <meta>; hashes of every script and
  // style Astro emits): nothing loads from, or is sent to, another origin.
  // Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [bootHash] },
    },
  },
  devToolbar: { enabled: false },
});
