import type { Token } from '../normalize.js';
import type { Recurrence, TimeMatch } from './spec.js';

/** "tranne la domenica", "except Sundays": the words that take a weekday out of a recurrence */
const EXCEPT: ReadonlySet<string> = new Set([
  'tranne',
  'eccetto',
  'escluso',
  'esclusa',
  'esclusi',
  'escluse',
  'salvo',
  'fuorche',
  'except',
  'excluding',
  'exc',
]);
/** words that may stand between the exception word and the weekday, or join two weekdays taken out */
const FILLERS: ReadonlySet<string> = new Set([
  'il',
  'la',
  'i',
  'le',
  'di',
  'the',
  'on',
  'for',
  'a',
  'e',
  'ed',
  'and',
  'or',
  'o',
  ',',
]);
const JOINS: ReadonlySet<string> = new Set(['e', 'ed', 'and', 'or', 'o', ',']);
const REACH = 3;
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

/** The index of the exception word right before a match (only fillers between), or undefined. */
function exceptionBefore(tokens: readonly Token[], first: number, floor: number): number | undefined {
  for (let i = first - 1; i >= Math.max(floor, first - REACH); i--) {
    const norm = tokens[i]?.norm ?? '';
    if (EXCEPT.has(norm)) return i;
    if (!FILLERS.has(norm)) return undefined;
  }
  return undefined;
}

/** The weekdays a match names: "domenica", "il mercoledì", "on fridays" (read as a weekly recurrence), "weekends". */
function weekdaysOf(m: TimeMatch): number[] | undefined {
  if (m.prep !== undefined && !FILLERS.has(m.prep)) return undefined;
  const c = m.component;
  if (c.kind === 'day') return c.day.kind === 'weekday' ? [c.day.weekday] : undefined;
  if (c.kind === 'span') return c.span.kind === 'weekend' ? [6, 0] : undefined;
  return c.kind === 'recurrence' && c.recurrence.freq === 'WEEKLY' && c.recurrence.interval === undefined
    ? c.recurrence.byDay
    : undefined;
}

/** Only a joining word and articles between two matches: "tranne sabato e domenica", "il sabato e la domenica". */
const joined = (tokens: readonly Token[], from: number, to: number): boolean => {
  const between = tokens.slice(from, to);
  return between.some((t) => JOINS.has(t.norm)) && between.every((t) => FILLERS.has(t.norm));
};

/**
 * "ogni giorno alle 17, tranne la domenica", "every weekday except Wednesday": weekdays said after an
 * exception word leave a daily or weekly recurrence (BYDAY lists the days that remain); each becomes an
 * `exception` match spanning the exception word, so it is neither a day of the request nor part of its text.
 */
export function withExceptions(tokens: readonly Token[], matches: TimeMatch[]): TimeMatch[] {
  const rec = matches.find((m) => m.component.kind === 'recurrence');
  if (rec === undefined || rec.component.kind !== 'recurrence') return matches;
  const { recurrence, part } = rec.component;
  if (recurrence.freq !== 'DAILY' && !(recurrence.freq === 'WEEKLY' && recurrence.byDay !== undefined)) return matches;
  // each match taken out: the first token of its words (the exception word, or the joining word) and its weekdays
  const taken = new Map<TimeMatch, { start: number; weekdays: number[] }>();
  let previous: TimeMatch | undefined;
  for (const m of matches) {
    const weekdays = m.first > rec.last ? weekdaysOf(m) : undefined;
    if (weekdays === undefined) continue;
    const word = exceptionBefore(tokens, m.first, rec.last + 1);
    const chained = previous !== undefined && joined(tokens, previous.last + 1, m.first);
    if (word === undefined && !chained) continue;
    taken.set(m, { start: word ?? previous!.last + 1, weekdays });
    previous = m;
  }
  const out = [...taken.values()].flatMap((t) => t.weekdays);
  const remaining = (recurrence.byDay ?? ALL_DAYS).filter((d) => !out.includes(d));
  if (out.length === 0 || remaining.length === 0) return matches;
  const narrowed: Recurrence = { ...recurrence, freq: 'WEEKLY', byDay: remaining };
  return matches.map((m): TimeMatch => {
    if (m === rec) return { ...rec, component: { kind: 'recurrence', recurrence: narrowed, ...(part && { part }) } };
    const t = taken.get(m);
    return t === undefined
      ? m
      : { first: t.start, last: m.last, component: { kind: 'exception', weekdays: t.weekdays } };
  });
}
