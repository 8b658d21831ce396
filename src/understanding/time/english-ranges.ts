import { pattern, type GrammarRule, type Groups } from './grammar.js';
import { INVALID_TIME, clockComponent, meridiemOf, periodOf } from './build.js';
import { fragments } from './fragments.js';
import type { Component } from './spec.js';

/** English clock forms and the ranges between two of them ("3-4pm", "from 9 to 11", "12.30 to 1.30"). */

export const AMPM = String.raw`am|pm|a \. m \.|p \. m \.|a \. m|p \. m`;
/** "4:30pm", "16:30:00" (seconds dropped), "7pm-ish"; never "3rd" */
export const CLOCK = (s = ''): string =>
  String.raw`(?<h${s}>\d{1,2})(?:[:.](?<m${s}>\d{2})(?:[:.]\d{2})?| h(?: (?<hm${s}>\d{2}))?)?(?: (?<ap${s}>${AMPM}))?(?:(?: -)? ish)?(?! (?:st|nd|rd|th)(?![^ ]))`;
export const PERIOD = String.raw`in the morning|in the afternoon|in the evening|at night|tonight|this morning|this afternoon|this evening`;
export const MOVE_VERBS =
  'move|moving|push|pushing|reschedule|rescheduling|change|shift|bring|postpone|delay|bump|bumping|prepone|preponing';
/** words after which a bare "12-1" is hours: a day or a meal ("lunch with Tom tmrw 12-1") */
const BEFORE_HOURS = String.raw`today|tomorrow|tonight|${fragments.en.WD}|${fragments.en.WD_ABBR}|lunch|dinner|breakfast|brunch|coffee|drinks`;

export function englishClock(g: Groups, s = '', period?: string): Component {
  return clockComponent(g[`h${s}`] ?? '', g[`m${s}`] ?? g[`hm${s}`], {
    meridiem: meridiemOf(g[`ap${s}`]),
    period: periodOf(period),
  });
}

function bareRange(g: Groups): Component {
  const start = englishClock(g, '1');
  const end = englishClock(g, '2');
  if (start.kind !== 'clock' || end.kind !== 'clock') return INVALID_TIME;
  return { kind: 'range', start: start.clock, end: end.clock };
}

export const englishRangeRules: readonly GrammarRule[] = [
  {
    // "wednesday 3-4pm", "10:30-11am": a dash between two hours is a range when am/pm closes it
    name: 'clock-range-dash',
    re: pattern(
      String.raw`(?:(?<p>from|between|at|for) )?(?<h1>\d{1,2})(?:[:.](?<m1>\d{2}))?-(?<h2>\d{1,2})(?:[:.](?<m2>\d{2}))? (?<ap2>${AMPM})`,
    ),
    build: (g) => {
      const start = englishClock(g, '1');
      const end = englishClock(g, '2');
      if (start.kind !== 'clock' || end.kind !== 'clock') return INVALID_TIME;
      if (start.clock.hour <= end.clock.hour) start.clock.meridiem = end.clock.meridiem;
      return { kind: 'range', start: start.clock, end: end.clock };
    },
  },
  {
    name: 'clock-range',
    re: pattern(
      String.raw`(?<p>from|between) ${CLOCK('1')} (?:to|till|until|and|-) ${CLOCK('2')}(?: (?<per>${PERIOD}))?`,
    ),
    build: (g) => {
      const start = englishClock(g, '1', g.per);
      const end = englishClock(g, '2', g.per);
      if (start.kind !== 'clock' || end.kind !== 'clock') return INVALID_TIME;
      // "from 9 to 11am": the end's am/pm also applies to the start
      if (start.clock.meridiem === undefined && end.clock.meridiem !== undefined && start.clock.hour <= end.clock.hour)
        start.clock.meridiem = end.clock.meridiem;
      return { kind: 'range', start: start.clock, end: end.clock };
    },
  },
  {
    // "lunch 12.30 to 1.30 wednesday": two clock times with minutes are a range with no "from"; "move my 10.30 to 11.30" is no range
    name: 'clock-range-bare',
    re: pattern(
      String.raw`(?<!(?:^| )(?:my|the|our|your) |(?:^| )(?:${MOVE_VERBS})(?: [^ ]+){0,8} )(?<h1>\d{1,2})[:.](?<m1>\d{2}) (?:to|till|until|-) (?<h2>\d{1,2})[:.](?<m2>\d{2})(?: (?<ap2>${AMPM}))?`,
    ),
    build: (g) => {
      const start = englishClock(g, '1');
      const end = englishClock(g, '2');
      if (start.kind !== 'clock' || end.kind !== 'clock') return INVALID_TIME;
      return { kind: 'range', start: start.clock, end: end.clock };
    },
  },
  {
    // "lunch with Tom tmrw 12-1", "block tuesday 12 to 1": after a day or a meal, two bare hours are a range
    name: 'clock-range-dash-bare',
    re: pattern(
      String.raw`(?<=(?:^| )(?:${BEFORE_HOURS}) )(?<h1>\d{1,2})(?:[:.](?<m1>\d{2}))?(?:-| to | till )(?<h2>\d{1,2})(?:[:.](?<m2>\d{2}))?`,
    ),
    build: bareRange,
  },
];
