import { TZDate } from '@date-fns/tz';
import { weekdayKeys, type WorkingHours } from '../../bookings/working-hours.js';
import { t } from '../../i18n/catalog.js';
import type { Lang, Understanding } from '../../understanding/contract.js';

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The instant of a `when` slot: an ISO instant as is, a bare date at `defaultHour` local time
 * (or undefined when no default applies). Invalid values give undefined, never an exception.
 */
export function instantOf(when: string | undefined, tz: string, defaultHour?: number): Date | undefined {
  if (!when) return undefined;
  if (isDateOnly(when)) {
    if (defaultHour === undefined) return undefined;
    const [y, m, d] = when.split('-').map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d, defaultHour, 0, 0, tz).getTime());
  }
  const instant = new Date(when);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

export function dateOnly(when: string | undefined): string | undefined {
  return when && isDateOnly(when) ? when : undefined;
}

/** A new day keeping the local time of day of `original` ("sposta al 14" keeps 16:30). */
export function onDayKeepingTime(day: string, original: Date, tz: string): Date {
  const local = new TZDate(original.getTime(), tz);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, local.getHours(), local.getMinutes(), 0, tz).getTime());
}

/** Start of a local calendar day (YYYY-MM-DD) in the zone, as an instant. */
export function startOfLocalDay(day: string, tz: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, tz).getTime());
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(instant: Date, tz: string): string {
  const local = new TZDate(instant.getTime(), tz);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const dayWords =
  /\b(oggi|domani|dopodomani|stasera|stanotte|luned|marted|mercoled|gioved|venerd|sabato|domenica|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tra|fra|in \d|prossim|next|settimana|week|mese|month|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|january|february|march|april|may|june|july|august|september|october|november|december)|\d{1,2}\s*[/.-]\s*\d{1,2}|\b(il|on|the)\s+\d{1,2}\b/i;

/** Whether an answer names a day, or only a time of day ("alle 15", "at 4pm"). */
export function mentionsDay(text: string): boolean {
  return dayWords.test(text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** Why the time the client named cannot be used ("Il 31 febbraio non esiste."), said before asking again. */
export function timeIssueText(issue: NonNullable<Understanding['timeIssue']>, lang: Lang): string {
  const said = issue.said ?? '';
  switch (issue.reason) {
    case 'no_such_date':
      return t(lang, 'timeNoSuchDate', { said });
    case 'no_such_time':
      return t(lang, 'timeNoSuchTime', { said });
    case 'past':
      return t(lang, 'timeInPast', { said });
    case 'now':
      return t(lang, 'timeIsNow');
  }
}

/** Whether the working hours leave a local day (YYYY-MM-DD) closed, as a Saturday usually is. */
export function closedOn(hours: WorkingHours, day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return hours[weekdayKeys[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!].length === 0;
}
