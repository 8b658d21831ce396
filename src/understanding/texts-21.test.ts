import { describe, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { texts21 } from '../../test/understanding/families/texts-21.js';

/**
 * Texts 21 (test/understanding/families/texts-21.ts): beyond what the eval scores, the structured
 * slots, a booking's `viaOffice` (absent = the client's own event) and `durationMin` (absent unless a length
 * is said about the booking), and labelled free texts must come out.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;
/** first-seen misses not fixed yet (docs/understanding-eval.md, texts 21) */
const KNOWN_MISSES = new Set<string>([]);

describe('texts 21: free texts read back', () => {
  for (const example of [...texts21].flatMap(examplesOf)) {
    it.skipIf(KNOWN_MISSES.has(example.id))(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS, durationMin: true });
    });
  }
});
