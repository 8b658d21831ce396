import type { CalendarDate } from '../../../src/kernel/time.js';
import type { Calendar, Case, Family } from './calendar.js';
import { booking, reminder, said, titled } from './common.js';

/**
 * One time expression and what it means: an instant (a string), or a date with no time (a reminder fires at 09:00
 * on it, a booking keeps the date only). The kind says how it is wrapped: `r` in a reminder (default), `b` in a
 * booking, `R`/`B` the text is the whole message already (a reminder or a booking): used where a number or a word
 * that looks like a time must stay out of the time.
 */
export type Expression22 = [expression: string, when: string | CalendarDate, kind?: 'r' | 'b' | 'R' | 'B'];

const ERRANDS = {
  it: ["pagare l'F24", 'chiamare la banca', 'rinnovare il passaporto', 'mandare la fattura al cliente'],
  en: ['call the bank', 'pay the council tax', 'renew the passport', 'send the invoice to the client'],
};
const EVENTS = {
  it: ['appuntamento dal dentista', 'riunione con il fornitore', 'visita dal medico', 'appuntamento con il notaio'],
  en: ['appointment with the dentist', 'meeting with the supplier', "doctor's appointment", 'meeting with the notary'],
};

function sentence(lang: 'it' | 'en', expression: string, kind: 'r' | 'b', i: number): string {
  const before = i % 2 === 1;
  if (kind === 'b') {
    const event = EVENTS[lang][i % 4];
    return before ? `${expression} ${event}` : `${event} ${expression}`;
  }
  const errand = ERRANDS[lang][i % 4];
  if (lang === 'it') return before ? `${expression} ricordami di ${errand}` : `ricordami ${expression} di ${errand}`;
  return before ? `${expression} remind me to ${errand}` : `remind me ${expression} to ${errand}`;
}

/**
 * Batch 22: time expressions at the breadth of the public parsers' suites (written here, never copied), each in a
 * reminder or a booking, every other one said before the rest of the message.
 */
export function wrapped22(
  name: string,
  lang: 'it' | 'en',
  now: string,
  tz: string,
  expressions: (c: Calendar) => Expression22[],
): Family {
  return {
    name,
    now,
    tz,
    cases: (c) =>
      expressions(c).map(([expression, when, kind = 'r'], i): Case => {
        const asBooking = kind === 'b' || kind === 'B';
        const value = typeof when === 'string' ? when : asBooking ? c.iso(when) : c.at(when, 9);
        const text = kind === 'R' || kind === 'B' ? expression : sentence(lang, expression, kind, i);
        const expected = asBooking ? booking(value) : reminder(value);
        if (kind === 'R' || kind === 'B') return [lang, text, expected];
        // the whole expression is read: the errand or the event is left alone
        return [
          lang,
          text,
          kind === 'b' ? titled(expected, EVENTS[lang][i % 4]!) : said(expected, ERRANDS[lang][i % 4]!),
        ];
      }),
  };
}
