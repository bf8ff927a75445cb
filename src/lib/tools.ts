/**
 * The site's interactive tools, where they live, and whether they are built yet.
 * A tool link (in guides, on the homes) renders only for a tool that is live,
 * so no page ever links to a route that does not exist.
 */
export const toolIds = ['toxic-quiz', 'readiness', 'script'] as const;
export type ToolId = (typeof toolIds)[number];

export const tools: Record<ToolId, { path: string; live: boolean }> = {
  'toxic-quiz': { path: 'quiz/toxic-client', live: false },
  readiness: { path: 'quiz/readiness', live: false },
  script: { path: 'tools/script', live: false },
};

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && (toolIds as readonly string[]).includes(value);
}
