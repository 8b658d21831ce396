import { TZDate } from '@date-fns/tz';
import { minutesOfDay } from '../followups/local-time.js';
import { addDays, formatDate, localDateTime, type CalendarDate } from '../understanding/calendar.js';

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

export function parseIsoDay(day: string): CalendarDate {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
}

/** The instant of the briefing of local `day` at local `hhmm`. */
export function briefingAt(day: string, tz: string, hhmm: string): Date {
  const date = parseIsoDay(day);
  const minutes = minutesOfDay(hhmm);
  return new Date(new TZDate(date.year, date.month - 1, date.day, Math.floor(minutes / 60), minutes % 60, 0, tz).getTime());
}

/** Today's and tomorrow's briefings in the client's zone, as of `now`. */
export function briefingsAround(now: Date, tz: string, hhmm: string): { day: string; at: Date }[] {
  const today = localDateTime(now, tz);
  return [0, 1].map((offset) => {
    const day = formatDate(addDays(today, offset));
    return { day, at: briefingAt(day, tz, hhmm) };
  });
}
