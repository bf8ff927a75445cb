import { describe, expect, it } from 'vitest';
import { groupByTopic, topicIds } from './guide-topics.ts';

describe('groupByTopic', () => {
  it('keeps the topic order and the items’ order within a topic, and drops empty topics', () => {
    const items = [
      { id: 'c', topic: 'preventing' as const },
      { id: 'a', topic: 'spotting' as const },
      { id: 'b', topic: 'spotting' as const },
    ];
    expect(groupByTopic(items)).toEqual([
      { topic: 'spotting', items: [items[1], items[2]] },
      { topic: 'preventing', items: [items[0]] },
    ]);
  });
  it('has each topic once', () => {
    expect(new Set(topicIds).size).toBe(topicIds.length);
  });
});
