/**
 * The site's interactive tools, where they live, and whether they are built yet.
 * A tool link (in guides, on the homes) renders only for a tool that is live,
 * so no page ever links to a route that does not exist.
 */
export const toolIds = ['toxic-quiz', 'readiness', 'script', 'incident-log'] as const;
export type ToolId = (typeof toolIds)[number];

export const tools: Record<ToolId, { path: string; live: boolean }> = {
  'toxic-quiz': { path: 'quiz/toxic-client', live: true },
  readiness: { path: 'quiz/readiness', live: true },
  script: { path: 'tools/script', live: true },
  'incident-log': { path: 'tools/incident-log', live: true },
};
