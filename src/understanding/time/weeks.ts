import { clockComponent, dayOfMonth } from './build.js';
import { fragments } from './fragments.js';
import { pattern, type GrammarRule, type Groups } from './grammar.js';
import { monthNumber, weekdayNumber } from './lexicon.js';
import type { Component, DayRef } from './spec.js';

/**
 * Weeks and weekends counted on, the first week of a month, after dinner and clocks written with no
 * separator ("alle 930", "alle 1430"), in each language (batch 17). "Il weekend dopo il prossimo" is
 * the Saturday a week after the coming one; "la prima settimana di marzo" starts on the 1st; "dopo
 * cena" is an hour after dinner, as "dopo pranzo" is.
 */
const SATURDAY = 6;
const weekendAfterNext = (): Component => ({
  kind: 'day',
  day: { kind: 'shifted', base: { kind: 'weekday', weekday: SATURDAY, nextWeek: false }, days: 7 },
});
const weekAfterNext = (): Component => ({
  kind: 'day',
  day: { kind: 'weekday', weekday: 1, nextWeek: false, weekAfterNext: true },
});
const weekAfterNextMonday = { kind: 'weekday', weekday: 1, nextWeek: false, weekAfterNext: true } as const;
const afterDinner = (): Component => ({ kind: 'part', part: 'afterDinner', weak: false });
const firstWeek =
  (lang: 'it' | 'en') =>
  (g: Groups): Component | null => {
    if (g.next !== undefined) return { kind: 'day', day: { kind: 'monthDay', day: 1, monthsAhead: 1 } };
    const month = monthNumber(g.mon ?? '', lang);
    if (month === undefined) return null;
    const year = g.y === undefined ? undefined : Number(g.y);
    return { kind: 'day', day: { kind: 'date', day: 1, month, ...(year !== undefined && { year }) } };
  };
function weekCommencing(g: Groups): Component | null {
  const weekday = g.wd === undefined ? undefined : weekdayNumber(g.wd, 'en');
  if (weekday !== undefined)
    return { kind: 'span', span: { kind: 'weekFrom', day: { kind: 'weekday', weekday, nextWeek: false } } };
  const day = dayOfMonth(g.d);
  if (day === undefined) return null;
  const month = g.mon === undefined ? undefined : monthNumber(g.mon, 'en');
  const ref: DayRef = month === undefined ? { kind: 'monthDay', day } : { kind: 'date', day, month };
  return { kind: 'span', span: { kind: 'weekFrom', day: ref } };
}

/** "930", "1430": a 24-hour clock with no separator, after a clock word only */
const COMPACT = String.raw`(?<hh>[01]\d|2[0-3]|[1-9])(?<mm>[0-5]\d)`;
const compactClock = (g: Groups): Component => clockComponent(g.hh ?? '', g.mm);

const IT = fragments.it;
export const italianWeekRules: readonly GrammarRule[] = [
  {
    name: 'weekend-after-next',
    re: pattern(
      String.raw`(?:(?<p>il|nel|per il|del|a) )?(?:weekend|week end|fine settimana) dopo (?:il |quello )?prossimo`,
    ),
    build: weekendAfterNext,
  },
  {
    name: 'next-weekend',
    re: pattern(
      String.raw`(?:(?<p>il|nel|per il|del|a) )?(?:prossimo (?:weekend|week end|fine settimana)|(?:weekend|week end|fine settimana) prossimo)`,
    ),
    build: () => ({ kind: 'span', span: { kind: 'weekend', next: true } }),
  },
  {
    // "giovedì della settimana dopo la prossima" is the weekday rule's
    name: 'week-after-next',
    re: pattern(
      String.raw`(?:(?<p>per|entro|nella|di) )?(?:la )?(?<!(?:^| )(?:della|dalla|nella) )settimana dopo la prossima(?! (?:, )?(?:${IT.WD}))`,
    ),
    build: weekAfterNext,
  },
  {
    name: 'first-week-of',
    re: pattern(
      String.raw`(?:(?<p>nella|per la|entro la|durante la) |la )?prima settimana (?:di |del |d' )?(?:(?<mon>${IT.FULL_MONTH})(?: (?<y>\d{4}))?|(?<next>mese prossimo|prossimo mese))`,
    ),
    build: firstWeek('it'),
  },
  { name: 'after-dinner', re: pattern(String.raw`(?:(?<p>a|verso|per) )?dopo (?:la )?cena`), build: afterDinner },
  {
    name: 'clock-compact',
    re: pattern(
      String.raw`(?<p>alle ore|alle|verso le|per le|intorno alle|entro le|dopo le|prima delle|dalle|fino alle|ore) ${COMPACT}`,
    ),
    build: compactClock,
  },
];

const EN = fragments.en;
export const englishWeekRules: readonly GrammarRule[] = [
  {
    // "w/c 21st", "week commencing monday", "wc the 3rd of may": the week that starts that day (batch 18)
    name: 'week-commencing',
    re: pattern(
      String.raw`(?:(?<p>on|for|in|during|from) )?(?:the )?(?:w / c|w / b|wc|week commencing|week beginning|week starting) (?:(?<wd>${EN.WD})|(?:(?:mon|monday) )?(?:the )?(?<d>\d{1,2})(?: (?:st|nd|rd|th))?(?: (?:of )?(?<mon>${EN.MONTH}))?)`,
    ),
    build: weekCommencing,
  },
  {
    // "whats on the week after next", "sometime in the week after next": the whole week after next week (batch 22)
    name: 'week-after-next',
    re: pattern(
      String.raw`(?:(?<p>for|in|during|by|until|from|of) )?(?<!(?:^| )(?:${EN.WD}|${EN.WD_ABBR}) (?:the )?)(?:the )?week after next(?! (?:on |, )?(?:${EN.WD}|${EN.WD_ABBR})(?![^ ]))`,
    ),
    build: () => ({ kind: 'span', span: { kind: 'weekFrom', day: { ...weekAfterNextMonday } } }),
  },
  {
    name: 'weekend-after-next',
    re: pattern(String.raw`(?:(?<p>on|at|over|for|during|by) )?(?:the )?(?:weekend|week end) after next`),
    build: weekendAfterNext,
  },
  {
    name: 'first-week-of',
    re: pattern(
      String.raw`(?:(?<p>in|during|by|for) )?(?:the )?first week (?:of|in) (?:(?<mon>${EN.FULL_MONTH})(?: (?<y>\d{4}))?|(?<next>next month|the next month|the following month))`,
    ),
    build: firstWeek('en'),
  },
  {
    name: 'next-weekend',
    re: pattern(
      String.raw`(?:(?<p>on|at|over|for|during|by) )?(?:the )?(?:next weekend|weekend next|following weekend)`,
    ),
    build: () => ({ kind: 'span', span: { kind: 'weekend', next: true } }),
  },
  {
    // "monday the week after next" is the weekday rule's
    name: 'week-after-next',
    re: pattern(
      String.raw`(?:(?<p>in|for|by|during) )?(?<!(?:${EN.WD}|of) )(?<!(?:${EN.WD}|of) the )(?:the )?week after next(?! (?:on )?(?:${EN.WD}))`,
    ),
    build: weekAfterNext,
  },
  { name: 'after-dinner', re: pattern(String.raw`(?:(?<p>at|around|by|from) )?after dinner`), build: afterDinner },
];
