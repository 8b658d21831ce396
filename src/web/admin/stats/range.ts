import { z } from 'zod';
import { daysFrom, shiftDay, localDay, startOfLocalDay } from '../../../kernel/time.js';
import { ValidationError } from '../../../kernel/errors.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import { optionalField, parseOrThrow } from '../params.js';

/** A range of whole local days of the agency, both ends included. */
export interface DayRange {
  /** YYYY-MM-DD */
  from: string;
  to: string;
  /** the instants [start, end) the days cover in the agency's zone */
  start: Date;
  end: Date;
  /** every day of the range, in order */
  days: string[];
}

export const DEFAULT_RANGE_DAYS = 30;
/** Longer ranges would draw unreadable charts and scan much of the tickets table. */
export const MAX_RANGE_DAYS = 366;

/** A real calendar day written YYYY-MM-DD (2026-11-31 is not one). */
function isRealDay(d: string): boolean {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(`${d}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(d);
}
export const rangeQuerySchema = (t: AdminCatalog) => {
  const isoDay = z.string().refine(isRealDay, t.invalid.day);
  return z.object({ from: optionalField(isoDay), to: optionalField(isoDay) });
};

const dayCount = (from: string, to: string): number => daysFrom(from, to) + 1;

/**
 * The range a stats query asks for: `from`/`to` as YYYY-MM-DD, by default the last 30 days up
 * to today in the agency's zone. A malformed or reversed range is a ValidationError of one line,
 * in `t`'s language.
 */
export function parseDayRange(query: unknown, now: Date, tz: string, t: AdminCatalog): DayRange {
  const parsed = parseOrThrow(rangeQuerySchema(t), query);
  const to = parsed.to ?? localDay(now, tz);
  const from = parsed.from ?? shiftDay(to, -(DEFAULT_RANGE_DAYS - 1));
  const count = dayCount(from, to);
  if (count < 1) throw new ValidationError(t.invalid.rangeReversed);
  if (count > MAX_RANGE_DAYS) throw new ValidationError(t.invalid.rangeTooLong({ days: MAX_RANGE_DAYS }));
  const days = Array.from({ length: count }, (_, i) => shiftDay(from, i));
  return { from, to, start: startOfLocalDay(from, tz), end: startOfLocalDay(shiftDay(to, 1), tz), days };
}
