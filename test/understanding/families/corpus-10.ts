import type { Calendar, Case, Family } from './calendar.js';
import { reminder } from './common.js';

/** one time expression and the instant a reminder said with it fires at */
export type Expression = [expression: string, when: string];

const ITALIAN_ERRANDS = ["pagare l'affitto", 'chiamare Anna', 'mandare la fattura', 'portare il cane dal veterinario'];
const ENGLISH_ERRANDS = ['call Anna', 'pay the rent', 'send the invoice', 'take the bins out'];

/**
 * Batch 10: time expressions phrased the way public parser test corpora phrase them (written
 * here, never copied), each wrapped in a reminder, every other one said before the reminder verb.
 */
export function wrapped(
  name: string,
  lang: 'it' | 'en',
  now: string,
  tz: string,
  expressions: (c: Calendar) => Expression[],
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
    cases: (c) => expressions(c).map(([expression, when], i): Case => [lang, sentence(expression, i), reminder(when)]),
  };
}
