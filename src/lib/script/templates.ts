/**
 * The generator's templates as a translate function, without i18next.
 *
 * The site's pages use i18next at build time; in the browser the generator
 * needs only a small part of it, and i18next alone (16 KB gzip) would break the
 * page's 30 KB budget once the natively written templates of the second edition
 * are added. This is that part, with i18next's syntax and semantics, so the
 * script.json files stay ordinary i18next resources:
 * - nested keys with dots ("call.opening.phone.named");
 * - tone as context: `key_warm` when it exists, else `key` (i18next's fallback);
 * - `{{name}}` and `{{name, formatter}}` (Korean particles, Turkish cases);
 * - no HTML escaping: the texts go into text nodes, never HTML.
 * A missing key returns the key and a missing value leaves its `{{…}}` in place,
 * so the tests' "no placeholder" check catches both.
 */
import type { Formatter } from './pack.ts';

/** A translate function fixed to one output language's `script` templates. */
export type T = (key: string, options?: Record<string, unknown>) => string;

function flatten(messages: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (messages && typeof messages === 'object') {
    for (const [key, value] of Object.entries(messages)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else if (typeof messages === 'string') out.set(prefix, messages);
  return out;
}

/**
 * @example createT({ hi: 'Hello {{name}}', hi_warm: 'Hi {{name}}' }, 'en', {})('hi', { name: 'A', context: 'warm' }) // 'Hi A'
 */
export function createT(messages: unknown, lang: string, formatters: Record<string, Formatter>): T {
  const flat = flatten(messages, '', new Map());
  return (key, options = {}) => {
    const context = options['context'];
    const template = (typeof context === 'string' && flat.get(`${key}_${context}`)) || flat.get(key);
    if (template === undefined) return key;
    return template.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (whole, expression: string) => {
      const [name = '', format] = expression.split(',').map((part) => part.trim());
      const value = options[name];
      if (value === undefined || value === null) return whole;
      const formatter = format ? formatters[format] : undefined;
      return formatter ? formatter(value, lang) : String(value);
    });
  };
}
