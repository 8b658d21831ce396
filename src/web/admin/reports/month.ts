import { z } from 'zod';
import { localDay, startOfLocalDay } from '../../../kernel/time.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import { parseOrThrow } from '../params.js';

/** A calendar month of the agency: YYYY-MM and the instants [start, end) it covers in its zone. */
export interface LocalMonth {
  month: string;
  start: Date;
  end: Date;
}

const monthSchema = (t: AdminCatalog) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, t.invalid.month);

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month named by `input` (YYYY-MM) in `tz`; anything else is a ValidationError of one line in `t`'s language. */
export function parseMonth(input: unknown, tz: string, t: AdminCatalog): LocalMonth {
  const month = parseOrThrow(monthSchema(t), input);
  return { month, start: startOfLocalDay(`${month}-01`, tz), end: startOfLocalDay(`${nextMonth(month)}-01`, tz) };
}

/** The month `now` falls in, in `tz`. */
export function currentMonth(now: Date, tz: string): string {
  return localDay(now, tz).slice(0, 7);
}
