/**
 * The site's interactive tools, where they live, and whether they are built yet.
 * A tool link (in guides, on the homes) renders only for a tool that is live,
 * so no page ever links to a route that does not exist.
 */
export const toolIds = ['toxic-quiz', 'readiness', 'script', 'incident-log'] as const;
export type ToolId = (typeof toolIds)[number];

/** `check`: a self-assessment the reader answers; `maker`: a tool that produces or keeps something. */
export type ToolKind = 'check' | 'maker';

export const tools: Record<ToolId, { path: string; live: boolean; kind: ToolKind }> = {
  'toxic-quiz': { path: 'quiz/toxic-client', live: true, kind: 'check' },
  readiness: { path: 'quiz/readiness', live: true, kind: 'check' },
  script: { path: 'tools/script', live: true, kind: 'maker' },
  'incident-log': { path: 'tools/incident-log', live: true, kind: 'maker' },
};

/** The tools that exist, in registry order. */
export const liveToolIds = (): ToolId[] => toolIds.filter((id) => tools[id].live);
