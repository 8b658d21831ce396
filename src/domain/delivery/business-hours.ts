import type { WeekHours } from '../bookings/working-hours.js';
import { atLocalMinutes, localWeekday, minutesOfDay } from '../../kernel/time.js';

/** Opening hours per weekday, in the shape of Client.workingHours (defined with its schema there). */
export type { WeekHours };

export interface BusinessHours {
  tz: string;
  week: WeekHours;
}

const nineToSix = [{ start: '09:00', end: '18:00' }];
/** The agency's desk hours when nothing else is configured: Monday to Friday, 09:00-18:00. */
export const defaultAgencyWeek: WeekHours = {
  mon: nineToSix,
  tue: nineToSix,
  wed: nineToSix,
  thu: nineToSix,
  fri: nineToSix,
  sat: [],
  sun: [],
};

const dayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Far enough to cross any holiday-free week; hours that never open count as always open. */
const SEARCH_DAYS = 14;

/**
 * The instant reached after `minutes` of open time counted from `from` (open time only: a ticket
 * created on Friday at 17:55 with 15 minutes to go reaches them on Monday at 09:10).
 */
export function addBusinessMinutes(from: Date, minutes: number, hours: BusinessHours): Date {
  let remainingMs = minutes * 60_000;
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const anyDay = atLocalMinutes(from, hours.tz, offset, 12 * 60);
    const intervals = hours.week[dayKeys[localWeekday(anyDay, hours.tz)]!]
      .map((i) => ({
        start: atLocalMinutes(from, hours.tz, offset, minutesOfDay(i.start)),
        end: atLocalMinutes(from, hours.tz, offset, minutesOfDay(i.end)),
      }))
      .filter((i) => i.end > i.start)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    for (const { start, end } of intervals) {
      if (end <= from) continue;
      const begin = Math.max(start.getTime(), from.getTime());
      const available = end.getTime() - begin;
      if (remainingMs <= available) return new Date(begin + remainingMs);
      remainingMs -= available;
    }
  }
  return new Date(from.getTime() + minutes * 60_000);
}

/** `instant` when the agency is open then, otherwise the next opening. */
export function nextBusinessInstant(instant: Date, hours: BusinessHours): Date {
  return addBusinessMinutes(instant, 0, hours);
}
