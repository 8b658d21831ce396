import { TZDate } from '@date-fns/tz';
import rrulePkg from 'rrule';

const { RRule } = rrulePkg;

/**
 * Recurring reminders store the RRULE and the IANA zone, and every next instant is computed in
 * that zone: the rule runs on "floating" wall-clock times (UTC fields standing for local ones),
 * and each result is turned back into an instant in the zone. A 09:00 every Monday stays 09:00
 * local across daylight-saving changes.
 */
function toFloating(instant: Date, tz: string): Date {
  const local = new TZDate(instant.getTime(), tz);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
}

function fromFloating(floating: Date, tz: string): Date {
  const local = new TZDate(
    floating.getUTCFullYear(),
    floating.getUTCMonth(),
    floating.getUTCDate(),
    floating.getUTCHours(),
    floating.getUTCMinutes(),
    floating.getUTCSeconds(),
    tz,
  );
  return new Date(local.getTime());
}

/** Throws when the rule cannot be parsed; callers validate rules before storing them. */
export function parseRule(rrule: string, firstDueAt: Date, tz: string) {
  const options = RRule.parseString(rrule);
  return new RRule({ ...options, dtstart: toFloating(firstDueAt, tz), tzid: null });
}

export function isValidRule(rrule: string): boolean {
  try {
    parseRule(rrule, new Date(), 'UTC');
    return true;
  } catch {
    return false;
  }
}

/** The first occurrence strictly after `after`, or null when the series has ended. */
export function nextOccurrence(rrule: string, firstDueAt: Date, tz: string, after: Date): Date | null {
  const next = parseRule(rrule, firstDueAt, tz).after(toFloating(after, tz), false);
  return next ? fromFloating(next, tz) : null;
}
