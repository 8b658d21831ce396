import { describe, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { officeAppointments } from '../../test/understanding/families/office-appointments.js';

/**
 * Appointments the office makes with a professional (test/understanding/families/office-appointments.ts): fully
 * correct, the window's days, `viaOffice` as labelled, and the labelled title and person word for word.
 */
describe('appointments the office makes with a professional, and their window', () => {
  for (const example of officeAppointments.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: ['title', 'with'] });
    });
  }
});
