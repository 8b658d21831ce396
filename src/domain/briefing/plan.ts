import { minutesOfDay } from '../../kernel/time.js';
import { addDays, dateOf, formatDate, localDateTime, zonedInstant } from '../../kernel/time.js';

/**
 * When a client's morning briefing goes out: at its local "HH:MM" (Client.morningBriefingTime)
 * on each day, built from the wall clock in the client's zone every time, so 08:00 stays 08:00
 * local across daylight-saving changes.
 */

export interface BriefingRef {
  clientId: string;
  /** the client's local day the briefing is about, YYYY-MM-DD */
  day: string;
  /** the instant it is due */
  at: Date;
}

/** The instant of the briefing of local `day` at local `hhmm`. */
export function briefingAt(day: string, tz: string, hhmm: string): Date {
  return zonedInstant(dateOf(day), minutesOfDay(hhmm), tz);
}

/** Today's and tomorrow's briefings in the client's zone, as of `now`. */
export function briefingsAround(now: Date, tz: string, hhmm: string): { day: string; at: Date }[] {
  const today = localDateTime(now, tz);
  return [0, 1].map((offset) => {
    const day = formatDate(addDays(today, offset));
    return { day, at: briefingAt(day, tz, hhmm) };
  });
}
