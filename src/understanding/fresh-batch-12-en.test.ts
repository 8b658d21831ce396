import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh12EnRound1 } from '../../test/understanding/families/fresh-12-en-round1.js';

/**
 * Fresh batch 12 in English (test/understanding/families/fresh-12-en-round*.ts): what the eval scores, the
 * party size, and the free texts it leaves out (`title`, `with`, `text`), which must come out as labelled.
 */
const FREE_TEXTS = ['title', 'with', 'text'] as const;

describe('issue 17, fresh batch 12 (English whole messages)', () => {
  for (const example of [...fresh12EnRound1].flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      expect(scoreExample(example, got)).toMatchObject({ full: true });
      if (example.slots?.partySize !== undefined) expect(got.partySize).toBe(example.slots.partySize);
      for (const key of FREE_TEXTS)
        if (example.slots?.[key] !== undefined) expect(got[key], key).toBe(example.slots[key]);
    });
  }
});
