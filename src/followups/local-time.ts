import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { ValidationError } from '../errors.js';

/** A local wall-clock time "HH:MM", as the database stores quiet and working hours. */
export const hhmmSchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a local time HH:MM');

/** Minutes after local midnight of "HH:MM". */
export function minutesOfDay(hhmm: string): number {
  const parsed = hhmmSchema.safeParse(hhmm);
  if (!parsed.success) throw new ValidationError('invalid local time', { value: hhmm });
  const [h, m] = parsed.data.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes after local midnight of `instant` in `tz`. */
export function localMinutes(instant: Date, tz: string): number {
  const local = new TZDate(instant.getTime(), tz);
  return local.getHours() * 60 + local.getMinutes();
}

/**
 * The instant of local day `dayOffset` days after the local day of `instant`, at `minutes` after
 * midnight. Built from wall-clock fields in the zone, so it is right across daylight-saving changes.
 */
export function atLocalMinutes(instant: Date, tz: string, dayOffset: number, minutes: number): Date {
  const local = new TZDate(instant.getTime(), tz);
  const at = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + dayOffset,
    Math.floor(minutes / 60),
    minutes % 60,
    0,
    tz,
  );
  return new Date(at.getTime());
}

/** Day of the week of `instant` in `tz`, 0 = Sunday. */
export function localWeekday(instant: Date, tz: string): number {
  return new TZDate(instant.getTime(), tz).getDay();
}
