import type { Calendar, Case, Family } from './calendar.js';
import { recurring, reminder } from './common.js';

/** one time expression, the instant a reminder said with it first fires at, and its rrule when it repeats */
export type Expression18 = [expression: string, when: string, rrule?: string];

const ITALIAN_ERRANDS = [
  'pagare il bollo',
  'chiamare il commercialista',
  'rinnovare la polizza',
  'ritirare le analisi',
];
const ENGLISH_ERRANDS = ['pay the gas bill', 'call the accountant', 'renew the insurance', 'pick up the parcel'];

/**
 * Batch 18: time expressions phrased the way public parser test corpora phrase them (written here, never
 * copied), each wrapped in a reminder, every other one said before the reminder verb, as batch 10; a
 * third element is the rrule a repeating one carries.
 */
export function wrapped18(
  name: string,
  lang: 'it' | 'en',
  now: string,
  tz: string,
  expressions: (c: Calendar) => Expression18[],
): Family {
  const errands = lang === 'it' ? ITALIAN_ERRANDS : ENGLISH_ERRANDS;
  const sentence = (expression: string, i: number) => {
    const errand = errands[i % errands.length];
    if (lang === 'it')
      return i % 2 === 0 ? `ricordami ${expression} di ${errand}` : `${expression} ricordami di ${errand}`;
    return i % 2 === 0 ? `remind me ${expression} to ${errand}` : `${expression} remind me to ${errand}`;
  };
  return {
    name,
    now,
    tz,
    cases: (c) =>
      expressions(c).map(([expression, when, rrule], i): Case => [
        lang,
        sentence(expression, i),
        rrule === undefined ? reminder(when) : recurring(when, rrule),
      ]),
  };
}

/** A time already gone, said as the time of a reminder: asked back (`timeIssue` past), never scheduled. */
export type GoneExpression = [lang: 'it' | 'en', expression: string];
