import type { TimeIssue } from '../contract.js';

export type { TimeIssue };

/**
 * The structured description of a time expression, as the grammar reads it and before it is
 * resolved against `now` and a time zone. Nothing here knows the current date.
 */

/** `sameTime`: "domani a quest'ora", "this time tomorrow", the clock time it is now */
export type PartOfDay =
  | 'morning'
  | 'noon'
  | 'lunch'
  | 'afterLunch'
  | 'afternoon'
  /** "in tarda mattinata", "late morning": 11:00; "nel tardo pomeriggio", "late afternoon": 17:00 */
  | 'lateMorning'
  | 'lateAfternoon'
  | 'evening'
  | 'night'
  | 'midnight'
  | 'dinner'
  /** "dopo cena", "after dinner": 21:00 */
  | 'afterDinner'
  | 'breakfast'
  /** "all'alba", "at dawn": 06:00; "a metà mattina", "mid-morning": 10:30; "a fine giornata", "close of play": 17:00 (batch 18) */
  | 'dawn'
  | 'midMorning'
  | 'closeOfBusiness'
  | 'sameTime';

/** What a bare hour means: "alle 9 di sera", "at 3 in the afternoon". */
export type DayPeriod = 'morning' | 'afternoon' | 'evening' | 'night';

export interface Clock {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  period?: DayPeriod;
  /** written with two digits ("07:30", "15"): taken as written, no afternoon guess */
  twoDigit: boolean;
}

export type DayRef =
  | { kind: 'relative'; days: number }
  /** `weekAfterNext`: "monday the week after next" */
  | { kind: 'weekday'; weekday: number; nextWeek: boolean; weekAfterNext?: boolean }
  /** `yearsAhead`: "il 20 giugno dell'anno prossimo", "June 20th next year" */
  | { kind: 'date'; day: number; month: number; year?: number; yearsAhead?: number }
  /**
   * the day of this month (or the next that has it); `monthsAhead` 1 for "il 20 del mese prossimo";
   * `orDate`: "mar 16" is Tuesday the 16th when that day is a Tuesday, else 16 March
   */
  | { kind: 'monthDay'; day: number; monthsAhead?: number; orDate?: { weekday: number; month: number } }
  /** a named day from the holiday table: "Natale", "Thanksgiving" */
  | { kind: 'holiday'; name: string }
  /**
   * "il primo lunedì di marzo" (n 1, month 3), "l'ultimo venerdì del mese" (n -1, no month: this
   * month or the next once past), "the third Tuesday of next month" (monthsAhead 1)
   */
  | { kind: 'nthWeekday'; n: number; weekday: number; month?: number; year?: number; monthsAhead?: number }
  /** "fra due venerdì", "2 fridays from now": the nth coming such weekday */
  | { kind: 'weekdayCount'; weekday: number; n: number }
  /** a day counted from another: "tre giorni dopo Natale", "a week from Monday", "3 days from today", "a month from today" (`months`) */
  | { kind: 'shifted'; base: DayRef; days: number; months?: number }
  /** "il lunedì dopo Pasqua", "the friday before christmas": the first such weekday after (or before) another day */
  | { kind: 'weekdayNear'; base: DayRef; weekday: number; after: boolean }
  | { kind: 'endOfWeek' }
  /** the last day of this month, of a named month ("a fine agosto") or of next month (`monthsAhead` 1) */
  | { kind: 'endOfMonth'; month?: number; year?: number; monthsAhead?: number }
  | { kind: 'endOfYear' }
  /** the last day of this calendar quarter ("by end of quarter"), or of the next (`quartersAhead` 1) */
  | { kind: 'endOfQuarter'; quartersAhead: number }
  /**
   * a season's first day, or its last (`end`); seasons are meteorological: spring from 1 March (batch 18); `current`
   * ("quest'estate", "this summer") said inside the season is today (leftovers 19)
   */
  | { kind: 'season'; season: number; end: boolean; current?: boolean }
  /** a named calendar quarter's first or last day (`quarter` 1-4, the next such), or the next quarter's first day */
  | { kind: 'quarter'; quarter?: number; year?: number; end: boolean }
  /** the first business day from a day on, or the last one up to it (`last`): Monday to Friday, public holidays skipped */
  | { kind: 'workday'; base: DayRef; last: boolean; lang: 'it' | 'en' };

/** A stretch of days: an agenda range, or a date/deadline when read in another intent. */
export type Span =
  | { kind: 'thisWeek' }
  | { kind: 'nextWeek' }
  /** `next`: "next weekend", the one after this, never the weekend the client is in */
  | { kind: 'weekend'; next?: true }
  | { kind: 'thisMonth' }
  | { kind: 'nextMonth' }
  | { kind: 'month'; month: number }
  /** "w/c 21st", "week commencing monday": the seven days from that day */
  | { kind: 'weekFrom'; day: DayRef };

export interface Recurrence {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval?: number;
  /** 0 = Sunday ... 6 = Saturday */
  byDay?: number[];
  byMonth?: number;
  byMonthDay?: number;
  /** "ogni primo lunedì del mese": BYDAY=1MO; n -1 is the last */
  byNthDay?: { n: number; weekday: number };
  /** the last day it fires on, resolved ("fino a fine febbraio", "until Thanksgiving"): RFC 5545 UNTIL */
  until?: { year: number; month: number; day: number };
}

export type Component =
  /** `lastDay`: the end of a date range ("dal 4 al 7 gennaio"), where a move goes */
  | { kind: 'day'; day: DayRef; lastDay?: DayRef }
  | { kind: 'dayPart'; day: DayRef; part: PartOfDay }
  /** `count`: a bare number after a correction ("anzi 20"), a count instead when what it corrects was one */
  /** `open`: an event's start that runs on "till late" ("party saturday from 9 till late"): a span with no end */
  | { kind: 'clock'; clock: Clock; count?: number; open?: true }
  /** `weak`: a meal or evening word used as a noun ("dinner at 8"): it colours a bare hour only */
  | { kind: 'part'; part: PartOfDay; weak: boolean }
  | { kind: 'range'; start: Clock; end: Clock }
  /** "tra 3 giorni", "in 45 minutes": from now; `days` more after whole months ("tra un mese e 2 giorni") */
  | { kind: 'offset'; amount: number; unit: 'minute' | 'day' | 'month'; days?: number }
  /** "di un'ora", "for 90 minutes": a duration or a shift, the intent decides */
  /** `unitless`: "anzi tra 2" corrects an amount and takes its unit, `minutes` is then the bare count */
  | { kind: 'amount'; minutes: number; unitless?: boolean }
  | { kind: 'recurrence'; recurrence: Recurrence; part?: PartOfDay }
  | { kind: 'span'; span: Span }
  /** "ricordamelo due giorni prima": fire this many days before the deadline named; "la sera prima alle 9" at its own clock */
  /** `part`: the part of the day the lead names ("la sera prima", "the morning before") when no clock is said with it */
  /** `weekday`: "ricordami il mercoledì prima": that weekday before the day said elsewhere (time/weekday-lead.ts) */
  | { kind: 'lead'; days: number; clock?: Clock; part?: PartOfDay; weekday?: number }
  /** "un quarto d'ora prima della riunione delle 3", "10 minutes before the 6pm call": fire that long before the event's time */
  | { kind: 'before'; minutes: number }
  /** "anzi", "I mean": what follows replaces the time said before it */
  | { kind: 'correction' }
  /** "tranne la domenica", "except Sundays": weekdays taken out of the recurrence said (time/exceptions.ts) */
  | { kind: 'exception'; weekdays: number[] }
  /** a recurrence word the grammar could not read ("ogni tanto il primo"): asked back, never a one-off */
  | { kind: 'unreadRecurrence' }
  /** a date or time that cannot exist ("31 febbraio", "alle 25"), or cannot be a future one ("ieri", "tra 0 minuti") */
  | { kind: 'invalid'; issue: TimeIssue };

/** A component with the tokens it was read from and the preposition that introduced it. */
export interface TimeMatch {
  component: Component;
  first: number;
  last: number;
  prep?: string;
}
