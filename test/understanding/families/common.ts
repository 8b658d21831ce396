import type { Expected } from './calendar.js';
import type { Intent } from '../../../src/understanding/contract.js';

/** Wednesday 10 February 2027, 10:00 in Rome: the reference instant of every family set. */
export const NOW = '2027-02-10T10:00:00+01:00';
export const TZ = 'Europe/Rome';

export const [SUN, MON, TUE, WED, THU, FRI, SAT] = [0, 1, 2, 3, 4, 5, 6] as const;

export const reminder = (when: string, extra: Omit<Expected, 'intent' | 'when'> = {}): Expected => ({
  intent: 'reminder',
  when,
  ...extra,
});
export const booking = (when: string, slots?: Expected['slots']): Expected => ({
  intent: 'booking',
  when,
  ...(slots && { slots }),
});
export const task = (due: string): Expected => ({ intent: 'task', due });
/** a task with an explicit time to do it: `due` is its date */
export const taskAt = (when: string): Expected => ({ intent: 'task', when, due: when.slice(0, 10) });
export const reschedule = (when: string): Expected => ({ intent: 'reschedule', when });
export const recurring = (when: string, rrule: string): Expected => ({ intent: 'reminder', when, rrule });
/** an intent with no time to check, and maybe the structured slots it must carry */
export const only = (intent: Intent, slots?: Expected['slots']): Expected => ({ intent, ...(slots && { slots }) });

/** An expectation with the booking's title (and who it is with), checked by the batch tests, not the eval. */
export const titled = (expected: Expected, title: string, withWhom?: string): Expected => ({
  ...expected,
  slots: { ...expected.slots, title, ...(withWhom !== undefined && { with: withWhom }) },
});

/** An expectation with the reminder's or task's text, checked by the batch tests, not the eval. */
export const said = (expected: Expected, text: string): Expected => ({
  ...expected,
  slots: { ...expected.slots, text },
});
