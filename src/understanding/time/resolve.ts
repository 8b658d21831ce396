import type { Intent } from '../contract.js';
import {
  addDays,
  addMonths,
  compareDates,
  formatDate,
  formatInstant,
  instantAt as at,
  localDateTime,
  zonedInstant,
  type CalendarDate,
} from '../../kernel/time.js';
import { resolveDay, spanDate, spanDeadline, spanRange, weekdayInOffsetWeek } from './days.js';
import { clockAt } from './build.js';
import { combineRecurrences, endingOn, firstOccurrence, mergeRecurrence, toRrule, withEnd } from './recurrence.js';
import { PART_END_MINUTES, PART_MINUTES, PART_NARROWS, PART_PERIOD, partMinute } from './parts.js';
import type { Clock, DayPeriod, DayRef, PartOfDay, Recurrence, Span, TimeIssue, TimeMatch } from './spec.js';

/**
 * Turns the components of a time expression into the contract's values (`when`, `due`,
 * `rrule`, agenda `from`/`to`, `shiftMin`, `durationMin`) against `now` in the client's zone.
 * All the contract's time conventions that depend on the date live here.
 */

export interface TimeSpec {
  day?: DayRef;
  clock?: Clock;
  endClock?: Clock;
  part?: PartOfDay;
  /** a meal or evening noun that colours a bare hour ("dinner at 8") */
  period?: DayPeriod;
  /** that noun's own time: a booking of "un pranzo con Giulia venerdì" is at lunch time */
  eventPart?: PartOfDay;
  offset?: { amount: number; unit: 'minute' | 'day' | 'month'; days?: number };
  amountMin?: number;
  recurrence?: Recurrence;
  /** "ogni lunedì fino a fine febbraio", "until Thanksgiving": the last day of a recurrence */
  untilDay?: DayRef;
  span?: Span;
  /** minutes before the event's time a reminder fires ("mezz'ora prima della riunione delle 3") */
  beforeMin?: number;
  /** days before the deadline a reminder fires ("ricordamelo il giorno prima") */
  leadDays?: number;
  /** the time the lead itself names ("la sera prima alle 9"): the reminder fires then */
  leadClock?: Clock;
  /** a recurrence word no rule could read: a reminder or booking must ask back, not fire once */
  unreadRecurrence?: boolean;
  /** the first time the client named that gives no `when` */
  issue?: TimeIssue;
  /** a booking where people are seated (a table, a party of 4): a bare 8 or 9 is dinner time */
  seated?: boolean;
}

export interface ResolvedTime {
  when?: string;
  rrule?: string;
  due?: string;
  from?: string;
  to?: string;
  shiftMin?: number;
  durationMin?: number;
  /** a reminder fired some minutes before an event ("mezz'ora prima della call delle 16"): the event's instant */
  eventAt?: string;
  /** why no `when` although the client named a time */
  issue?: TimeIssue;
}

export interface ResolveContext {
  now: Date;
  tz: string;
}

/** a date with no time: a reminder fires at 09:00 */
const DEFAULT_MINUTE = 9 * 60;
const TONIGHT_LATE_MINUTE = 21 * 60;
/** before this a night's hours belong to the night's end */
const DAWN_MINUTE = 6 * 60;

const narrowerPart = (said: PartOfDay | undefined, next: PartOfDay): PartOfDay =>
  said === undefined || PART_NARROWS[next]?.includes(said) === true ? next : said;

/** The first component of each kind wins (a meal narrows a part of the day); the caller has already chosen which matches count. */
export function specFromMatches(matches: readonly TimeMatch[]): TimeSpec {
  const spec: TimeSpec = {};
  for (const { component: c, prep } of matches) {
    switch (c.kind) {
      case 'day':
      case 'span':
        withEnd(spec, c, prep);
        break;
      case 'dayPart':
        spec.day ??= c.day;
        spec.part = narrowerPart(spec.part, c.part);
        break;
      case 'clock':
        spec.clock ??= c.clock;
        break;
      case 'range':
        if (spec.clock === undefined) {
          spec.clock = c.start;
          spec.endClock = c.end;
        }
        break;
      case 'part':
        if (c.weak) {
          spec.period ??= PART_PERIOD[c.part];
          spec.eventPart ??= c.part;
        } else spec.part = narrowerPart(spec.part, c.part);
        break;
      case 'offset':
        spec.offset ??= { amount: c.amount, unit: c.unit, days: c.days ?? 0 };
        break;
      case 'amount':
        spec.amountMin ??= c.minutes;
        break;
      case 'before':
        spec.beforeMin ??= c.minutes;
        break;
      case 'recurrence':
        if (spec.recurrence === undefined) {
          spec.recurrence = c.recurrence;
          if (c.part !== undefined) spec.part ??= c.part;
        } else spec.recurrence = combineRecurrences(spec.recurrence, c.recurrence);
        break;
      case 'invalid':
        spec.issue ??= c.issue;
        break;
      case 'lead':
        spec.leadDays ??= c.days;
        if (c.clock !== undefined) spec.leadClock ??= c.clock;
        if (c.part !== undefined) spec.leadClock ??= clockAt(partMinute(c.part, 0));
        break;
      case 'unreadRecurrence':
        spec.unreadRecurrence = true;
        break;
      case 'correction':
        break;
    }
  }
  return spec;
}

/**
 * Minute of the day (may pass 1440: "alle 24", or fall below 0) for a stated clock. Bare hours
 * 1-7 are afternoon unless written with two digits; an evening or afternoon word moves
 * hours 1-11 to the afternoon or evening; "pm" adds 12.
 */
export function clockMinutes(clock: Clock, context?: DayPeriod): number {
  let h = clock.hour;
  if (clock.meridiem === 'pm') h = h === 12 ? 12 : h + 12;
  else if (clock.meridiem === 'am') h = h === 12 ? 0 : h;
  else {
    const period = clock.period ?? context;
    if (period === 'evening' || period === 'afternoon') {
      if (h >= 1 && h <= 11) h += 12;
    } else if (period === 'night') {
      if (h >= 6 && h <= 11) h += 12;
      else if (h === 12) h = 24;
    } else if (period === undefined && !clock.twoDigit && h >= 1 && h <= 7) {
      h += 12;
    }
  }
  return h * 60 + clock.minute;
}

interface Moment {
  date?: CalendarDate;
  instant?: Date;
  /** the client said a time of day (or an elapsed amount), not only a date */
  timed: boolean;
}

/** Bare hours that are dinner time at a table ("un tavolo alle 8", "at Nora's at 9 for 4"); 10 and 11 may be brunch. */
const DINNER_HOURS: ReadonlySet<number> = new Set([8, 9]);

function contextPeriod(spec: TimeSpec): DayPeriod | undefined {
  const said = spec.period ?? (spec.part === undefined ? undefined : PART_PERIOD[spec.part]);
  if (said !== undefined || spec.seated !== true || spec.clock === undefined) return said;
  const { hour, meridiem, period, twoDigit } = spec.clock;
  const bare = meridiem === undefined && period === undefined && !twoDigit;
  return bare && DINNER_HOURS.has(hour) ? 'evening' : undefined;
}

/** "tonight at 2", "stasera alle 3": a bare hour 1-4 with tonight is in the small hours of the night, never 14:00 (batch 12). */
function smallHoursOfTonight(spec: TimeSpec): boolean {
  const c = spec.clock;
  if (spec.part !== 'evening' || c === undefined || spec.endClock !== undefined) return false;
  return c.meridiem === undefined && c.period === undefined && !c.twoDigit && c.hour >= 1 && c.hour <= 4;
}

/**
 * Start and end minutes of a stated clock (and of the end of a range). In "dalle 7 alle 9" the
 * afternoon guess would put the start after the end, so the start stays in the morning.
 */
function clockSpan(spec: TimeSpec): { start: number; end?: number } | undefined {
  if (spec.clock === undefined) return undefined;
  const context = smallHoursOfTonight(spec) ? 'night' : contextPeriod(spec);
  let start = clockMinutes(spec.clock, context);
  if (spec.endClock === undefined) return { start };
  const end = clockMinutes(spec.endClock, context);
  if (start >= end && start >= 12 * 60 && start - 12 * 60 < end) start -= 12 * 60;
  return { start, end };
}

function resolveMoment(
  spec: TimeSpec,
  now: Date,
  tz: string,
  today: CalendarDate,
  nowMinute: number,
): Moment | undefined {
  let minute = clockSpan(spec)?.start ?? (spec.part === undefined ? undefined : partMinute(spec.part, nowMinute));

  if (spec.offset?.unit === 'minute') {
    const instant = new Date(now.getTime() + spec.offset.amount * 60_000);
    return { date: localDateTime(instant, tz), instant, timed: true };
  }
  let date = weekdayInOffsetWeek(spec.day, spec.offset, today);
  if (spec.offset !== undefined && date === undefined) {
    const { amount, unit, days = 0 } = spec.offset;
    date = unit === 'day' ? addDays(today, amount) : addDays(addMonths(today, amount), days);
    // "tra 3 giorni" with no time keeps the current clock time
    const instant = at(date, minute ?? nowMinute, tz);
    return { date, instant, timed: true };
  }
  if (date === undefined && spec.day !== undefined) {
    date = resolveDay(spec.day, today);
    if (date === undefined) return undefined;
  } else if (date === undefined && spec.span !== undefined) {
    date = spanDate(spec.span, today);
  }
  if (minute === undefined) return date === undefined ? { timed: false } : { date, timed: false };

  const isToday = date === undefined || compareDates(date, today) === 0;
  if (spec.clock === undefined && spec.part === 'evening' && isToday && nowMinute >= PART_MINUTES.evening) {
    // "stasera" said after 19:00 is 21:00 (the contract's decision, even said later than that)
    minute = TONIGHT_LATE_MINUTE;
    date = today;
  }
  if (date === undefined) {
    // a time with no date is the next time the clock shows it
    let instant = at(today, minute, tz);
    if (instant.getTime() <= now.getTime()) instant = at(addDays(today, 1), minute, tz);
    return { date: localDateTime(instant, tz), instant, timed: true };
  }
  const nightPart = spec.part === 'night' || spec.part === 'evening';
  if (nightPart && minute < DAWN_MINUTE && !(isToday && nowMinute < DAWN_MINUTE)) {
    // "stanotte alle 2", "tonight at 1am": the small hours that end the night named, the next calendar day
    date = addDays(date, 1);
  }
  const instant = at(date, minute, tz);
  return { date: localDateTime(instant, tz), instant, timed: true };
}

/**
 * Resolves a time specification for an intent. `shiftSign` is -1 when the client brings an
 * item forward ("anticipa di un'ora").
 */
export function resolveSpec(spec: TimeSpec, ctx: ResolveContext, intent: Intent, shiftSign: 1 | -1 = 1): ResolvedTime {
  if (Number.isNaN(ctx.now.getTime())) return {};
  if (spec.issue !== undefined) return { issue: spec.issue };
  const { now, tz } = ctx;
  const local = localDateTime(now, tz);
  const today: CalendarDate = { year: local.year, month: local.month, day: local.day };
  const nowMinute = local.hour * 60 + local.minute;
  const out: ResolvedTime = {};

  if (spec.amountMin !== undefined && intent === 'reschedule') out.shiftMin = shiftSign * spec.amountMin;
  if (intent === 'booking') {
    const duration = bookingDuration(spec);
    if (duration !== undefined) out.durationMin = duration;
  }

  if (spec.recurrence !== undefined) return { ...out, ...resolveRecurrence(spec, spec.recurrence, ctx, today) };
  if (spec.unreadRecurrence === true && (intent === 'reminder' || intent === 'booking')) return out;
  if (intent === 'reminder' && spec.leadDays !== undefined) return resolveLead(spec, spec.leadDays, ctx, today);

  if (intent === 'agenda') return { ...out, ...agendaRange(spec, now, tz, today, nowMinute) };

  // a reminder about a dinner still fires at 09:00; a booked dinner is at dinner time
  const eventTimed =
    intent === 'booking' && spec.clock === undefined && spec.part === undefined && spec.eventPart !== undefined;
  // a month said alone is a reminder's 1st; a booking or a task "ad agosto" keeps no day (ours)
  const { span, ...rest } = eventTimed ? { ...spec, part: spec.eventPart } : spec;
  const monthOnly = intent !== 'reminder' && span?.kind === 'month';
  const moment = resolveMoment(monthOnly || span === undefined ? rest : { ...rest, span }, now, tz, today, nowMinute);
  // only a named day resolves to nothing: "31 febbraio"
  if (moment === undefined) return { ...out, issue: 'no_such_date' };
  const { date, instant, timed } = moment;

  if (intent === 'task') {
    // "mi serve in mattinata" said during the morning: due today, though 09:00 is gone
    const partRunning =
      spec.part !== undefined &&
      spec.clock === undefined &&
      spec.day === undefined &&
      spec.offset === undefined &&
      spec.part !== 'sameTime' &&
      nowMinute >= PART_MINUTES[spec.part] &&
      nowMinute < PART_END_MINUTES[spec.part];
    const due =
      spec.day === undefined && spec.offset === undefined && spec.span !== undefined
        ? spanDeadline(spec.span, today)
        : partRunning
          ? today
          : date;
    if (due !== undefined) out.due = formatDate(due);
    if (timed && instant !== undefined && !partRunning) out.when = formatInstant(instant, tz);
    return out;
  }
  if (instant !== undefined && timed) {
    const fire = beforeEvent(instant, spec, intent, now);
    out.when = formatInstant(fire, tz);
    if (fire !== instant) out.eventAt = formatInstant(instant, tz);
    // "alle 10 ho udienza, ricordamelo mezz'ora prima": the event's day, as a lead in days gives it
    if (intent === 'reminder' && spec.beforeMin !== undefined && date !== undefined) out.due = formatDate(date);
  } else if (date !== undefined) {
    // a date with no time: a reminder fires at 09:00, a booking keeps the date only; in a season begun
    // ("quest'estate" said on an August afternoon) at the next 09:00
    const fire = zonedInstant(date, DEFAULT_MINUTE, tz);
    const begun = spec.day?.kind === 'season' && spec.day.current === true && fire.getTime() <= now.getTime();
    const day = begun ? addDays(date, 1) : date;
    out.when = intent === 'reminder' ? formatInstant(zonedInstant(day, DEFAULT_MINUTE, tz), tz) : formatDate(date);
  }
  return out;
}

/** A reminder said to fire some minutes before the event's time, unless that is already gone. */
function beforeEvent(instant: Date, spec: TimeSpec, intent: Intent, now: Date): Date {
  if (intent !== 'reminder' || spec.beforeMin === undefined) return instant;
  const fire = new Date(instant.getTime() - spec.beforeMin * 60_000);
  return fire.getTime() > now.getTime() ? fire : instant;
}

/** The time of day said, or 09:00. */
function statedMinute(spec: TimeSpec, now: Date, tz: string): number {
  const local = localDateTime(now, tz);
  const nowMinute = local.hour * 60 + local.minute;
  return clockSpan(spec)?.start ?? (spec.part === undefined ? DEFAULT_MINUTE : partMinute(spec.part, nowMinute));
}

function resolveRecurrence(
  spec: TimeSpec,
  rec: Recurrence,
  { now, tz }: ResolveContext,
  today: CalendarDate,
): ResolvedTime {
  const day = spec.day === spec.untilDay ? undefined : spec.day;
  const recurrence = endingOn(mergeRecurrence(rec, day), spec.untilDay, today);
  const minute = statedMinute(spec, now, tz);
  const startDate = day?.kind === 'date' && recurrence.freq !== 'YEARLY' ? resolveDay(day, today) : undefined;
  const first = firstOccurrence(recurrence, { now, tz, from: startDate ?? today, minute });
  const out: ResolvedTime = { rrule: toRrule(recurrence) };
  if (first !== undefined) out.when = formatInstant(first, tz);
  return out;
}

/**
 * "entro il 20, ricordamelo due giorni prima": the deadline is `due`, the reminder fires that
 * many days before it (at 09:00, or at the time said for the reminder itself).
 */
function resolveLead(spec: TimeSpec, leadDays: number, { now, tz }: ResolveContext, today: CalendarDate): ResolvedTime {
  const deadline = resolveMoment({ ...spec, clock: undefined, part: undefined }, now, tz, today, 0)?.date;
  if (deadline === undefined) return { issue: 'no_such_date' };
  // "alle 7 e 40 ho l'aereo, ricordamelo il giorno prima": the clock said is the event's, the lead fires at 09:00
  const eventClock = leadDays > 0 && spec.clock !== undefined;
  const minute =
    spec.leadClock !== undefined
      ? clockMinutes(spec.leadClock)
      : eventClock
        ? DEFAULT_MINUTE
        : statedMinute(spec, now, tz);
  let fire = at(addDays(deadline, -leadDays), minute, tz);
  // a deadline too close for the lead asked: remind as soon as the clock allows, still before it
  if (fire.getTime() <= now.getTime()) fire = at(today, minute, tz);
  const out: ResolvedTime = { due: formatDate(deadline) };
  if (fire.getTime() > now.getTime()) out.when = formatInstant(fire, tz);
  return out;
}

function agendaRange(spec: TimeSpec, now: Date, tz: string, today: CalendarDate, nowMinute: number): ResolvedTime {
  if (spec.offset === undefined && spec.day === undefined && spec.span !== undefined) {
    const { from, to } = spanRange(spec.span, today);
    return { from: formatDate(from), to: formatDate(to) };
  }
  const moment = resolveMoment(spec, now, tz, today, nowMinute);
  if (moment?.date === undefined) return {};
  const day = formatDate(moment.date);
  return { from: day, to: day };
}

function bookingDuration(spec: TimeSpec): number | undefined {
  const span = clockSpan(spec);
  if (span?.end !== undefined) {
    const duration = span.end > span.start ? span.end - span.start : span.end + 24 * 60 - span.start;
    return duration < 24 * 60 ? duration : undefined;
  }
  return spec.amountMin;
}
