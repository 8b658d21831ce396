import { describe, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh22It } from '../../test/understanding/families/fresh-22-it.js';

/**
 * Fresh batch 22 (test/understanding/families/fresh-22-it-round*.ts): Italian whole client messages of eight clients
 * not seen before (a bakery, an elderly client dictating, a translator, an IT freelancer, a vet, a driving school, a
 * hairdresser and her tax consultant, an architect). Beyond what the eval scores, a booking's `viaOffice` must be as
 * labelled (absent = the client's own event), and labelled free texts and party sizes must come out exactly.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 22: Italian whole client messages', () => {
  for (const example of fresh22It.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});
