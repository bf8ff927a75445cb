/** The strings and links the search bundle shows, passed to it as one `data-messages` attribute. */
import { useT } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { pluralForms } from '../i18n/plural.ts';
import { localizedPath } from '../lib/urls.ts';

export function searchMessages(lang: Lang): string {
  const t = useT(lang);
  return JSON.stringify({
    loading: t('search.loading'),
    error: t('search.loadFailed'),
    errorLink: t('search.openPage'),
    empty: t('search.empty'),
    noResults: t('search.noResults'),
    hint: t('search.hint'),
    guides: t('search.browseGuides'),
    tools: t('search.browseTools'),
    results: pluralForms(lang, 'common', 'search.results'),
    urls: { guides: localizedPath(lang, 'guides'), tools: localizedPath(lang, 'tools'), search: localizedPath(lang, 'search') },
  });
}
