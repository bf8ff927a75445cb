/**
 * Fill `{{name}}` slots in a translated string already rendered into the page
 * (so small browser scripts need not ship i18next). Unknown names become ''.
 * @example fillTemplate('{{count}} sonuç', { count: 3 }) // '3 sonuç'
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(values[key] ?? ''));
}
