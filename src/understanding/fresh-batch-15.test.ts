import { describe, expect, it } from 'vitest';
import { missingSlots } from './clarify.js';
import { understandRules } from './rules.js';
import { sameSlots, scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh15Round1 } from '../../test/understanding/families/fresh-15-round1.js';

/**
 * Fresh batch 15 (test/understanding/families/fresh-15-round*.ts): intents and slots in whole messages.
 * Beyond what the eval scores, a booking's `viaOffice` must be as labelled (absent = the client's own
 * event), labelled free texts must come out exactly, and `asks` names what the bot must ask back.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 15: intents and slots', () => {
  for (const example of fresh15Round1.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      expect(scoreExample(example, got), JSON.stringify(got)).toMatchObject({ full: true });
      expect(sameSlots(example.slots, got) ?? true, JSON.stringify(got)).toBe(true);
      if (example.intent === 'booking')
        expect(got.viaOffice ?? false, 'viaOffice').toBe(example.slots?.viaOffice ?? false);
      for (const key of FREE_TEXTS)
        if (example.slots?.[key] !== undefined) expect(got[key], key).toBe(example.slots[key]);
      const asks = example.slots?.asks;
      if (typeof asks === 'string') expect(missingSlots(got)).toContain(asks);
      else if (example.intent === 'reminder') expect(missingSlots(got)).toEqual([]);
    });
  }
});
