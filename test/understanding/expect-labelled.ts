import { expect } from 'vitest';
import type { Understanding } from '../../src/understanding/contract.js';
import { understandRules } from '../../src/understanding/rules.js';
import { sameSlots, scoreExample, type LabelledExample } from '../../src/understanding/scoring.js';

/** The free texts a labelled batch checks word for word when its label has them. */
export type FreeText = 'title' | 'with' | 'text' | 'target';

export interface LabelledChecks {
  freeTexts: readonly FreeText[];
  /** a booking's `durationMin` must be the label's (absent unless a length is said about the booking) */
  durationMin?: boolean;
}

/**
 * What a labelled batch asks of the rules beyond the eval's score: fully correct, the structured slots,
 * a booking's `viaOffice` (absent = the client's own event), and each labelled free text exactly.
 * Returns the understanding, for a batch's own further checks.
 */
export function expectLabelled(example: LabelledExample, checks: LabelledChecks): Understanding {
  const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
  expect(scoreExample(example, got), JSON.stringify(got)).toMatchObject({ full: true });
  expect(sameSlots(example.slots, got) ?? true, JSON.stringify(got)).toBe(true);
  if (example.intent === 'booking') {
    expect(got.viaOffice ?? false, 'viaOffice').toBe(example.slots?.viaOffice ?? false);
    if (checks.durationMin === true) expect(got.durationMin, 'durationMin').toBe(example.slots?.durationMin);
  }
  for (const key of checks.freeTexts)
    if (example.slots?.[key] !== undefined) expect(got[key], key).toBe(example.slots[key]);
  return got;
}
