/**
 * Intl formatters are slow to construct and cheap to reuse: the generator
 * recomposes on every keystroke, so each formatter is made once per locale and options.
 */
const cache = new Map<string, unknown>();

function memo<F>(kind: string, locale: string, options: object, make: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as F | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  memo('n', locale, options, () => new Intl.NumberFormat(locale, options));
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  memo('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
export const listFormat = (locale: string, options: Intl.ListFormatOptions) =>
  memo('l', locale, options, () => new Intl.ListFormat(locale, options));
export const pluralRules = (locale: string) => memo('p', locale, {}, () => new Intl.PluralRules(locale));
