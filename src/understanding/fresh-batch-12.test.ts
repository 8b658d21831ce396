import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh12 } from '../../test/understanding/families/fresh-12.js';

/**
 * Fresh batch 12 (test/understanding/families/fresh-12-round*.ts): Italian whole client messages, what
 * the eval scores and the free texts it leaves out (a booking's title and `with`, a reminder's or task's
 * text), which must come out exactly as labelled.
 */
const FREE_TEXTS = ['title', 'with', 'text'] as const;

describe('issue 17, fresh batch 12: Italian whole client messages', () => {
  for (const example of fresh12.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      expect(scoreExample(example, got)).toMatchObject({ full: true });
      if (example.slots?.partySize !== undefined) expect(got.partySize).toBe(example.slots.partySize);
      for (const key of FREE_TEXTS)
        if (example.slots?.[key] !== undefined) expect(got[key], key).toBe(example.slots[key]);
    });
  }
});
