import { z } from 'zod';
import { hhmmSchema, minutesOfDay } from '../followups/local-time.js';

/** Keys of Client.workingHours, indexed by JavaScript's day of the week (0 = Sunday). */
export const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

/** One working interval of a local day, in minutes after local midnight, start < end. */
export interface MinuteInterval {
  start: number;
  end: number;
}

/** Working intervals per day of the week, sorted and not overlapping. */
export type WorkingHours = Record<WeekdayKey, MinuteInterval[]>;

const intervalSchema = z
  .object({ start: hhmmSchema, end: hhmmSchema })
  .transform(({ start, end }) => ({ start: minutesOfDay(start), end: minutesOfDay(end) }))
  .refine((i) => i.start < i.end, 'an interval must end after it starts');

const daySchema = z
  .array(intervalSchema)
  .default([])
  .refine((list) => [...list].sort((a, b) => a.start - b.start).every((i, k, s) => k === 0 || s[k - 1]!.end <= i.start), 'intervals of a day must not overlap')
  .transform((list) => [...list].sort((a, b) => a.start - b.start));

/** The stored JSON ({"mon":[{"start":"09:00","end":"18:00"}], ..., "sun":[]}); a missing day has no hours. */
export const workingHoursSchema = z.object(Object.fromEntries(weekdayKeys.map((k) => [k, daySchema])) as Record<WeekdayKey, typeof daySchema>);

const nineToSix = [{ start: 9 * 60, end: 18 * 60 }];
/** The product default: Monday to Friday, 09:00-18:00. */
export const defaultWorkingHours: WorkingHours = { sun: [], mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix, sat: [] };

/** Parses the stored value; a bad one gives the default, and `valid: false` so the caller can log it. */
export function parseWorkingHours(json: unknown): { hours: WorkingHours; valid: boolean } {
  const parsed = workingHoursSchema.safeParse(json);
  return parsed.success ? { hours: parsed.data, valid: true } : { hours: defaultWorkingHours, valid: false };
}
