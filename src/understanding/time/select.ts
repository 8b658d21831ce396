import type { Intent, Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { PART_PERIOD } from './parts.js';
import type { DayPeriod, DayRef, TimeMatch } from './spec.js';

/**
 * Which of the time expressions in a message are the request's. "Sposta la riunione di
 * domani a venerdì alle 10": "di domani" names the meeting, "a venerdì alle 10" is the new
 * time. "Ricordami domani della riunione di lunedì": the reminder is tomorrow. The others
 * stay in the text, as words of the target or of the reminder.
 */
const FROM_PREPS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['di', 'del', 'della', 'dello', "dell'", 'delle', 'dei', 'degli']),
  en: new Set(['of']),
};
const TO_PREPS: Record<Lang, ReadonlySet<string>> = {
  it: new Set([
    'a',
    'al',
    "all'",
    'alla',
    'alle',
    'ad',
    'allo',
    'per',
    'per il',
    "per l'",
    'per le',
    'verso',
    'verso le',
    'alle ore',
    'a partire da',
    'a partire dal',
    'a partire dalle',
  ]),
  en: new Set(['to', 'for', 'until', 'till', 'at']),
};

function isTimeLike(m: TimeMatch): boolean {
  return ['day', 'dayPart', 'clock', 'range', 'part', 'span', 'offset'].includes(m.component.kind);
}

function isDayLike(m: TimeMatch): boolean {
  return ['day', 'dayPart', 'span', 'offset'].includes(m.component.kind);
}

export interface Selection {
  matches: TimeMatch[];
  /** the day of the item being moved, when the new time names only the hour */
  targetDay?: DayRef;
  /** the evening of the item being moved ("la cena di stasera"): it makes the new bare hour an evening one */
  targetPeriod?: DayPeriod;
}

/** "dalle 3 alle 4", "dal 4 al 7 gennaio": a range in a move says where it goes, its end */
function movedToEnd(m: TimeMatch): TimeMatch {
  const c = m.component;
  if (c.kind === 'range') return { ...m, component: { kind: 'clock', clock: c.end } };
  if (c.kind === 'day' && c.lastDay !== undefined) return { ...m, component: { kind: 'day', day: c.lastDay } };
  return m;
}

export function selectMatches(
  said: readonly TimeMatch[],
  intent: Intent,
  tokens: readonly Token[],
  lang: Lang,
): Selection {
  let matches = said;
  const isFrom = (m: TimeMatch): boolean => FROM_PREPS[lang].has(m.prep ?? '') || tokens[m.last + 1]?.norm === "'s";
  // "to 4pm", "a giovedì": the preposition may stand just before the expression instead of in it
  // "to wed": or open it, unrecorded
  const isTo = (m: TimeMatch): boolean =>
    TO_PREPS[lang].has(m.prep ?? '') ||
    (m.prep === undefined && [m.first - 1, m.first].some((i) => TO_PREPS[lang].has(tokens[i]?.norm ?? '')));
  if (intent === 'reschedule') {
    const to = newTimeStart(matches, isTo);
    // "sposta la call di domani dalle 3 alle 4", "move it from 10 to 11": with no other new time, the range is the move
    // "sposta l'appuntamento dal 4 al 7 gennaio alle 11": a date range moves to its last day, whatever else is said
    matches = matches.map((m) => (to < 0 || m.component.kind === 'day' ? movedToEnd(m) : m));
    // "push back my 3pm meeting by 30 minutes": with a shift and no new time, every time is the target's
    const shiftOnly = to < 0 && matches.some((m) => m.component.kind === 'amount');
    // "sposta la cena a sabato alle 8": the target's meal still makes the new bare hour an evening one
    const weak = (m: TimeMatch): boolean => m.component.kind === 'part' && m.component.weak;
    const selected = matches.filter(
      (m, k) => !isTimeLike(m) || weak(m) || (!shiftOnly && (to >= 0 ? k >= to && !isFrom(m) : !isFrom(m))),
    );
    const hasDay = selected.some(isDayLike);
    const hasClock = selected.some((m) => !weak(m) && ['clock', 'range', 'part'].includes(m.component.kind));
    const other = matches.find(
      (m) => !selected.includes(m) && (m.component.kind === 'day' || m.component.kind === 'dayPart'),
    );
    if (
      hasClock &&
      !hasDay &&
      other !== undefined &&
      (other.component.kind === 'day' || other.component.kind === 'dayPart')
    ) {
      const evening = matches.some((m) => !selected.includes(m) && isEvening(m));
      return { matches: selected, targetDay: other.component.day, targetPeriod: evening ? 'evening' : undefined };
    }
    return { matches: selected };
  }
  const mainDay = matches.some((m) => isDayLike(m) && !isFrom(m));
  const selected = mainDay ? matches.filter((m) => !(isDayLike(m) && isFrom(m))) : [...matches];
  if (intent === 'task') return { matches: deadlineDayFirst(selected) };
  return { matches: intent === 'reminder' ? withoutPassedDeadlines(selected, isFrom) : selected };
}

/**
 * Where a move's new time starts: the first time after "a"/"alle"/"to", but "la seduta di mercoledì alle 4
 * … a giovedì alle 5": a clock right after the target's day is the target's, when a new clock follows.
 */
function newTimeStart(matches: readonly TimeMatch[], isTo: (m: TimeMatch) => boolean): number {
  const to = matches.findIndex((m) => isTimeLike(m) && isTo(m));
  const before = matches[to - 1];
  const owned = before !== undefined && before.last + 1 === matches[to]!.first && isDayLike(before) && !isTo(before);
  if (!owned || matches[to]!.component.kind !== 'clock') return to;
  const next = matches.findIndex((m, k) => k > to && isTimeLike(m) && isTo(m));
  const clockAfter = next > 0 && matches.slice(next).some((m) => m.component.kind === 'clock');
  return clockAfter ? next : to;
}

/** Only an evening carries over to the new hour: "la riunione di stamattina alle 3" still moves to 15:00. */
function isEvening(m: TimeMatch): boolean {
  const c = m.component;
  return (c.kind === 'dayPart' || (c.kind === 'part' && !c.weak)) && PART_PERIOD[c.part] === 'evening';
}

/**
 * A task's deadline day is its `due`: in "order the Christmas cards by Thursday" the holiday
 * names the cards; the day the work is due is Thursday.
 */
function deadlineDayFirst(matches: TimeMatch[]): TimeMatch[] {
  if (!matches.some((m) => isDayLike(m) && isDeadline(m))) return matches;
  return matches.filter((m) => !isDayLike(m) || isDeadline(m));
}

const DEADLINE_PREP = /^(entro|prima del|prima delle|prima di|scade|scadono|scadenza|by$|no later than|before$)/;

/** "entro il 16", "by 6pm": a time the client must meet. */
export function isDeadline(m: TimeMatch): boolean {
  return DEADLINE_PREP.test(m.prep ?? '') && isTimeLike(m);
}

/**
 * A reminder fires before a deadline, not at it: "ricordami venerdì di mandare il bilancio
 * entro le 18" fires Friday at 09:00. With a lead ("il giorno prima") the deadline is the day
 * counted from; with no other time the deadline is all there is.
 */
function withoutPassedDeadlines(matches: TimeMatch[], isFrom: (m: TimeMatch) => boolean): TimeMatch[] {
  if (matches.some((m) => m.component.kind === 'lead')) return matches;
  const deadline = new Set(matches.filter(isDeadline));
  // "entro le 18 di domani", "by 5pm on wednesday": the day right after a deadline is the deadline's
  for (const m of matches)
    if ((isFrom(m) || m.prep === 'on') && matches.some((d) => deadline.has(d) && d.last + 1 === m.first))
      deadline.add(m);
  const others = matches.filter((m) => isTimeLike(m) && !deadline.has(m));
  return others.length === 0 ? matches : matches.filter((m) => !deadline.has(m));
}

/** "by thursday noon", "entro venerdì sera": a time right after a deadline, with no preposition of its own, is part of it. */
export function inheritDeadlines(matches: TimeMatch[]): TimeMatch[] {
  return matches.map((m, k) => {
    const before = matches[k - 1];
    if (m.prep !== undefined || before?.prep === undefined || before.last + 1 !== m.first || !isDeadline(before))
      return m;
    return { ...m, prep: before.prep };
  });
}
