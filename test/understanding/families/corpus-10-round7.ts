import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, WED } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 10, round 7: written and labelled before running the rules. Rome on a Wednesday afternoon
 * ten days after Easter; Chicago on the Saturday morning a week before Christmas.
 */
export const corpus10Round7: readonly Family[] = [
  wrapped('b10-r7-roma', 'it', '2027-04-07T14:50:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['venerdì alle 3 e mezza', c.at(c.weekday(FRI), 15, 30)],
      ['il 25 aprile', nine(d(2027, 4, 25))],
      ['il 1° maggio', nine(d(2027, 5, 1))],
      ['la festa della mamma', nine(c.nth(2027, 5, SUN, 2))],
      ['fra 4 giorni alle 7 di sera', c.at(c.day(4), 19)],
      ["tra un'ora e 10 minuti", c.inMinutes(70)],
      ['alle 3 e 10', c.at(c.today, 15, 10)],
      ['alle tre e dieci del pomeriggio di domani', c.at(c.day(1), 15, 10)],
      ['il 10 maggio alle ore 9:30', c.at(d(2027, 5, 10), 9, 30)],
      ['lunedì 12 aprile alle 8', c.at(d(2027, 4, 12), 8)],
      ['domani mattina alle 6', c.at(c.day(1), 6)],
      ['dopodomani alle 21', c.at(c.day(2), 21)],
      ['sabato a mezzogiorno', c.at(c.weekday(SAT), 12)],
      ['il giorno di Pasqua', nine(c.easter())],
      ["l'ultimo mercoledì del mese", nine(d(2027, 4, 28))],
      ['il primo lunedì del mese prossimo', nine(c.nth(2027, 5, MON, 1))],
      ['la Festa della Repubblica alle 10', c.at(d(2027, 6, 2), 10)],
      ['alle 19', c.at(c.today, 19)],
      ['mercoledì prossimo', nine(c.weekday(WED))],
      ['tra 3 giorni', c.at(c.day(3), 14, 50)],
    ];
  }),
  wrapped('b10-r7-chicago', 'en', '2027-12-18T10:30:00-06:00', 'America/Chicago', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ["new year's eve at 8pm", c.at(d(2027, 12, 31), 20)],
      ["on new year's day at noon", c.at(d(2028, 1, 1), 12)],
      ['on easter sunday', nine(c.easter())],
      ["on mother's day", nine(c.nth(2028, 5, SUN, 2))],
      ['christmas morning', nine(d(2027, 12, 25))],
      ['on christmas eve at 11pm', c.at(d(2027, 12, 24), 23)],
      ['the day after christmas', nine(d(2027, 12, 26))],
      ['monday at 9', nine(c.weekday(MON))],
      ['on monday the 20th at 3pm', c.at(d(2027, 12, 20), 15)],
      ['sunday evening', c.at(c.weekday(SUN), 19)],
      ['tomorrow afternoon at 4', c.at(c.day(1), 16)],
      ['in 15 minutes', c.inMinutes(15)],
      ['in an hour', c.inMinutes(60)],
      ['in 4 days', c.at(c.day(4), 10, 30)],
      ['a week from monday', nine(c.plus(c.weekday(MON), 7))],
      ['on the 2nd of january', nine(d(2028, 1, 2))],
      ['jan 3rd 2028 at 8:15 am', c.at(d(2028, 1, 3), 8, 15)],
      ['the first friday of january', nine(c.nth(2028, 1, FRI, 1))],
      ['on the 23rd at 6:30 pm', c.at(d(2027, 12, 23), 18, 30)],
      ['at 7 this evening', c.at(c.today, 19)],
    ];
  }),
];
