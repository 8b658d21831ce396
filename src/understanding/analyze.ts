import type { Intent, Lang, UnderstandingContext } from './contract.js';
import { formatDate, isValidTimeZone, localDateTime } from '../kernel/time.js';
import { detectLanguageOfTokens } from './lang.js';
import { reportedContentStart } from './reported-speech.js';
import { weekdaysBeforeSaidDay } from './time/weekday-lead.js';
import { normalizeTokens, tokenize, withoutHesitations, type Token } from './normalize.js';
import { requestTimes } from './contrast.js';
import { resolveSpec, specFromMatches, type ResolvedTime, type TimeSpec } from './time/resolve.js';
import { inheritDeadlines, isDeadline, selectMatches } from './time/select.js';
import { readTime } from './time/grammar.js';
import { GRAMMARS } from './time/grammars.js';
import { withoutStrayAmounts } from './time/booking-length.js';
import { withIntensifiers } from './time/intensifiers.js';
import type { Clock, Component, TimeIssue, TimeMatch } from './time/spec.js';
import { wallTimeIn, zoneSaid, type ZoneSaid } from './time/zones.js';
import { isPast, timeApartFromGone } from './time/gone.js';
import { withoutWishes } from './time/wishes.js';
import { withExceptions } from './time/exceptions.js';

/** The steps shared by the full understanding and by `resolveTimeExpression`. */

export const DEFAULT_TZ = 'Europe/Rome';
const validZones = new Set<string>();

/** An unknown zone falls back to the product's default rather than failing a message. */
export function safeZone(tz: string): string {
  if (validZones.has(tz)) return tz;
  if (!isValidTimeZone(tz)) return DEFAULT_TZ;
  validZones.add(tz);
  return tz;
}

export interface Analysis {
  text: string;
  lang: Lang;
  tokens: Token[];
  matches: TimeMatch[];
  consumed: boolean[];
  /** a zone said after a clock ("3pm EST"): the clock is that zone's wall time */
  zone?: ZoneSaid;
}

export function analyze(text: string, ctx: UnderstandingContext): Analysis {
  const raw = tokenize(text);
  const lang = detectLanguageOfTokens(raw, ctx.lang ?? 'it');
  const tokens = withoutHesitations(normalizeTokens(raw, lang));
  const reading = readTime(tokens, GRAMMARS[lang]);
  const { matches: read, consumed } = applyCorrections(inheritDeadlines(reading.matches), reading.consumed);
  const matches = withExceptions(
    tokens,
    weekdaysBeforeSaidDay(withIntensifiers(tokens, lang, withoutWishes(tokens, lang, read, consumed), consumed)),
  );
  const zone = zoneSaid(tokens, matches);
  if (zone !== undefined) consumed.fill(true, zone.first, zone.last + 1);
  return zone === undefined
    ? { text, lang, tokens, matches, consumed }
    : { text, lang, tokens, matches, consumed, zone };
}

/**
 * Whether the message names a time of day (or an elapsed amount), whether it names any time,
 * whether every time it names is a deadline ("entro domani sera", "by Friday"), and whether it
 * names a clock time ("alle 10", "at 7:15"), a fixed slot rather than a part of the day.
 */
export function timeFlags(matches: readonly TimeMatch[]): {
  timed: boolean;
  dated: boolean;
  deadline: boolean;
  clocked: boolean;
  ranged: boolean;
  /** some time it names is a deadline */
  due: boolean;
} {
  let timed = false;
  let ranged = false;
  let dated = false;
  let deadline = true;
  let clocked = false;
  for (const m of matches) {
    const c = m.component;
    if (c.kind === 'invalid' || c.kind === 'amount' || c.kind === 'before' || (c.kind === 'part' && c.weak)) continue;
    dated = true;
    deadline &&= isDeadline(m);
    clocked ||= (c.kind === 'clock' || c.kind === 'range') && !isDeadline(m);
    ranged ||= (c.kind === 'range' || (c.kind === 'clock' && c.open === true)) && !isDeadline(m);
    if (
      ['clock', 'range', 'dayPart', 'part', 'recurrence'].includes(c.kind) ||
      (c.kind === 'offset' && c.unit === 'minute')
    )
      timed = true;
  }
  const due = matches.some(isDeadline);
  return { timed, dated, deadline: dated && deadline, clocked, ranged, due };
}

const DAY_KINDS = new Set(['day', 'dayPart', 'span', 'offset']);
const CLOCK_KINDS = new Set(['clock', 'range', 'part', 'dayPart', 'offset']);

/** Which slots of the time a match fills: the day, the time of day, or both. */
function slotsOf(m: TimeMatch): { day: boolean; clock: boolean } {
  const c = m.component;
  if (c.kind === 'offset') return { day: c.unit !== 'minute', clock: c.unit === 'minute' };
  if (c.kind === 'part' && c.weak) return { day: false, clock: false };
  return { day: DAY_KINDS.has(c.kind), clock: CLOCK_KINDS.has(c.kind) };
}

/**
 * "domani alle 11 anzi no a mezzogiorno", "Friday, I mean Saturday, at 10": what follows the
 * correction replaces what came before it, slot by slot (the day, the time of day). The words
 * replaced stay read as time so they leave the texts; a correction word with no time on both
 * sides ("actually, remind me...") is an ordinary word.
 */
function applyCorrections(said: TimeMatch[], consumed: boolean[]): { matches: TimeMatch[]; consumed: boolean[] } {
  if (!said.some((m) => m.component.kind === 'correction')) return { matches: said, consumed };
  const matches = adaptReplacements(said);
  // the start of the last match that fills each slot, and the first correction after each match
  let lastDay = -1;
  let lastClock = -1;
  for (const m of matches) {
    const slots = slotsOf(m);
    if (slots.day) lastDay = Math.max(lastDay, m.first);
    if (slots.clock) lastClock = Math.max(lastClock, m.first);
  }
  const effective = new Set<TimeMatch>();
  let nextMark: TimeMatch | undefined;
  const out = [...matches];
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k]!;
    if (m.component.kind === 'correction') {
      nextMark = m;
      continue;
    }
    if (nextMark === undefined) continue;
    const slots = slotsOf(m);
    const dayReplaced = slots.day && lastDay > nextMark.last;
    if (!dayReplaced && !(slots.clock && lastClock > nextMark.last)) continue;
    effective.add(nextMark);
    // "domani sera alle 8, anzi alle 9": only the time of day is corrected, the day stays
    const c = m.component;
    out[k] = {
      ...m,
      component: c.kind === 'dayPart' && !dayReplaced ? { kind: 'day', day: c.day } : { kind: 'correction' },
    };
  }
  const marks = matches.filter((m) => m.component.kind === 'correction' && !effective.has(m));
  for (const mark of marks) consumed.fill(false, mark.first, mark.last + 1);
  return { matches: out.filter((m) => !marks.includes(m)), consumed };
}

/** Whether a clock reads as afternoon or evening: by its own words, or by the bare-hour rule. */
function isLater(clock: Clock): boolean {
  if (clock.meridiem !== undefined) return clock.meridiem === 'pm';
  if (clock.period !== undefined) return clock.period !== 'morning';
  return clock.hour >= 13 || (!clock.twoDigit && clock.hour >= 1 && clock.hour <= 7);
}

/**
 * A time said as a correction takes its sense from what it corrects: "at 7, actually 8" stays
 * in the evening (20:00); "in 10 minutes, no, 20 minutes" still counts from now.
 */
function asReplacementOf(replaced: Component, m: TimeMatch, laterPart: boolean): TimeMatch {
  const c = m.component;
  // "tra 10 minuti, anzi 20": a bare number correcting a count is a count of the same unit
  if (c.kind === 'clock' && c.count !== undefined && replaced.kind === 'offset')
    return {
      ...m,
      component: {
        ...replaced,
        amount: replaced.unit === 'minute' && replaced.amount % 60 === 0 && c.count <= 24 ? c.count * 60 : c.count,
      },
    };
  if (c.kind === 'amount' && replaced.kind === 'offset' && replaced.unit === 'minute') {
    // a count with no unit takes the corrected one's: hours when that was whole hours
    const hours = c.unitless === true && replaced.amount % 60 === 0 && c.minutes <= 24;
    return { ...m, component: { kind: 'offset', amount: hours ? c.minutes * 60 : c.minutes, unit: 'minute' } };
  }
  const bare = c.kind === 'clock' && c.clock.meridiem === undefined && c.clock.period === undefined;
  if (bare && replaced.kind === 'clock' && (laterPart || isLater(replaced.clock)) && c.clock.hour < 12)
    return { ...m, component: { kind: 'clock', clock: { ...c.clock, meridiem: 'pm' } } };
  return m;
}

const LATER_PARTS: ReadonlySet<string> = new Set(['afternoon', 'evening', 'night', 'dinner', 'afterLunch']);
const laterPartOf = (c: Component): boolean => (c.kind === 'part' || c.kind === 'dayPart') && LATER_PARTS.has(c.part);

/** The first time after each correction word, read as a replacement of the time before it ("stasera alle 8, no, alle 9"). */
function adaptReplacements(matches: readonly TimeMatch[]): TimeMatch[] {
  let before: TimeMatch | undefined;
  let afterMark = false;
  let laterPart = false;
  return matches.map((m) => {
    if (m.component.kind === 'correction') {
      afterMark = before !== undefined;
      return m;
    }
    const out = afterMark && before !== undefined ? asReplacementOf(before.component, m, laterPart) : m;
    laterPart ||= laterPartOf(m.component);
    afterMark = false;
    before = out;
    return out;
  });
}

/**
 * "entro venerdì devo consegnare il bilancio, nn farmelo dimenticare": a reminder whose only
 * time is a deadline day carries it as `due` and fires that morning, before the deadline.
 */
function onlyADeadlineDay(matches: readonly TimeMatch[], spec: TimeSpec): boolean {
  if (spec.leadDays !== undefined || spec.day === undefined || spec.clock !== undefined) return false;
  return spec.part === undefined && spec.recurrence === undefined && matches.length > 0 && matches.every(isDeadline);
}

const EARLIER = /^(anticip|prima$|earlier$|forward$|sooner$)/;
/** Where a day already gone is a mistake to point out; elsewhere ("mi ha scritto ieri") it is just words. */
const PAST_MATTERS: ReadonlySet<Intent> = new Set<Intent>(['reminder', 'booking', 'reschedule']);

/** The client's words of a time expression, without the preposition that introduced it ("31 febbraio", "25"). */
export function saidWords(analysis: Analysis, m: TimeMatch): string {
  const prepTokens = m.prep === undefined ? 0 : m.prep.split(' ').length;
  const first = analysis.tokens[Math.min(m.first + prepTokens, m.last)];
  const last = analysis.tokens[m.last];
  return first === undefined || last === undefined ? '' : analysis.text.slice(first.start, last.end);
}

/** With a lead ("ricordamelo il giorno prima") the deadline counted from stays in the reminder's text. */
function deadlinesOf(matches: readonly TimeMatch[]): Set<TimeMatch> {
  if (!matches.some((m) => m.component.kind === 'lead')) return new Set();
  return new Set(matches.filter(isDeadline));
}

/** The match a time issue comes from: the invalid expression, or the named day that does not exist. */
function issueMatch(matches: readonly TimeMatch[], issue: TimeIssue): TimeMatch | undefined {
  const invalid = matches.find((m) => m.component.kind === 'invalid' && m.component.issue === issue);
  return (
    invalid ??
    (issue === 'no_such_date'
      ? matches.find((m) => m.component.kind === 'day' || m.component.kind === 'dayPart')
      : undefined)
  );
}

/**
 * The time words a reminder's text keeps: a deadline ("entro le 18" is what the client must meet),
 * and the event's own time when a lead comes after it ("my flight is on Friday at 7am, remind me
 * the evening before": the reminder says when the flight is).
 */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', "'s", 'e', 'sono']);

function keptInReminder(matches: readonly TimeMatch[]): Set<TimeMatch> {
  const kept = deadlinesOf(matches);
  const lead = matches.find((m) => m.component.kind === 'lead');
  if (lead !== undefined) for (const m of matches) if (m.last < lead.first) kept.add(m);
  return kept;
}

/**
 * "domenica alle 9 ho la partita, ricordamela sabato sera": when a reminder verb comes late and a day is
 * said after it, the times before it are the event's (kept in the text), not the reminder's.
 */
function eventBefore(matches: readonly TimeMatch[], head: number): TimeMatch[] {
  if (matches.some((m) => m.component.kind === 'lead' || m.component.kind === 'correction')) return [];
  const before = matches.filter((m) => m.last < head && (slotsOf(m).day || slotsOf(m).clock) && !isDeadline(m));
  // the reminder's own day follows its verb ("ricordamela sabato sera", "remind me on Saturday"): a day
  // further on is the object's ("…ricordami di prenotare il volo x Natale")
  const dayAfter = matches.some((m) => m.first > head && m.first <= head + 2 && slotsOf(m).day);
  // "dmn alle 9 ho il colloquio, ricordamelo alle 8": the reminder's own hour; the day said before stays
  const clockAfter = matches.some((m) => m.first > head && m.first <= head + 2 && slotsOf(m).clock);
  if (clockAfter && !dayAfter) return before.filter((m) => !slotsOf(m).day);
  return dayAfter && before.some((m) => slotsOf(m).day) ? before : [];
}

/**
 * "dmn alle 9 ho il commercialista e alle 11 e mezza la call, ricordami la call mezz ora prima": a lead
 * before an event counts back from the last hour said before it; the earlier hours are other events'.
 */
function earlierClocks(matches: readonly TimeMatch[]): TimeMatch[] {
  const lead = matches.find((m) => m.component.kind === 'before');
  if (lead === undefined) return [];
  const clocks = matches.filter((m) => m.last < lead.first && ['clock', 'range'].includes(m.component.kind));
  return clocks.slice(0, -1);
}

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', '.', '!', '?', ';']);
const sameDay = (a: TimeMatch, b: TimeMatch): boolean =>
  'day' in a.component && 'day' in b.component && JSON.stringify(a.component.day) === JSON.stringify(b.component.day);

/**
 * "remind me tmrw at 10 to call my mom, clocks change tonight right?": once the request has its day and clock, a
 * later clause naming another day is an aside, not the request's time (a correction word would say otherwise).
 */
function daysAside(matches: readonly TimeMatch[], tokens: readonly Token[], head: number): TimeMatch[] {
  if (matches.some((m) => m.component.kind === 'correction' || m.component.kind === 'lead')) return [];
  const day = matches.find((m) => m.first > head && slotsOf(m).day);
  const clock = matches.find((m) => m.first > head && slotsOf(m).clock);
  if (day === undefined || clock === undefined) return [];
  const from = Math.max(day.last, clock.last);
  const brk = tokens.findIndex((t, i) => i > from && CLAUSE_BREAKS.has(t.norm));
  if (brk < 0) return [];
  return matches.filter((m) => m.first > brk && slotsOf(m).day && !sameDay(m, day));
}

/**
 * Resolves the time expressions of an analysed message for an intent; returns what it used,
 * and the client's words of a time that gives no `when` (to say why when asking back).
 * `seated`: a booking where people sit at a table, whose bare 8 or 9 is dinner time.
 */
/** "ricordami il 25 dicembre 1990": a year said that is gone is a day gone, asked back as "ieri" is. */
function withoutPastDay(time: ResolvedTime, intent: Intent, ctx: UnderstandingContext): ResolvedTime {
  if ((intent !== 'reminder' && intent !== 'booking') || time.when === undefined) return time;
  const instant = Date.parse(time.when);
  if (instant >= ctx.now.getTime()) return time;
  // a bare date reads as UTC midnight: near now, the local date of today decides
  const today = () => formatDate(localDateTime(ctx.now, safeZone(ctx.tz)));
  if (instant >= ctx.now.getTime() - 2 * 86_400_000 && time.when.slice(0, 10) >= today()) return time;
  const { when: _gone, ...rest } = time;
  return { ...rest, issue: 'past' };
}

/** "at 3pm EST": the clock resolved in the client's zone is read as the wall time of the zone said. */
function inZoneSaid(time: ResolvedTime, analysis: Analysis, ctx: UnderstandingContext, dated: boolean): ResolvedTime {
  if (analysis.zone === undefined || time.when === undefined) return time;
  return { ...time, when: wallTimeIn(time.when, analysis.zone.zone, safeZone(ctx.tz), dated ? undefined : ctx.now) };
}

/** "spostala a sabato stessa ora", "same time": a move keeps the item's own time, not the time it is now. */
export function sameAsBefore(matches: readonly TimeMatch[], tokens: readonly Token[]): boolean {
  return matches.some(
    (m) =>
      m.component.kind === 'part' &&
      m.component.part === 'sameTime' &&
      tokens.slice(m.first, m.last + 1).some((t) => /^(stess[ao]|same)$/.test(t.norm)),
  );
}

/** "change tonight's booking": the "'s" of a time cut out of the text goes with it. */
function possessiveEnd(tokens: readonly Token[], last: number): number {
  return tokens[last + 1]?.norm === "'s" ? last + 1 : last;
}

export function resolveFor(
  analysis: Analysis,
  intent: Intent,
  ctx: UnderstandingContext,
  seated = false,
  head?: number,
): { time: ResolvedTime; consumed: boolean[]; issueWords?: string } {
  // "grazie x ieri! mi ricordi giovedì…": a day gone matters only when no other day is said, nor a time
  // apart from it ("clocks went forward last night so remind me at 10"; "yesterday at 10" is still gone)
  const otherDay = analysis.matches.some((m) => !isPast(m) && slotsOf(m).day) || timeApartFromGone(analysis.matches);
  const told = intent === 'task' ? reportedContentStart(analysis.tokens) : undefined;
  const said = (
    PAST_MATTERS.has(intent) && !otherDay ? analysis.matches : analysis.matches.filter((m) => !isPast(m))
  ).filter((m) => told === undefined || m.first < told);
  // "…dmn nn ci sono, ma lunedì alle 9 ricordami…", "stanotte ho perso un'ora…": the context's times are not the request's
  const matches = requestTimes(analysis.tokens, said, head);
  const selection = selectMatches(matches, intent, analysis.tokens, analysis.lang);
  // a deadline stays in the reminder's text: "entro le 18" is what the client must meet
  const keptInText = intent === 'reminder' ? keptInReminder(selection.matches) : new Set<TimeMatch>();
  if (head !== undefined && ['reminder', 'booking', 'task'].includes(intent)) {
    const aside = daysAside(selection.matches, analysis.tokens, head);
    selection.matches = selection.matches.filter((m) => !aside.includes(m));
  }
  if (intent === 'reminder' && head !== undefined) {
    const event = [...eventBefore(selection.matches, head), ...earlierClocks(selection.matches)];
    for (const m of event) keptInText.add(m);
    selection.matches = selection.matches.filter((m) => !event.includes(m));
  }
  const spec = specFromMatches(withoutStrayAmounts(selection.matches, analysis.tokens, intent));
  if (intent === 'reschedule' && sameAsBefore(selection.matches, analysis.tokens)) spec.part = undefined;
  if (selection.targetDay !== undefined && spec.day === undefined) {
    spec.day = selection.targetDay;
    if (spec.part === undefined) spec.period ??= selection.targetPeriod;
  }
  if (intent === 'reminder' && onlyADeadlineDay(selection.matches, spec)) spec.leadDays = 0;
  if (seated) spec.seated = true;
  const shiftSign = analysis.tokens.some((t) => EARLIER.test(t.norm)) ? -1 : 1;
  const time = withoutPastDay(
    inZoneSaid(
      resolveSpec(spec, { now: ctx.now, tz: safeZone(ctx.tz) }, intent, shiftSign),
      analysis,
      ctx,
      spec.day !== undefined || spec.span !== undefined || spec.offset !== undefined,
    ),
    intent,
    ctx,
  );
  const consumed = new Array<boolean>(analysis.tokens.length).fill(false);
  if (analysis.zone !== undefined) consumed.fill(true, analysis.zone.first, analysis.zone.last + 1);
  for (const m of selection.matches) {
    if (!(m.component.kind === 'part' && m.component.weak) && !keptInText.has(m))
      consumed.fill(true, m.first, possessiveEnd(analysis.tokens, m.last) + 1);
    // "my flight is on Friday at 7am, remind me…": the verb joining the event to its kept time is grammar
    else if (keptInText.has(m) && !isDeadline(m) && COPULAS.has(analysis.tokens[m.first - 1]?.norm ?? ''))
      consumed[m.first - 1] = true;
  }
  const from = time.issue === undefined ? undefined : issueMatch(selection.matches, time.issue);
  return from === undefined ? { time, consumed } : { time, consumed, issueWords: saidWords(analysis, from) };
}
