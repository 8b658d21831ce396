import { formatInstant, localDay } from '../../kernel/time.js';
import type { TimeMatch } from '../time/spec.js';

/** A status's bare end hour already gone today, read as the same hour later (status.ts). */

/** the evening hour, else the small hours of the coming night, or undefined when neither is near */
export function laterSameHour(clock: TimeMatch, readToday: Date, now: Date, tz: string): string | undefined {
  return eveningOf(clock, readToday, now, tz) ?? smallHoursOf(clock, readToday, now, tz);
}

/**
 * "sono in negozio fino alle 8" said at 19:00 is until 20:00: a bare hour of the morning already
 * gone is the same hour of the evening when that comes later today, within a few hours.
 */
function eveningOf(clock: TimeMatch, readToday: Date, now: Date, tz: string): string | undefined {
  if (clock.component.kind !== 'clock') return undefined;
  const { hour, meridiem, period, twoDigit } = clock.component.clock;
  // "08" is a 24-hour time as written; "10" and "11" have no other way to be said
  const written24 = twoDigit && hour < 10;
  if (hour < 1 || hour > 11 || meridiem !== undefined || period !== undefined || written24) return undefined;
  const later = new Date(readToday.getTime() + 12 * 3_600_000);
  const sameDay = localDay(later, tz) === localDay(readToday, tz);
  const soon = later.getTime() - now.getTime() <= EVENING_REACH_HOURS * 3_600_000;
  return readToday <= now && later > now && soon && sameDay ? formatInstant(later, tz) : undefined;
}

/**
 * "driving to LA till 4" said at 23:55 is until 04:00: a bare hour of the afternoon already gone is the same
 * hour of the coming night when that is within a night's reach (leftovers 19).
 */
function smallHoursOf(clock: TimeMatch, readToday: Date, now: Date, tz: string): string | undefined {
  if (clock.component.kind !== 'clock') return undefined;
  const { hour, meridiem, period, twoDigit } = clock.component.clock;
  if (hour < 1 || hour > 7 || meridiem !== undefined || period !== undefined || twoDigit) return undefined;
  const later = new Date(readToday.getTime() + 12 * 3_600_000);
  const soon = later.getTime() - now.getTime() <= NIGHT_REACH_HOURS * 3_600_000;
  return readToday <= now && later > now && soon && localDay(later, tz) !== localDay(readToday, tz)
    ? formatInstant(later, tz)
    : undefined;
}

const NIGHT_REACH_HOURS = 8;

/** How far ahead that evening hour may be: further on, the hour gone was a slip, asked back. */
const EVENING_REACH_HOURS = 5;

const SLIP_HOURS = 12;

/**
 * A time gone a little while ago is a slip ("fino alle 16" at 17:30); one gone more than half a day
 * ago is a plan for tomorrow ("sono dal commercialista fino alle 11" written at 23:40).
 */
export function isRecentSlip(readToday: Date, now: Date): boolean {
  const gone = now.getTime() - readToday.getTime();
  return gone >= 0 && gone < SLIP_HOURS * 3_600_000;
}
