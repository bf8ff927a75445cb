// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { langs } from './src/i18n/locales.ts';
import { siteUrl } from './src/site-url.ts';

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
  ],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
