import { weekdayKeys, type WorkingHours } from '../../domain/bookings/working-hours.js';
import { t } from '../../i18n/catalog.js';
import type { Lang, Understanding } from '../../understanding/contract.js';

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
