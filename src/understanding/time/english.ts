import { alternatives, pattern, type GrammarRule } from './grammar.js';
import { monthNumber, englishSeatingWords, weekdayNumber } from './lexicon.js';
import { englishRecurrenceRules } from './english-recurrence.js';
import { englishWeekRules } from './weeks.js';
import {
  englishClockRules,
  englishCountRules,
  englishMonthEdgeRules,
  englishLeadRules,
  englishUnreadRecurrence,
  setEnglishAnchorRules,
} from './english-days.js';
import { fragments } from './fragments.js';
import { englishBareMinutes } from './bare-minutes.js';
import { AMPM, CLOCK, englishClock, englishRangeRules, MOVE_VERBS, PERIOD } from './english-ranges.js';
import {
  partComponent,
  INVALID,
  invalid,
  amountComponent,
  beforeComponent,
  clockComponent,
  dayOfMonth,
  meridiemOf,
  offsetComponent,
  periodOf,
  sameTimeNext,
  compoundOffset,
  dateComponent,
  SPOKEN_MINUTES,
  spokenMinutes,
} from './build.js';
import type { PartOfDay } from './spec.js';

/** The English time grammar. Patterns read the folded text: "o'clock" is "oclock", "4:30pm" is "4:30 pm". */

const { WD: WD_FULL, WD_ABBR, FULL_MONTH } = fragments.en;
const WD_ANY = `${WD_FULL}|${WD_ABBR}`;
/** "Jan." reads like "jan" */
const MONTH = fragments.en.MONTH;
const ORD = String.raw`(?: (?:st|nd|rd|th))?`;
/** a day of the month: "29", "first", "20 - 9" (twenty-nine) */
const DAY = String.raw`[23]0 (?:- )?(?:[1-9]|first)|\d{1,2}|first`;
/** words after an abbreviated weekday that make it one ("wed morning", "thu 7pm", "Wed at 11") */
const ABBR_NEXT = String.raw`(?= (?:at|@|\d+(?:[:.]\d+)?(?:-\d+(?:[:.]\d+)?)?|morning|afternoon|evening|night|noon|lunch|dinner|next|between|,|am|pm|(?:or|and|&) (?:${WD_ANY})|(?<=(?:^| )(?:tues?|thu|thur|thurs|fri|weds) )for|(?<=(?:^| )(?:mon|tues?|wed|weds|thu|thur|thurs|fri) )(?:around|about|after|before|look|looks|looking|\?))(?![^ ]))`;
const CLOCK_PREP = String.raw`at|around|at around|at about|about|by|before|after|from|until|till|@|for|no later than|starting at|starting from`;
const DATE_PREP = String.raw`on|by|for|until|till|before|from|after|starting|due|to|no later than|on or before`;
const DAY_PREP = String.raw`on|by|for|until|till|before|from|after|due|to|no later than|starting|later`;
const QTY = String.raw`(?:(?<n>\d+(?:[.,]\d+)?|a|an|a couple of|couple of|a couple|couple)(?<nhalf> and a half| 1/2)? (?<u>minutes|minute|min|hours|hour|h|days|day|weeks|week|fortnights|fortnight|months|month|years|year)(?:(?<half> and a half| and half)| and (?<quarter>a quarter|3 quarters)| (?:and )?(?<extra>\d{1,2})(?: (?:minutes|minute|mins|min)|(?<=(?:hours|hour|h) (?:and )?\d{1,2})(?! (?:times|people|persons|guests|of|days|weeks|am|pm|minutes|minute|mins|min)(?![^ ]))))?|(?<sp>half an hour|a half hour|half hour|3 quarters of an hour|a quarter of an hour|quarter of an hour|a quarter hour|an hour and a half|1/4 h|1/4 hour|1/2 h|1/2 hour))`;

const SEATING = alternatives(englishSeatingWords);

const PARTS: Record<string, PartOfDay> = {
  morning: 'morning',
  noon: 'noon',
  lunch: 'lunch',
  afternoon: 'afternoon',
  'late afternoon': 'lateAfternoon',
  'late morning': 'lateMorning',
  'early afternoon': 'afterLunch',
  evening: 'evening',
  night: 'night',
  midnight: 'midnight',
  dinner: 'dinner',
  breakfast: 'breakfast',
};
const MEALS = new Set(['lunch', 'dinner', 'breakfast']);
/** A meal is a time only after these ("at lunch", "for dinner"); "dinner at 8" only colours the hour. */
const MEAL_TIME_PREPS = new Set(['at', 'for', 'around', 'by', 'after', 'before']);

export const englishRules: readonly GrammarRule[] = [
  ...englishLeadRules,
  ...englishRecurrenceRules,
  ...englishCountRules,
  ...englishMonthEdgeRules,
  ...englishWeekRules,
  {
    // a day already gone ("the last week of May" is not one): said so instead of moved forward
    name: 'past-day',
    re: pattern(
      String.raw`(?:(?<p>on|for|from) )?(?:the day before yesterday|yesterday|(?<!the )last (?:week|month|year|night|${WD_FULL}))`,
    ),
    build: () => invalid('past'),
  },
  {
    // "in 1 week and 2 days", "in 2 days and 3 hours"
    name: 'offset-compound',
    re: pattern(
      String.raw`(?<p>in|within|after) (?<n1>\d+|a|an|one) (?<u1>weeks|week|days|day)(?: ,)? and (?<n2>\d+|a|an|one) (?<u2>days|day|hours|hour)`,
    ),
    build: compoundOffset,
  },
  {
    name: 'offset',
    re: pattern(String.raw`(?<p>in|within|after|in about|in around|in exactly|in just) ${QTY}(?: ' time| or so)?`),
    build: offsetComponent,
  },
  { name: 'offset-from-now', re: pattern(String.raw`${QTY} from now`), build: offsetComponent },
  englishBareMinutes,
  {
    // "this time next week", "next month at this time": the clock time it is now, a whole week or month on
    name: 'same-time-next',
    re: pattern(
      String.raw`(?:at )?(?:this|the same|same) time next (?<u>week|month|year)|next (?<u2>week|month|year) (?:at )?(?:this|the same|same) time`,
    ),
    build: (g) => sameTimeNext(g.u ?? g.u2),
  },
  // "2 hours ago": an amount counted back from now is gone, said so instead of read as a time
  { name: 'ago', re: pattern(String.raw`${QTY} ago`), build: () => invalid('past') },
  {
    // "from 3 to 5 February": the event starts on the first day
    name: 'date-range',
    re: pattern(
      String.raw`(?<p>from|between) (?:the )?(?<d>\d{1,2})${ORD} (?:to|till|until|and|-|through) (?:the )?(?<e>\d{1,2})${ORD}(?: of)? (?<mon>${MONTH})(?:(?: ,)? (?<y>\d{4}))?|(?<d2>\d{1,2})-(?<e2>\d{1,2}) (?<mon2>${MONTH})(?:(?: ,)? (?<y2>\d{4}))?|(?:(?<p3>from|between) )?(?<mon3>${MONTH}) (?<d3>\d{1,2})${ORD} (?:to|till|until|and|-|through) (?<e3>\d{1,2})${ORD}(?:(?: ,)? (?<y3>\d{4}))?`,
    ),
    build: (g) => {
      // "May 20-9" is no range but "May twenty-nine"
      if (g.e3 !== undefined && Number(g.e3) <= Number(g.d3)) return null;
      const month = monthNumber(g.mon ?? g.mon2 ?? g.mon3 ?? '', 'en');
      const year = g.y ?? g.y2 ?? g.y3;
      const first = dateComponent(g.d ?? g.d2 ?? g.d3, month, year);
      const last = dateComponent(g.e ?? g.e2 ?? g.e3, month, year);
      return first?.kind === 'day' && last?.kind === 'day' ? { ...first, lastDay: last.day } : first;
    },
  },
  ...englishRangeRules,
  {
    name: 'before',
    re: pattern(String.raw`${QTY} (?:before|earlier|ahead|in advance|beforehand|prior)`),
    build: beforeComponent,
  },
  {
    // "at 1600 hrs", "1700h", "17.00 hrs", "thirteen hundred hours": a 24-hour clock followed by "hours" is a time
    name: 'clock-military',
    re: pattern(
      String.raw`(?:(?<p>at|@|by|from|until|till) |(?<!(?:^| )(?:for|of|lasting|in|within) ))(?:(?<hh>[01]\d|2[0-3])[:.]?(?<mm>[0-5]\d) (?:hours|h)|(?<h>[01]?\d|2[0-3]) hundred hours)(?![^ ])`,
    ),
    build: (g) => clockComponent(g.hh ?? g.h ?? '', g.mm ?? '00'),
  },
  {
    name: 'amount',
    re: pattern(
      String.raw`(?:(?<p>by|for the next|for another|for|of|lasting|a) )?(?:${QTY}(?! (?:to|til|till) \d)|(?<=for the next )(?<u3>hour|day))|(?<n2>\d+) - (?<u2>minute|hour)`,
    ),
    // "for the next hour": one of the unit
    build: (g) => amountComponent((g.n2 ?? g.u3) ? { n: g.n2 ?? '1', u: g.u2 ?? g.u3, p: g.p ?? '-' } : g),
  },
  ...englishClockRules,
  {
    name: 'clock-relative',
    re: pattern(
      String.raw`(?:(?<p>at|around|by|before|after|from|until) )?(?<rel>half past|half after|quarter past|a quarter past|quarter after|a quarter after|quarter to|a quarter to|quarter of|a quarter of|quarter till|a quarter till|(?<rm>${SPOKEN_MINUTES}) (?:minutes )?(?:past|after))(?: the hour)? (?<h>\d{1,2})(?: (?<ap>${AMPM}))?(?: (?<per>${PERIOD}))?`,
    ),
    build: (g) => {
      const rel = g.rel ?? '';
      const modifier = rel.includes('half')
        ? 30
        : /quarter (?:past|after)/.test(rel)
          ? 15
          : rel.includes('quarter')
            ? -15
            : spokenMinutes(g.rm);
      return clockComponent(g.h ?? '', undefined, { modifier, meridiem: meridiemOf(g.ap), period: periodOf(g.per) });
    },
  },
  {
    // "at nine thirty", "at 10 45", "at 1530", "@ 0830", "seven thirty pm": minutes said apart, or four digits
    name: 'clock-spoken',
    re: pattern(
      String.raw`(?:(?<p>at|around|at around|at about|from|until|till|@) )?(?:(?<h>\d{1,2}) (?:(?<tens>[1-5]0)(?: (?:- )?(?<units>[1-9]))?|(?<teen>1[1-9])|(?:oh|0) (?<oh>[1-9]))|(?<hh>[01]\d|2[0-3]|[1-9])(?<mm>[0-5]\d))(?: (?<ap>${AMPM}))?(?: (?<per>${PERIOD}))?`,
    ),
    build: (g) => {
      // with no "at", only an am/pm or a part of the day makes two numbers a clock ("seven thirty pm")
      if (g.p === undefined && g.ap === undefined && g.per === undefined) return null;
      if (g.hh !== undefined) return clockComponent(g.hh, g.mm);
      const minute = Number(g.tens ?? 0) + Number(g.units ?? 0) + Number(g.teen ?? 0) + Number(g.oh ?? 0);
      return clockComponent(g.h ?? '', String(minute).padStart(2, '0'), {
        meridiem: meridiemOf(g.ap),
        period: periodOf(g.per),
      });
    },
  },
  {
    // "move my 2pm to 4", "push it to 4:30.": after a verb of moving, an hour after "to" closing a clause is the new time
    name: 'clock-to-closing',
    re: pattern(
      String.raw`(?<p>to)(?<=(?:^| )(?:${MOVE_VERBS})(?: [^ ]+){0,8} to) (?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?: (?<ap>${AMPM}))?(?= [,.;!?]| *$)`,
    ),
    build: (g) => englishClock(g, ''),
  },
  {
    // "a call with Bob for 5": a bare hour after "for" closing a clause is a time, unless the message seats
    // people or already said its hour ("at Nora's at 8 for 4" is a party of 4)
    name: 'clock-for-closing',
    re: pattern(
      String.raw`for(?<!(?:^| )(?:${SEATING}|(?:at|@) \d{1,2}(?:[:.]\d{2})?|\d{1,2}(?:[:.]\d{2})? ?(?:am|pm))(?: [^ ]+)* for) (?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?= [,.;!?]| *$)(?!.* (?:${SEATING})(?![^ ]))`,
    ),
    build: (g) => englishClock(g, ''),
  },
  {
    name: 'clock',
    // "until 25 January": a number before a month is its day, never an hour
    re: pattern(
      String.raw`(?<p>${CLOCK_PREP}) ${CLOCK()}(?! (?:${MONTH})(?![^ ]))(?: (?:oclock|o clock))?(?: (?<per>${PERIOD}))?`,
    ),
    build: (g) => {
      // "a table for 4": "for" introduces a time only with am/pm
      if ((g.p === 'for' || g.p === 'about') && g.ap === undefined) return null;
      return englishClock(g, '', g.per);
    },
  },
  {
    name: 'clock-ampm',
    re: pattern(
      String.raw`(?<h>\d{1,2})(?:[:.](?<m>\d{2}))? (?<ap>${AMPM})(?:(?: -)? ish)?(?: (?<per>${PERIOD}))?|(?<h2>\d{1,2}) (?:oclock|o clock|(?:- )?ish)(?: (?<per2>${PERIOD}))?`,
    ),
    build: (g) =>
      g.h2 === undefined ? englishClock(g, '', g.per) : clockComponent(g.h2, undefined, { period: periodOf(g.per2) }),
  },
  {
    name: 'iso-date',
    re: pattern(String.raw`(?:(?<p>${DATE_PREP}) )?(?<y>\d{4})(?<sep>[-/.])(?<mo>\d{1,2})\k<sep>(?<d>\d{1,2})`),
    build: (g) => dateComponent(g.d, Number(g.mo), g.y),
  },
  {
    name: 'date-day-month',
    re: pattern(
      String.raw`(?:(?<p>${DATE_PREP}) )?(?:(?:${WD_ANY})(?: ,)? )?(?:the )?(?<d>${DAY})${ORD}(?: of| -)? (?<mon>${MONTH})(?:(?: ,| -)? (?<y>\d{4}))?`,
    ),
    build: (g) => dateComponent(g.d, monthNumber(g.mon ?? '', 'en'), g.y),
  },
  {
    name: 'date-month-day',
    re: pattern(
      String.raw`(?:(?<p>${DATE_PREP}) )?(?:(?:${WD_ANY})(?: ,)? )?(?<mon>${MONTH})(?: \.)? (?:the )?(?<d>${DAY})${ORD}(?:(?: ,)? (?<y>\d{4}))?`,
    ),
    build: (g) => dateComponent(g.d, monthNumber(g.mon ?? '', 'en'), g.y),
  },
  {
    name: 'numeric-date',
    re: pattern(
      String.raw`(?:(?<p>${DATE_PREP}) )?(?:(?:${WD_ANY})(?: ,)? )?(?<d>\d{1,2})(?<sep>[/.-])(?<mo>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?! h(?![^ ]))`,
    ),
    build: (g) => {
      if (g.sep === '-' && g.y === undefined) return null;
      if (g.sep === '.' && (Number(g.mo) > 12 || Number(g.d) > 31)) return null;
      // "12/25" has no 25th month: written month first
      if (Number(g.mo) > 12 && Number(g.d) <= 12) return dateComponent(g.mo, Number(g.d), g.y);
      return dateComponent(g.d, Number(g.mo), g.y);
    },
  },
  {
    name: 'day-part-word',
    re: pattern(String.raw`(?:(?<p>${DAY_PREP}) )?(?<w>tonight|this morning|this afternoon|this evening|later today)`),
    build: (g) => {
      const w = g.w ?? '';
      const part: PartOfDay = /morning/.test(w) ? 'morning' : /afternoon|later/.test(w) ? 'afternoon' : 'evening';
      return { kind: 'dayPart', day: { kind: 'relative', days: 0 }, part };
    },
  },
  {
    // "by end of day tomorrow", "eod friday": the end of the day named after it
    name: 'end-of-named-day',
    re: pattern(
      String.raw`(?:(?<p>${DAY_PREP}) )?(?:the )?end of (?:the )?day (?:on )?(?<w>tomorrow|the day after tomorrow|day after tomorrow|${WD_FULL}|${WD_ABBR})`,
    ),
    build: (g) => {
      const weekday = weekdayNumber(g.w ?? '', 'en');
      if (weekday !== undefined) return { kind: 'day', day: { kind: 'weekday', weekday, nextWeek: false } };
      return { kind: 'day', day: { kind: 'relative', days: g.w === 'tomorrow' ? 1 : 2 } };
    },
  },
  {
    name: 'relative-day',
    re: pattern(
      String.raw`(?:(?<p>${DAY_PREP}) )?(?<w>today|tomorrow|the day after tomorrow|day after tomorrow|(?:the )?end of (?:the )?day)`,
    ),
    build: (g) => ({
      kind: 'day',
      day: { kind: 'relative', days: g.w === 'tomorrow' ? 1 : /after/.test(g.w ?? '') ? 2 : 0 },
    }),
  },
  {
    name: 'weekday-and-day',
    // "wed the 3rd": an abbreviation before the day's number is the weekday, the number decides
    re: pattern(
      String.raw`(?:(?<p>${DATE_PREP}) )?(?:${WD_ANY})(?: \.)?(?: ,)? (?:the )?(?<d>\d{1,2}) (?:st|nd|rd|th)`,
    ),
    build: (g) => {
      const day = dayOfMonth(g.d);
      return day === undefined ? INVALID : { kind: 'day', day: { kind: 'monthDay', day } };
    },
  },
  {
    name: 'weekday',
    re: pattern(
      String.raw`(?:(?<p>${DATE_PREP}) )?(?:(?<pre>this coming|this|next|coming|the) )?(?<wd>${WD_FULL})(?: (?:(?<after>(?:of )?the week after next)|(?<next>next week|of next week)))?|(?:(?<p2>${DATE_PREP}|this|next|every) )(?<wd2>${WD_ABBR})(?: \.)?|(?<wd3>${WD_ABBR})(?: \.)?${ABBR_NEXT}|(?<=(?:${WD_ANY}) (?:and|or|&) |(?:^| )(?:am|pm) )(?<wd5>${WD_ABBR})|(?:(?<p4>in|during) )?(?:(?<next4>next week)|(?<after4>the week after next)) (?:on )?(?<wd4>${WD_FULL})`,
    ),
    build: (g) => {
      const wd = g.wd ?? g.wd2 ?? g.wd3 ?? g.wd4 ?? g.wd5 ?? '';
      return {
        kind: 'day',
        day: {
          kind: 'weekday',
          weekday: weekdayNumber(wd, 'en') ?? 0,
          nextWeek: g.next !== undefined || g.next4 !== undefined,
          ...((g.after ?? g.after4) !== undefined && { weekAfterNext: true }),
        },
      };
    },
  },
  {
    name: 'end-of-week',
    re: pattern(
      String.raw`(?:(?<p>by|before|until|till|at|for|on) )?(?:the )?end of (?:the |this )?week|(?<p2>by) (?:the |this )?weekend`,
    ),
    build: () => ({ kind: 'day', day: { kind: 'endOfWeek' } }),
  },
  {
    name: 'end-of-month',
    re: pattern(String.raw`(?:(?<p>by|before|until|till|at|for|on) )?(?:the )?end of (?:the |this )?month`),
    build: () => ({ kind: 'day', day: { kind: 'endOfMonth' } }),
  },
  {
    name: 'end-of-year',
    re: pattern(String.raw`(?:(?<p>by|before|until|till|at|for|on) )?(?:the )?(?:end|last day) of (?:the |this )?year`),
    build: () => ({ kind: 'day', day: { kind: 'endOfYear' } }),
  },
  {
    name: 'next-week',
    re: pattern(
      String.raw`(?:(?<p>for|in|during|by|until|from|on|of) )?(?:next week|the following week|the week after)`,
    ),
    build: () => ({ kind: 'span', span: { kind: 'nextWeek' } }),
  },
  {
    name: 'this-week',
    re: pattern(String.raw`(?:(?<p>for|in|during|by|until|of) )?(?:this week|the rest of the week)`),
    build: () => ({ kind: 'span', span: { kind: 'thisWeek' } }),
  },
  {
    name: 'weekend',
    re: pattern(String.raw`(?:(?<p>at|on|over|for|during|this|by) )?(?:the )?(?:weekend|week end)`),
    build: () => ({ kind: 'span', span: { kind: 'weekend' } }),
  },
  {
    name: 'next-month',
    re: pattern(String.raw`(?:(?<p>for|in|during|by|until|of) )?next month`),
    build: () => ({ kind: 'span', span: { kind: 'nextMonth' } }),
  },
  {
    name: 'this-month',
    re: pattern(String.raw`(?:(?<p>for|in|during|by|until|of) )?this month`),
    build: () => ({ kind: 'span', span: { kind: 'thisMonth' } }),
  },
  {
    name: 'month',
    re: pattern(String.raw`(?<p>in|during|for|by|until|of|throughout|in early|in late|in mid) (?<mon>${FULL_MONTH})`),
    build: (g) => ({ kind: 'span', span: { kind: 'month', month: monthNumber(g.mon ?? '', 'en') ?? 1 } }),
  },
  {
    name: 'part-of-day',
    // "good morning" greets, it names no time
    re: pattern(
      String.raw`(?<!good )(?!(?<=^)(?:morning|afternoon|evening) [!,])(?:(?<p>in the|this|at|for|around|by|during the|during|in|on|after|before) )?(?<part>${alternatives(Object.keys(PARTS))})(?! shifts?(?![^ ]))(?:(?<time> time)|(?<!(?:about|of|for) [^ ]+)(?<day>(?= (?:tomorrow|the day after tomorrow)(?![^ ])))|)`,
    ),
    // "lunch time", "lunchtime", "lunch tomorrow" (no "about" before): the meal's time, with or without "at"
    build: (g) =>
      partComponent(g.time === undefined && g.day === undefined ? g : { ...g, p: 'at' }, {
        parts: PARTS,
        meals: MEALS,
        mealTimePreps: MEAL_TIME_PREPS,
      }),
  },
  {
    name: 'day-of-month',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|until|till|before|from|after|due) )?the (?:(?<d>${DAY}) (?<ord>st|nd|rd|th)(?! (?:day|week|time|floor|row|round|quarter|half|attempt)(?![^ ]))|(?<d4>[23]0 (?:- )?first))|(?<p2>on|by|until|till|before) (?:the (?<d2>\d{1,2})(?! (?:st|nd|rd|th) (?:day|week|time|floor|row|round|quarter|half|attempt)(?![^ ]))|(?<d3>\d{1,2}) (?:st|nd|rd|th))|(?<=(?:^| )(?:have|got) )the (?<d5>\d{1,2})(?= \?|$)`,
    ),
    build: (g) => {
      const day = dayOfMonth(g.d ?? g.d4 ?? g.d2 ?? g.d3 ?? g.d5);
      return day === undefined ? null : { kind: 'day', day: { kind: 'monthDay', day } };
    },
  },
  {
    name: 'bare-clock',
    re: pattern(
      String.raw`(?<h>\d{1,2})(?::(?<m>\d{2})(?::\d{2})?| h (?<m2>\d{2}))(?: (?<per>${PERIOD}))?|(?<h3>\d{1,2})(?= (?:tonight|this evening|this afternoon|this morning)(?![^ ]))|(?<=(?:${MONTH}|\d{4}) , )(?<h4>\d{1,2})\.(?<m4>\d{2})|(?<=(?:today|tomorrow|${WD_ANY}) )(?<h5>\d{1,2})\.(?<m5>1[3-9]|[2-5]\d|00)(?![.\d])`,
    ),
    // "13 April, 10.30": a dotted clock right after a date and a comma; "weds 9.15": after a day, a stop
    // between the hour and minutes that cannot be a month is a clock
    build: (g) =>
      g.h3 === undefined
        ? englishClock({ ...g, h: g.h ?? g.h4 ?? g.h5, m: g.m ?? g.m2 ?? g.m4 ?? g.m5 }, '', g.per)
        : clockComponent(g.h3, undefined),
  },
  englishUnreadRecurrence,
];
setEnglishAnchorRules(englishRules);
