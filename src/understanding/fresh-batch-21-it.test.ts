import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { sameSlots, scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh21It } from '../../test/understanding/families/fresh-21-it.js';

/**
 * Fresh batch 21 (test/understanding/families/fresh-21-it-round*.ts): Italian whole client messages (voice notes,
 * fragments, typos) of clients not seen before. Beyond what the eval scores, a booking's `viaOffice` must be as
 * labelled (absent = the client's own event), and labelled free texts and party sizes must come out exactly.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 21: Italian whole client messages', () => {
  for (const example of fresh21It.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      expect(scoreExample(example, got), JSON.stringify(got)).toMatchObject({ full: true });
      expect(sameSlots(example.slots, got) ?? true, JSON.stringify(got)).toBe(true);
      if (example.intent === 'booking')
        expect(got.viaOffice ?? false, 'viaOffice').toBe(example.slots?.viaOffice ?? false);
      for (const key of FREE_TEXTS)
        if (example.slots?.[key] !== undefined) expect(got[key], key).toBe(example.slots[key]);
    });
  }
});
