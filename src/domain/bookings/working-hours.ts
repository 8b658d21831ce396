import { z } from 'zod';
import { hhmmSchema, minutesOfDay } from '../../kernel/time.js';

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
  .refine((i) => minutesOfDay(i.start) < minutesOfDay(i.end), 'an interval must end after it starts');

const daySchema = z
  .array(intervalSchema)
  .default([])
  .transform((list) => [...list].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start)))
  .refine(
    (list) => list.every((i, k) => k === 0 || minutesOfDay(list[k - 1]!.end) <= minutesOfDay(i.start)),
    'intervals of a day must not overlap',
  );

/**
 * The stored JSON ({"mon":[{"start":"09:00","end":"18:00"}], ..., "sun":[]}), the one shape the
 * back-office writes and the slot search reads; a missing day has no hours.
 */
export const weekHoursSchema = z.object(
  Object.fromEntries(weekdayKeys.map((k) => [k, daySchema])) as Record<WeekdayKey, typeof daySchema>,
);
/** A week as stored: local "HH:MM" intervals per day, sorted and not overlapping. */
export type WeekHours = z.output<typeof weekHoursSchema>;

const nineToSix = [{ start: '09:00', end: '18:00' }];
/** A client's working hours when the stored value is not valid: Monday to Friday, 09:00-18:00. */
export const defaultWeekHours: WeekHours = {
  sun: [],
  mon: nineToSix,
  tue: nineToSix,
  wed: nineToSix,
  thu: nineToSix,
  fri: nineToSix,
  sat: [],
};

/** Reads the stored value; a bad one gives the default, and `valid: false` so the caller can say or log it. */
export function readWeekHours(json: unknown): { week: WeekHours; valid: boolean } {
  const parsed = weekHoursSchema.safeParse(json);
  return parsed.success ? { week: parsed.data, valid: true } : { week: defaultWeekHours, valid: false };
}

function inMinutes(week: WeekHours): WorkingHours {
  return Object.fromEntries(
    weekdayKeys.map((k) => [k, week[k].map((i) => ({ start: minutesOfDay(i.start), end: minutesOfDay(i.end) }))]),
  ) as WorkingHours;
}

/** The default in minutes, as the slot search uses it. */
export const defaultWorkingHours: WorkingHours = inMinutes(defaultWeekHours);

/** The stored value in minutes for the slot search; a bad one gives the default (see readWeekHours). */
export function parseWorkingHours(json: unknown): { hours: WorkingHours; valid: boolean } {
  const { week, valid } = readWeekHours(json);
  return { hours: inMinutes(week), valid };
}
