import { atLocalMinutes, localMinutes, minutesOfDay } from '../../kernel/time.js';

/** A client's quiet hours: local "HH:MM" start and end in its zone; start = end means none. */
export interface QuietHours {
  tz: string;
  quietHoursStart: string;
  quietHoursEnd: string;
}

/** Whether `instant` falls in the client's quiet hours (the window may wrap past midnight). */
export function inQuietHours(instant: Date, client: QuietHours): boolean {
  const start = minutesOfDay(client.quietHoursStart);
  const end = minutesOfDay(client.quietHoursEnd);
  if (start === end) return false;
  const now = localMinutes(instant, client.tz);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * When a non-urgent push due at `instant` may go out: `instant` itself, or the end of the quiet
 * hours it falls in ("morning", for the default 21:00-08:00).
 */
export function deferForQuietHours(instant: Date, client: QuietHours): Date {
  if (!inQuietHours(instant, client)) return instant;
  const start = minutesOfDay(client.quietHoursStart);
  const end = minutesOfDay(client.quietHoursEnd);
  const wrapsAndBeforeMidnight = start > end && localMinutes(instant, client.tz) >= start;
  return atLocalMinutes(instant, client.tz, wrapsAndBeforeMidnight ? 1 : 0, end);
}
