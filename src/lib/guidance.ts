/**
 * The guidance points the site carries (A1–A8: recognising a toxic client;
 * B1–B17: letting a client go well) and the one place that says which guide
 * section carries each. The anchors are language-neutral and identical in every
 * language, so quizzes and tools can link into any language's guide.
 */

export const guideSlugs = ['spotting-a-toxic-client', 'letting-a-client-go', 'preventing-toxic-clients'] as const;
export type GuideSlug = (typeof guideSlugs)[number];

export const pointIds = [
  'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8',
  'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17',
] as const;
export type PointId = (typeof pointIds)[number];

export interface PointLocation {
  guide: GuideSlug;
  anchor: string;
}

/** Where each point is explained. */
export const pointLocations: Record<PointId, PointLocation> = {
  A1: { guide: 'spotting-a-toxic-client', anchor: 'healthy-both-ways' },
  A2: { guide: 'spotting-a-toxic-client', anchor: 'red-flag-overcommunication' },
  A3: { guide: 'spotting-a-toxic-client', anchor: 'red-flag-time' },
  A4: { guide: 'spotting-a-toxic-client', anchor: 'red-flag-free-work' },
  A5: { guide: 'spotting-a-toxic-client', anchor: 'established-clients' },
  A6: { guide: 'spotting-a-toxic-client', anchor: 'red-flag-aggression' },
  A7: { guide: 'spotting-a-toxic-client', anchor: 'not-worth-keeping' },
  A8: { guide: 'spotting-a-toxic-client', anchor: 'your-time-and-image' },
  B1: { guide: 'letting-a-client-go', anchor: 'why-it-happens' },
  B2: { guide: 'letting-a-client-go', anchor: 'dont-fire-by-message' },
  B3: { guide: 'letting-a-client-go', anchor: 'dont-be-unkind' },
  B4: { guide: 'letting-a-client-go', anchor: 'dont-blame' },
  B5: { guide: 'letting-a-client-go', anchor: 'give-a-reason' },
  B6: { guide: 'letting-a-client-go', anchor: 'keep-the-contract' },
  B7: { guide: 'letting-a-client-go', anchor: 'afterwards' },
  B8: { guide: 'letting-a-client-go', anchor: 'refunds' },
  B9: { guide: 'letting-a-client-go', anchor: 'be-clear' },
  B10: { guide: 'letting-a-client-go', anchor: 'offer-alternatives' },
  B11: { guide: 'letting-a-client-go', anchor: 'thank-them' },
  B12: { guide: 'letting-a-client-go', anchor: 'end-the-call' },
  B13: { guide: 'letting-a-client-go', anchor: 'reward-yourself' },
  B14: { guide: 'preventing-toxic-clients', anchor: 'prevention' },
  B15: { guide: 'preventing-toxic-clients', anchor: 'contract-clause' },
  B16: { guide: 'preventing-toxic-clients', anchor: 'ask-a-lawyer' },
  B17: { guide: 'preventing-toxic-clients', anchor: 'the-aim' },
};

/** The anchors a guide must carry, in point order. */
export function anchorsOf(guide: GuideSlug): string[] {
  return pointIds.filter((id) => pointLocations[id].guide === guide).map((id) => pointLocations[id].anchor);
}

/** The points a guide carries. */
export function pointsOf(guide: GuideSlug): PointId[] {
  return pointIds.filter((id) => pointLocations[id].guide === guide);
}
