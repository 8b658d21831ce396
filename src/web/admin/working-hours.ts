import { z } from 'zod';
import type { WeekHours } from '../../domain/bookings/working-hours.js';
import { hhmmSchema, minutesOfDay } from '../../kernel/time.js';
import type { AdminCatalog } from '../../i18n/admin-catalog.js';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** How one day's intervals read in the form: "09:00-13:00, 14:00-18:00"; empty when closed. */
export function dayToText(intervals: WeekHours[Weekday]): string {
  return intervals.map((i) => `${i.start}-${i.end}`).join(', ');
}

/** A time as people type it: "9", "9:30", "9.30", "09:30"; as HH:MM, or undefined when it is not one. */
function typedTime(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const hhmm = `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
  return hhmmSchema.safeParse(hhmm).success ? hhmm : undefined;
}

/**
 * Parses one day typed as "09:00-13:00, 14:00-18:00" (empty: closed), also in the short forms
 * "9-13", "9:00-13", "9.30-13". Each interval must end after it starts and not overlap the
 * previous one; the error names the day, in `t`'s language.
 */
export const dayTextSchema = (day: Weekday, t: AdminCatalog) =>
  z
    .string()
    .max(200)
    .transform((text, ctx) => {
      const parts = text
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const intervals: { start: string; end: string }[] = [];
      for (const part of parts) {
        const m = /^([\d:.]+)\s*[-–]\s*([\d:.]+)$/.exec(part);
        const start = m ? typedTime(m[1]!) : undefined;
        const end = m ? typedTime(m[2]!) : undefined;
        if (!start || !end || minutesOfDay(start) >= minutesOfDay(end)) {
          ctx.addIssue({
            code: 'custom',
            message: t.invalid.hoursNotLike({ day: t.clients.weekdays[day], text: part }),
          });
          return z.NEVER;
        }
        const previous = intervals.at(-1);
        if (previous && minutesOfDay(previous.end) > minutesOfDay(start)) {
          ctx.addIssue({ code: 'custom', message: t.invalid.hoursOverlap({ day: t.clients.weekdays[day] }) });
          return z.NEVER;
        }
        intervals.push({ start, end });
      }
      return intervals;
    });
