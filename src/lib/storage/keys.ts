/**
 * Which localStorage keys belong to a tool: its own key and any `key:…` below
 * it (e.g. `script-generator`, `script-generator:…`). "Clear" removes them all.
 * `quiz:readiness` does not own `quiz:readiness-2`: only an exact match or a colon.
 */
export function ownsKey(toolKey: string, key: string): boolean {
  return key === toolKey || key.startsWith(`${toolKey}:`);
}
