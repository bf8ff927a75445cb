/** content/search/*.yaml, turned into objects by the search bundle's YAML loader (scripts/search-module.mjs). */
declare module '*.yaml' {
  const data: import('./lib/search/normalize.ts').LanguageData;
  export default data;
}
