/**
 * The topics guides are grouped by, in the order a reader meets them: first
 * telling whether a client is a problem, then parting, then preventing the next
 * one. Each guide names its topic in its frontmatter; the names are i18n keys
 * (`topics.{id}` in common.json).
 */
export const topicIds = ['spotting', 'parting', 'preventing'] as const;
export type TopicId = (typeof topicIds)[number];

/** How many guides the home page shows; the rest are on /{lang}/guides/, so the home's size does not grow with the site. */
export const HOME_GUIDE_LIMIT = 3;

/** Groups items by topic in `topicIds` order, leaving out empty topics. */
export function groupByTopic<T extends { topic: TopicId }>(items: readonly T[]): { topic: TopicId; items: T[] }[] {
  return topicIds
    .map((topic) => ({ topic, items: items.filter((item) => item.topic === topic) }))
    .filter((group) => group.items.length > 0);
}
