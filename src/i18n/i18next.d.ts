// Typed keys: a `t('…')` call with a key that the reference language (ko) lacks
// fails `astro check`. The other languages are held to the same keys by the parity test.
import 'i18next';
import type common from './locales/ko/common.json';
import type guides from './locales/ko/guides.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      guides: typeof guides;
    };
  }
}
