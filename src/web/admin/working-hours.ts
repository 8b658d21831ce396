import { z } from 'zod';
import { weekHoursSchema, type WeekHours } from '../../followups/business-hours.js';
import { hhmmSchema, minutesOfDay } from '../../followups/local-time.js';
import type { AdminCatalog } from '../../i18n/admin-catalog.js';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** How one day's intervals read in the form: "09:00-13:00, 14:00-18:00"; empty when closed. */
export function dayToText(intervals: WeekHours[Weekday]): string {
  return intervals.map((i) => `${i.start}-${i.end}`).join(', ');
}

/**
 * Parses one day typed as "09:00-13:00, 14:00-18:00" (empty: closed). Each interval must end
 * after it starts and not overlap the previous one; the error names the day, in `t`'s language.
 */
export const dayTextSchema = (day: Weekday, t: AdminCatalog) =>
  z
    .string()
    .max(200)
    .transform((text, ctx) => {
      const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
      const intervals: { start: string; end: string }[] = [];
      for (const part of parts) {
        const m = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(part);
        const start = m ? hhmmSchema.safeParse(m[1]!.padStart(5, '0')) : undefined;
        const end = m ? hhmmSchema.safeParse(m[2]!.padStart(5, '0')) : undefined;
        if (!start?.success || !end?.success || minutesOfDay(start.data) >= minutesOfDay(end.data)) {
          ctx.addIssue({ code: 'custom', message: t.invalid.hoursNotLike({ day: t.clients.weekdays[day], text: part }) });
          return z.NEVER;
        }
        const previous = intervals.at(-1);
        if (previous && minutesOfDay(previous.end) > minutesOfDay(start.data)) {
          ctx.addIssue({ code: 'custom', message: t.invalid.hoursOverlap({ day: t.clients.weekdays[day] }) });
          return z.NEVER;
        }
        intervals.push({ start: start.data, end: end.data });
      }
      return intervals;
    });

/** The stored JSON as a week, falling back to closed days when a row holds something else. */
export function storedWeek(value: unknown): WeekHours {
  const parsed = weekHoursSchema.safeParse(value);
  return parsed.success ? parsed.data : { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}
