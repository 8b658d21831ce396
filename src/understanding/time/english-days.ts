import { englishPeriodRules } from './period-rules.js';
import { englishMomentRules } from './moment-rules.js';
import {
  correctedNumber,
  leadComponent,
  clockComponent,
  monthEdgeComponent,
  holidayComponent,
  shiftedDay,
  weekdayNearDay,
  SPOKEN_MINUTES,
  spokenMinutes,
  dayOfMonth,
  INVALID,
  meridiemOf,
  ordinalNumber,
  recurrence,
} from './build.js';
import { fragments } from './fragments.js';
import { dayOfText, pattern, type GrammarRule, type Groups } from './grammar.js';
import { holidayWords } from './holidays.js';
import { monthNumber, weekdayNumber } from './lexicon.js';
import type { Component, DayRef } from './spec.js';

/**
 * English rules for named and counted days: holidays, "the third Tuesday of September", "3
 * days from today", "a week from Monday", "2 fridays from now", "the 20th of next month", a
 * reminder's lead ("the day before"), a self-correction ("I mean"), and clock forms around
 * noon ("a quarter past noon", "half three"). A counted day reads its anchor with the whole grammar.
 */
const F = fragments.en;
const DAY = String.raw`[23]0 (?:- )?(?:[1-9]|first)|\d{1,2}|first`;
const ORD_SUFFIX = String.raw`(?: (?:st|nd|rd|th))?`;
/** words that may follow a holiday said as a date after an article ("the christmas eve", "the easter weekend at 9") */
const AFTER_HOLIDAY = new Set(
  'eve day morning afternoon evening night lunch dinner weekend week break holidays holiday at on in to and or for from until till by before after this next'.split(
    ' ',
  ),
);
const namesAThing = (g: Groups): boolean =>
  g.det !== undefined && g.y === undefined && /^[a-z]/.test(g.nx ?? '') && !AFTER_HOLIDAY.has(g.nx ?? '');

/** "happy easter", "merry christmas": a wish, not a date */
const NOT_A_WISH = String.raw`(?<!(?:^| )(?:happy|merry|a happy|a merry) )`;
const ANCHOR = String.raw`today|tomorrow|(?:${F.HOLIDAY})|(?:(?:next|this|the) )?(?:${F.WD})|(?:the )?(?:${DAY})${ORD_SUFFIX}(?: of)? (?:${F.MONTH})|(?:${F.MONTH}) (?:the )?(?:${DAY})${ORD_SUFFIX}`;
/** after these a corrected number is a date or a count, not a clock */
const NOT_A_CLOCK = String.raw`days|day|weeks|week|months|month|years|year|people|persons|guests|st|nd|rd|th|of|${F.MONTH}`;
const UNIT = String.raw`(?:(?<n>\d+|a|an|one|a couple of|couple of|a few|few) (?<u>days|day|weeks|week|fortnights|fortnight|months|month|years|year)|(?<one>the day|the week|the night|the evening|the morning|(?<!(?:every|each|other|same|that|next|this|one|a|\d+) )(?:day|night)(?= before)))`;
const AMPM = String.raw`am|pm|a \. m \.|p \. m \.|a \. m|p \. m`;
const TIME_WORDS = String.raw`\d+|${F.ORD}|${F.WD}|other|few|couple|so often|now and then|time|once|day|days|week|weeks|month|months|year|years|morning|evening|night|afternoon|weekend|hour|hours`;

/** Days in a count: "3 days", "a week", "a fortnight", "a few days" (two), "the day" (one). */
function unitDays(g: Groups): number | undefined {
  if (g.one !== undefined) return /week/.test(g.one) ? 7 : 1;
  const unit = g.u ?? '';
  const n = unitCount(g);
  if (n === undefined || /month|year/.test(unit)) return undefined;
  return n * (/fortnight/.test(unit) ? 14 : /week/.test(unit) ? 7 : 1);
}

/** The number in a count: "3", "a" (one), "a few" (two). */
function unitCount(g: Groups): number | undefined {
  const n = g.n === undefined ? undefined : /^(a|an|one)$/.test(g.n) ? 1 : /couple|few/.test(g.n) ? 2 : Number(g.n);
  return n === undefined || !Number.isInteger(n) || n < 1 || n > 3660 ? undefined : n;
}

let anchorRules: readonly GrammarRule[] = [];
/** The anchor of a counted day is read by the whole English grammar, set once it exists. */
export function setEnglishAnchorRules(rules: readonly GrammarRule[]): void {
  anchorRules = rules;
}

function nthWeekdayComponent(g: Groups): Component | null {
  const n = ordinalNumber(g.ord);
  const weekday = weekdayNumber(g.wd ?? '', 'en');
  if (n === undefined || weekday === undefined) return null;
  const day: DayRef = { kind: 'nthWeekday', n, weekday };
  // "the last sunday of the year" is December's, "the first monday of the year" January's
  const month = g.year !== undefined ? (n < 0 ? 12 : 1) : g.mon === undefined ? undefined : monthNumber(g.mon, 'en');
  if (month !== undefined) day.month = month;
  if (g.y !== undefined) day.year = Number(g.y);
  if (g.next !== undefined) day.monthsAhead = 1;
  return { kind: 'day', day };
}

/** "every first Monday of the month", "the last Friday of every month": before "of every month" is read alone. */
export const englishNthRecurrence: GrammarRule = {
  name: 'every-nth-weekday',
  re: pattern(
    String.raw`(?:every|each) (?<ord>${F.ORD}) (?<wd>${F.WD})(?<month> of (?:the|each|every) month)?|(?:on )?(?:the )?(?<ord2>${F.ORD}) (?<wd2>${F.WD}) (?:of|in) (?:every|each) month`,
  ),
  build: (g) => {
    const n = ordinalNumber(g.ord ?? g.ord2);
    const weekday = weekdayNumber(g.wd ?? g.wd2 ?? '', 'en');
    if (n === undefined || weekday === undefined) return null;
    // "every second tuesday" with no month is every other one (every-weekday reads it)
    if (g.ord !== undefined && g.month === undefined && n === 2) return null;
    return recurrence('MONTHLY', { byNthDay: { n, weekday } });
  },
};

/** The rules read first: periods (seasons, quarters, business days) before any recurrence word in them, moments before parts of the day. */
export const englishLeadRules: readonly GrammarRule[] = [
  ...englishPeriodRules,
  ...englishMomentRules,
  englishNthRecurrence,
];

/** Counted days, corrections and named days: they run before offsets and amounts take their numbers. */
export const englishCountRules: readonly GrammarRule[] = [
  {
    name: 'correction',
    re: pattern(
      String.raw`i mean|no wait|wait no|actually make it|actually|sorry|make that|make it|or rather|scratch that|correction|no ,`,
    ),
    build: () => ({ kind: 'correction' }),
  },
  correctedNumber(
    String.raw`i mean|wait|actually|sorry|make that|make it|rather|scratch that|no`,
    'minutes|minute|mins|min|hours|hour|hrs',
    NOT_A_CLOCK,
  ),
  {
    name: 'shifted-day',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|until|in) )?${UNIT} (?<dir>after|from|following|before|prior to) (?<anchor>${ANCHOR})|(?<anchor2>today|tomorrow|${F.WD}|${F.WD_ABBR}) (?<span2>week|fortnight)|(?:a (?<span3>week|fortnight) (?:on )?|(?<!(?:^| )in )(?<n3>\d{1,2}) weeks on )(?<anchor3>today|tomorrow|${F.WD})|(?<p4>on )?(?:the )?(?<wd4>${F.WD}) after next`,
    ),
    build: (g) => {
      if (g.wd4 !== undefined) {
        const weekday = weekdayNumber(g.wd4, 'en');
        return weekday === undefined ? null : { kind: 'day', day: { kind: 'weekdayCount', weekday, n: 2 } };
      }
      const british = g.anchor2 ?? g.anchor3;
      // "wed week": an abbreviated weekday is one here, though alone it needs a time after it
      const abbreviated = weekdayNumber(british ?? '', 'en');
      // "tuesday fortnight", "a fortnight today": two weeks on
      const weeks = g.n3 !== undefined ? Number(g.n3) : (g.span2 ?? g.span3) === 'fortnight' ? 2 : 1;
      if (weeks < 1) return null;
      if (abbreviated !== undefined)
        return shiftedDay({ kind: 'weekday', weekday: abbreviated, nextWeek: false }, 7 * weeks);
      if (british !== undefined) return shiftedDay(dayOfText(british, anchorRules), 7 * weeks);
      const sign = /before|prior/.test(g.dir ?? '') ? -1 : 1;
      const anchor = dayOfText(g.anchor ?? '', anchorRules);
      // "a month from today", "2 months after christmas": calendar months
      const count = unitCount(g);
      const months = /month/.test(g.u ?? '')
        ? count
        : /year/.test(g.u ?? '') && count !== undefined
          ? 12 * count
          : undefined;
      if (months !== undefined) return shiftedDay(anchor, 0, sign * months);
      const days = unitDays(g);
      return days === undefined ? null : shiftedDay(anchor, sign * days);
    },
  },
  {
    // "the monday after easter", "the friday before christmas", "the sunday following thanksgiving"
    name: 'weekday-near-day',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|until) )?(?:the )?(?:first )?(?<wd>${F.WD}) (?<dir>after|following|before|prior to) (?:(?<anchor>${ANCHOR})|(?<ny>(?:the )?new year)(?! 's))`,
    ),
    // "the first friday after new year": New Year's Day, said short only here (alone it is too often a topic)
    build: (g) =>
      weekdayNearDay(
        g.ny === undefined ? dayOfText(g.anchor ?? '', anchorRules) : { kind: 'holiday', name: 'newYear' },
        weekdayNumber(g.wd ?? '', 'en'),
        !/before|prior/.test(g.dir ?? ''),
      ),
  },
  {
    // "dentist on friday at 3, remind me that morning": the morning of the event's day (leftovers 19)
    name: 'lead-same-morning',
    re: pattern(
      String.raw`(?<=(?:remind me|remind me of it|tell me|ping me|text me|warn me) )(?:that morning|the same morning|(?:on )?the morning(?: of)?(?! (?:after|before))|that day|the same day|on the day)(?! (?:at|around)(?![^ ]))`,
    ),
    build: () => ({ kind: 'lead', days: 0, part: 'morning' }),
  },
  {
    name: 'lead',
    re: pattern(
      String.raw`${UNIT} (?:before|earlier|ahead|in advance|beforehand|prior)(?: (?:at|around) (?<lh>\d{1,2})(?:[:.](?<lm>\d{2}))?(?: (?<ap>am|pm))?)?`,
    ),
    build: (g) => leadComponent(unitDays(g), g),
  },
  {
    name: 'weekday-count',
    re: pattern(String.raw`(?<n>\d+) (?<wd>${F.WD}) from (?:now|today)|(?<p>in) (?<n2>\d+) (?<wd2>${F.WD})`),
    build: (g) => {
      const n = Number(g.n ?? g.n2);
      const weekday = weekdayNumber(g.wd ?? g.wd2 ?? '', 'en');
      if (weekday === undefined || !Number.isInteger(n) || n < 1 || n > 520) return null;
      return { kind: 'day', day: { kind: 'weekdayCount', weekday, n } };
    },
  },
  {
    name: 'holiday',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|until|till|before|after|at|over|around|from|during|to)(?: the)? |the )?${NOT_A_WISH}(?:(?<=(?:^| )(?<det>the|her|his|my|our|their|your) )|)(?<h>${F.HOLIDAY})(?: (?<y>\d{4}))?(?= (?<nx>[^ ]+)|$)`,
    ),
    // "the christmas gifts", "her xmas bonus", "the xmas do on fri 17th": a holiday naming a thing is no date
    build: (g) => (namesAThing(g) ? null : holidayComponent(holidayWords.en, g, 'after')),
  },
  {
    name: 'nth-weekday',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|until|from|before|after) )?(?:the )?(?<ord>${F.ORD}) (?<wd>${F.WD}) (?:of|in) (?:(?<mon>${F.MONTH})(?: ,)?(?: (?<y>\d{4}))?|(?<next>next month|the next month|the following month)|(?:the|this) month|(?<year>the year|this year|the new year))`,
    ),
    build: nthWeekdayComponent,
  },
  {
    name: 'month-day-next',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|until|from) )?the (?<d>${DAY})${ORD_SUFFIX} (?:of )?(?:(?<next>next month|the next month|the following month)|this month|the month)|(?<next2>next month) on the (?<d2>${DAY})${ORD_SUFFIX}`,
    ),
    build: (g) => {
      const day = dayOfMonth(g.d ?? g.d2);
      if (g.next2 !== undefined)
        return day === undefined ? INVALID : { kind: 'day', day: { kind: 'monthDay', day, monthsAhead: 1 } };
      if (day === undefined) return INVALID;
      return {
        kind: 'day',
        day: g.next === undefined ? { kind: 'monthDay', day } : { kind: 'monthDay', day, monthsAhead: 1 },
      };
    },
  },
];

/** what keeps the client away for days, before "until the N" */
const AWAY_FOR_DAYS = String.raw`away|off|holidays?|vacation|leave|abroad|ooo|out of (?:the )?office|travell?ing|closed|gone`;

/** "a quarter past noon", "half three", "ten to six", "8-ish": before the plain clock. */
export const englishClockRules: readonly GrammarRule[] = [
  {
    // away for days, "until the 12" is a native writer's day of the month ("I'm away until the 12", "on holiday
    // till the 3"), the 12th, with no clock word after it (leftovers 19)
    name: 'day-with-article-away',
    re: pattern(
      String.raw`(?<=(?:^| )(?:${AWAY_FOR_DAYS}) )(?<p>until|till) the (?<d>3[01]|[12]\d|[1-9])(?! (?:st|nd|rd|th|at|alle|[ap] \. m|[ap]m|o'clock|in the)(?![^ ]))`,
    ),
    build: (g) => ({ kind: 'day', day: { kind: 'monthDay', day: Number(g.d) } }),
  },
  {
    // Italians writing English say the hour with its article ("alle 3" → "at the 3", "fino alle 8" → "until
    // the 8"): an hour of the clock, never a day of the month, when no ordinal, "of" nor a month follows (batch 18)
    name: 'clock-with-article',
    re: pattern(
      String.raw`(?<p>at|until|till|from) the (?<h>[1-9]|1[0-2])(?:[:.](?<m>[0-5]\d))?(?! (?:(?:${NOT_A_CLOCK})(?![^ ])|(?:and|-|to|or) \d))`,
    ),
    build: (g) => clockComponent(g.h ?? '', g.m),
  },
  {
    // "this time tomorrow", "tomorrow at the same time": the clock time it is now, next to a day
    name: 'same-time',
    re: pattern(
      String.raw`(?:at )?(?:this|the same|same) time(?= (?:tomorrow|today|next|on|this|in|the day after)(?![^ ]))|(?<=(?:tomorrow|today|week|${F.WD}) )(?:at )?(?:this|the same|same) time`,
    ),
    build: () => ({ kind: 'part', part: 'sameTime', weak: false }),
  },
  {
    // "first thing monday", "first thing in the morning": the start of the working morning (batch 12)
    name: 'first-thing',
    re: pattern(String.raw`(?:(?<p>at|from) )?(?:first|1st) thing(?: in the morning)?`),
    build: () => ({ kind: 'part', part: 'morning', weak: false }),
  },
  {
    // "late afternoon" 17:00, "late morning" 11:00: the last hours of the part (batch 12)
    name: 'late-part',
    re: pattern(String.raw`(?:(?<p>at|around|by|in the|this) )?late (?<w>afternoon|morning)`),
    build: (g) => ({ kind: 'part', part: g.w === 'morning' ? 'lateMorning' : 'lateAfternoon', weak: false }),
  },
  {
    name: 'after-lunch',
    re: pattern(String.raw`(?:(?<p>at|around|by|from|in the) )?(?:after lunch|early afternoon)`),
    build: () => ({ kind: 'part', part: 'afterLunch', weak: false }),
  },
  {
    // "at 12 midnight", "12:00 noon": the twelve says the word again
    name: 'twelve-noon-midnight',
    re: pattern(
      String.raw`(?:(?<p>at|around|by|before|after|from|until) )?12(?:[:.]00)?(?: (?:am|pm))? (?<w>noon|midnight)`,
    ),
    build: (g) =>
      g.w === 'midnight'
        ? clockComponent('24', '00', { period: 'afternoon', midnight: true })
        : clockComponent('12', '00', { period: 'afternoon' }),
  },
  {
    name: 'noon-relative',
    re: pattern(
      String.raw`(?:(?<p>at|around|by|before|after|from|until) )?(?<rel>half past|quarter past|a quarter past|quarter after|a quarter after|quarter to|a quarter to|quarter of|a quarter of|(?<rm>${SPOKEN_MINUTES}) (?:minutes )?(?:past|after|to|before|of)) (?<w>noon|midnight)`,
    ),
    build: (g) => {
      const rel = g.rel ?? '';
      const sign = /to|before|of/.test(rel.replace(/^[\d -]+ (minutes )?/, '')) && !/past|after/.test(rel) ? -1 : 1;
      const amount = rel.includes('half') ? 30 : rel.includes('quarter') ? 15 : spokenMinutes(g.rm);
      // midnight is the end of the day: "half past midnight" is 00:30 after it
      const midnight = g.w === 'midnight';
      return clockComponent(midnight ? '24' : '12', '00', { modifier: sign * amount, period: 'afternoon', midnight });
    },
  },
  {
    name: 'half-hour-british',
    re: pattern(
      String.raw`(?:(?<p>at|around|by|until|from) )?half (?<h>\d{1,2})(?! (?:hours?|days?|weeks?|minutes?|an?|of)(?![^ ]))`,
    ),
    build: (g) => clockComponent(g.h ?? '', undefined, { modifier: 30 }),
  },
  {
    name: 'minutes-to',
    re: pattern(
      String.raw`(?<p>at|around|by|until) (?<rm>${SPOKEN_MINUTES}) (?:minutes )?(?:to|til|till|of) (?<h>\d{1,2})(?: (?<ap>${AMPM}))?`,
    ),
    build: (g) => clockComponent(g.h ?? '', undefined, { modifier: -spokenMinutes(g.rm), meridiem: meridiemOf(g.ap) }),
  },
];

/** "every" followed by words no recurrence rule read ("every now and then", "every second Thursday"): asked back. */
export const englishUnreadRecurrence: GrammarRule = {
  name: 'unread-recurrence',
  re: pattern(String.raw`(?:every|each) (?:${TIME_WORDS})`),
  build: () => ({ kind: 'unreadRecurrence' }),
};

const EDGE_MONTH = String.raw`(?<mon>${F.MONTH})(?: \.)?(?:(?: ,)? (?<y>\d{4}))?`;

/** "at the end of February", "early in March", "mid-March", "the last day of the month", "the first day of next month". */
export const englishMonthEdgeRules: readonly GrammarRule[] = [
  {
    // "at the end of next week": its Friday; "in the middle of next week", "midweek next week": its Wednesday
    name: 'edge-of-next-week',
    re: pattern(
      String.raw`(?:(?<p>by|before|until|till|at|for|on|towards|in|around) )?(?:the )?(?:(?<edge>end|middle) of next week|(?:mid - ?week|midweek) next week|next week (?:mid - ?week|midweek))`,
    ),
    build: (g) => ({ kind: 'day', day: { kind: 'weekday', weekday: g.edge === 'end' ? 5 : 3, nextWeek: true } }),
  },
  {
    // "by end of quarter", "end of next quarter" (batch 12)
    name: 'end-of-quarter',
    re: pattern(
      String.raw`(?:(?<p>by|before|until|till|at|for|on) )?(?:the )?end of (?:the |this |(?<next>next |the next ))?(?:quarter|q)`,
    ),
    build: (g) => ({ kind: 'day', day: { kind: 'endOfQuarter', quartersAhead: g.next === undefined ? 0 : 1 } }),
  },
  {
    name: 'month-edge',
    re: pattern(
      String.raw`(?:(?<p>at|by|before|until|till|for|on|around|towards|toward|from|in|after) )?(?:the )?(?:(?<edge>end|beginning|start|middle) of|(?<days>first|last) (?:few )?days of|(?<mid>mid)(?: -)?|(?<early>early|late)(?: in)?) (?:${EDGE_MONTH}|(?<next>next month|the next month|the following month))|(?:(?<p2>in|at|around|by) )?(?:the )?(?:(?<edge2>beginning|start|middle) of (?:the|this) month|(?<mid2>mid) (?:- )?month)`,
    ),
    build: (g) => {
      const late = g.early === 'late' || g.days === 'last';
      const said = g.edge ?? g.edge2 ?? ((g.mid ?? g.mid2) ? 'middle' : late ? 'end' : 'start');
      const edge = said === 'end' ? 'last' : said === 'middle' ? 'middle' : 'first';
      const month = g.mon === undefined ? undefined : monthNumber(g.mon, 'en');
      return monthEdgeComponent(edge, month, { year: g.y, next: g.next !== undefined });
    },
  },
  {
    // "at the beginning of next year", "early next year": the next first of January
    name: 'start-of-next-year',
    re: pattern(String.raw`(?:(?<p>at|by|in|around|from) )?(?:(?:the )?(?:beginning|start) of|early) next year`),
    build: () => ({ kind: 'day', day: { kind: 'date', day: 1, month: 1 } }),
  },
  {
    name: 'first-or-last-day',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|until|till|from|before|after) )?(?:the )?(?<ord>first|last) day of (?:(?<next>next month|the next month|the following month)|(?:the|this) month|${EDGE_MONTH})`,
    ),
    build: (g) =>
      monthEdgeComponent(
        g.ord === 'last' ? 'last' : 'first',
        g.mon === undefined ? undefined : monthNumber(g.mon, 'en'),
        {
          year: g.y,
          next: g.next !== undefined,
        },
      ),
  },
];
