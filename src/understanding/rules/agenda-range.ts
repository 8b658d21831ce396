import type { Understanding, UnderstandingContext } from '../contract.js';
import { resolveFor, type Analysis } from '../analyze.js';
import type { TimeMatch } from '../time/spec.js';
import { formatDate, localDateTime } from '../../kernel/time.js';

/** Words that open the second day of a range: "da giovedì a domenica", "dal 19 al 22", "tra lunedì e mercoledì". */
const TO_WORDS: ReadonlySet<string> = new Set([
  ...['a', 'al', "all'", 'alla', 'fino', 'e'],
  ...['to', 'until', 'till', 'through', 'thru', 'and', '-'],
]);
const isDay = (m: TimeMatch): boolean => m.component.kind === 'day';

/**
 * "che impegni ho da giovedì a domenica?", "what do I have from monday to wednesday?": an agenda question
 * over two days joined by a range word spans from the first to the second; undefined otherwise.
 */
export function agendaRange(a: Analysis, ctx: UnderstandingContext): Pick<Understanding, 'from' | 'to'> | undefined {
  const days = a.matches.filter((m) => m.component.kind !== 'invalid');
  if (days.length !== 2 || !days.every(isDay)) return undefined;
  const [first, second] = days as [TimeMatch, TimeMatch];
  const joiner = TO_WORDS.has(a.tokens[second.first]?.norm ?? '') ? second.first : second.first - 1;
  if (joiner !== first.last + 1 || !TO_WORDS.has(a.tokens[joiner]?.norm ?? '')) return undefined;
  const [start, end] = [first, second].map((m) => resolveFor({ ...a, matches: [m] }, 'agenda', ctx).time);
  if (start?.from === undefined || end?.to === undefined) return undefined;
  // "tra lunedì e mercoledì" said on a Tuesday: the second weekday is the one after the first
  const to = end.to < start.from && isWeekday(second) ? weekLater(end.to) : end.to;
  return to < start.from ? undefined : { from: start.from, to };
}

const isWeekday = (m: TimeMatch): boolean => m.component.kind === 'day' && m.component.day.kind === 'weekday';
/** a date (YYYY-MM-DD) seven days on */
const weekLater = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

/** Words that close a stretch from today: "fino a venerdì", "fino al 12", "until friday", "da qui a giovedì". */
const UNTIL_WORDS: readonly (readonly string[])[] = [
  ['fino', 'a'],
  ['fino', 'al'],
  ['fino', "all'"],
  ['fino', 'alla'],
  ['da', 'qui', 'a'],
  ['da', 'ora', 'a'],
  ['until'],
  ['till'],
  ['through'],
  ['between', 'now', 'and'],
];

/**
 * "che impegni ho fino a venerdì?", "what have I got until thursday?": an agenda question over one day said as an
 * end spans from today to that day; undefined otherwise.
 */
export function agendaUntil(a: Analysis, ctx: UnderstandingContext): Pick<Understanding, 'from' | 'to'> | undefined {
  const days = a.matches.filter((m) => m.component.kind !== 'invalid');
  if (days.length !== 1 || !isDay(days[0]!)) return undefined;
  const day = days[0]!;
  // the range word may sit inside the match ("fino a venerdì" is one) or just before it
  const at = (start: number, words: readonly string[]) => words.every((w, k) => a.tokens[start + k]?.norm === w);
  const opens = UNTIL_WORDS.some((words) =>
    [0, words.length - 1, words.length].some((back) => at(day.first - back, words)),
  );
  if (!opens) return undefined;
  const end = resolveFor({ ...a, matches: [day] }, 'agenda', ctx).time;
  const today = formatDate(localDateTime(ctx.now, ctx.tz));
  return end?.to === undefined || end.to < today ? undefined : { from: today, to: end.to };
}
