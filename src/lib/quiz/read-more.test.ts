import { describe, expect, it } from 'vitest';
import { isShownConcern, readMoreLinks } from './read-more.ts';
import { loadQuiz } from './test-helpers.ts';
import { pointLocations, type PointId } from '../guidance.ts';

const hrefOf = (p: PointId) => `/ko/guides/${pointLocations[p].guide}/#${pointLocations[p].anchor}`;

describe('readMoreLinks', () => {
  it('lists a section once and remembers every dimension leading to it', () => {
    const links = readMoreLinks(
      [
        { id: 'time', points: ['A3', 'A4'] },
        { id: 'free-work', points: ['A4'] },
      ],
      (p) => `#${p}`,
    );
    expect(links).toEqual([
      { point: 'A3', href: '#A3', dimensions: ['time'] },
      { point: 'A4', href: '#A4', dimensions: ['time', 'free-work'] },
    ]);
  });

  it('deduplicates by anchor, not by point id', () => {
    const links = readMoreLinks([{ id: 'a', points: ['x', 'y'] }], () => '/same#anchor');
    expect(links).toHaveLength(1);
    expect(links[0]?.point).toBe('x');
  });

  it('collapses the toxic-client quiz\'s two A4 links (free work, profitability) into one', () => {
    const links = readMoreLinks(loadQuiz('toxic-client').dimensions, hrefOf);
    const a4 = links.filter((l) => l.href === hrefOf('A4'));
    expect(a4).toEqual([{ point: 'A4', href: hrefOf('A4'), dimensions: ['free-work', 'profitability'] }]);
  });
});

describe('isShownConcern', () => {
  it('shows a link when any of its dimensions is a concern', () => {
    expect(isShownConcern('time free-work', ['free-work'])).toBe(true);
    expect(isShownConcern('time free-work', ['aggression'])).toBe(false);
    expect(isShownConcern('', [''])).toBe(false);
  });
});
