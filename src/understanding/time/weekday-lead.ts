import type { DayRef, TimeMatch } from './spec.js';

/**
 * "x il ringraziamento chiudo, ricordami il mercoledì prima": a weekday said "prima" with no day of its own is that
 * weekday before the day the message names elsewhere (which is then only what it is counted from); with no such day
 * it is the next such weekday, as "il mercoledì" alone is.
 */
export function weekdaysBeforeSaidDay(matches: TimeMatch[]): TimeMatch[] {
  const lead = matches.find((m) => m.component.kind === 'lead' && m.component.weekday !== undefined);
  if (lead === undefined || lead.component.kind !== 'lead') return matches;
  const weekday = lead.component.weekday!;
  const anchor = matches.find((m) => m.component.kind === 'day');
  const day: DayRef =
    anchor?.component.kind === 'day'
      ? { kind: 'weekdayNear', base: anchor.component.day, weekday, after: false }
      : { kind: 'weekday', weekday, nextWeek: false };
  return matches.filter((m) => m !== anchor).map((m) => (m === lead ? { ...m, component: { kind: 'day', day } } : m));
}
