/**
 * localStorage, or undefined where the browser refuses it (private modes,
 * blocked storage): the tools then still work, only without memory.
 */
export function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
