import { only } from './common.js';
import type { Expected } from './calendar.js';

/** Helpers shared by the rounds of fresh batch 18 (Italian). */
export const d = (year: number, month: number, day: number) => ({ year, month, day });
export const office = (expected: Expected): Expected => ({
  ...expected,
  slots: { ...expected.slots, viaOffice: true },
});
export const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });
export const busy = (until: string) => only('status', { availability: 'busy', until });
/** the client's words for the item a cancel, move or question is about, checked by the batch test */
export const about = (expected: Expected, target: string): Expected => ({
  ...expected,
  slots: { ...expected.slots, target },
});
/** a reminder before a deadline: it fires at `when`, the deadline is `due` */
export const before = (when: string, due: string): Expected => ({ intent: 'reminder', when, due });
