// Typed keys: a `t('…')` call with a key that the reference language (ko) lacks
// fails `astro check`. The other languages are held to the same keys by the parity test.
import 'i18next';
import type common from './locales/ko/common.json';
import type guides from './locales/ko/guides.json';
import type quiz from './locales/ko/quiz.json';
import type generator from './locales/ko/generator.json';
import type script from './locales/ko/script.json';
import type storage from './locales/ko/storage.json';
import type log from './locales/ko/log.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      guides: typeof guides;
      quiz: typeof quiz;
      generator: typeof generator;
      script: typeof script;
      storage: typeof storage;
      log: typeof log;
    };
  }
}
