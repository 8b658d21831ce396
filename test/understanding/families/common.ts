import type { Expected } from './calendar.js';

/** Wednesday 10 February 2027, 10:00 in Rome: the reference instant of every family set. */
export const NOW = '2027-02-10T10:00:00+01:00';
export const TZ = 'Europe/Rome';

export const [SUN, MON, TUE, WED, THU, FRI, SAT] = [0, 1, 2, 3, 4, 5, 6] as const;

export const reminder = (when: string, extra: Omit<Expected, 'intent' | 'when'> = {}): Expected => ({
  intent: 'reminder',
  when,
  ...extra,
});
export const booking = (when: string): Expected => ({ intent: 'booking', when });
export const task = (due: string): Expected => ({ intent: 'task', due });
