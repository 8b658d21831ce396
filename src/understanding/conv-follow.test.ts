import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { sameSlots, scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { convFollow } from '../../test/understanding/families/conv-follow.js';

/**
 * The labelled set test/understanding/families/conv-follow.ts with what the eval does not score: a
 * visit's title (who comes), and no reminder text for it.
 */
describe('someone coming to the client at a time, a whole day away, thanks for everything', () => {
  for (const example of convFollow.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      expect(scoreExample(example, got), JSON.stringify(got)).toMatchObject({ full: true });
      expect(sameSlots(example.slots, got) ?? true, JSON.stringify(got)).toBe(true);
      if (example.slots?.title !== undefined) expect(got.title, JSON.stringify(got)).toBe(example.slots.title);
    });
  }
});
