import type { Family } from './calendar.js';
import { FRI, MON, SAT, THU, TUE } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 10, round 1: written and labelled before running the rules. Rome on a Tuesday afternoon in
 * May (16:45 CEST); New York on the Friday morning before Labor Day (08:20 EDT).
 */
export const corpus10Round1: readonly Family[] = [
  wrapped('b10-r1-roma', 'it', '2027-05-18T16:45:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['il 31/12', nine(c.date(12, 31))],
      ['il 31.12.2027', nine(d(2027, 12, 31))],
      ['il 2027-12-31 alle 10', c.at(d(2027, 12, 31), 10)],
      ['il 3 giu', nine(c.date(6, 3))],
      ['alle sette meno venti', c.at(c.today, 18, 40)],
      ['alle 19 e 45', c.at(c.today, 19, 45)],
      ['h 21', c.at(c.today, 21)],
      ['ore 21.30', c.at(c.today, 21, 30)],
      ['a mezzanotte meno 5', c.at(c.today, 23, 55)],
      ['domani in mattinata', nine(c.day(1))],
      ['domani a mezzogiorno', c.at(c.day(1), 12)],
      ['fra due settimane', c.at(c.day(14), 16, 45)],
      ["tra un'oretta", c.inMinutes(60)],
      ['fra 90 minuti', c.inMinutes(90)],
      ["tra un'ora e mezza", c.inMinutes(90)],
      ['lunedì della settimana prossima', nine(c.weekday(MON))],
      ['il terzo venerdì di giugno', nine(c.nth(2027, 6, FRI, 3))],
      ['il penultimo venerdì del mese', nine(d(2027, 5, 21))],
      ['a Pasquetta', nine(c.easter(1))],
      ['il 2 giugno alle 10', c.at(c.date(6, 2), 10)],
      ['a Ferragosto alle 8', c.at(c.date(8, 15), 8)],
      ['sabato prossimo alle 9 e un quarto', c.at(c.weekday(SAT), 9, 15)],
      ['il primo del mese prossimo', nine(d(2027, 6, 1))],
      ['il 20 del mese prossimo alle 18', c.at(d(2027, 6, 20), 18)],
      ['giovedì 10 giugno', nine(d(2027, 6, 10))],
      ['dopodomani alle 7 di mattina', c.at(c.day(2), 7)],
      ['alle 4 del pomeriggio', c.next(16)],
      ['stanotte alle 2', c.at(c.day(1), 2)],
      ['tra tre giorni alle 10', c.at(c.day(3), 10)],
      ['a fine mese', nine(d(2027, 5, 31))],
    ];
  }),
  wrapped('b10-r1-new-york', 'en', '2027-09-03T08:20:00-04:00', 'America/New_York', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['on Dec 31st', nine(c.date(12, 31))],
      ['on the 31st of December', nine(c.date(12, 31))],
      ['on december thirty-first at 5pm', c.at(c.date(12, 31), 17)],
      ['on 2027-10-04 at 3:15pm', c.at(d(2027, 10, 4), 15, 15)],
      ['on the 1st of next month', nine(d(2027, 10, 1))],
      ['at quarter to 8', c.next(7, 45)],
      ['at twenty past seven', c.at(c.today, 19, 20)],
      ['at noon', c.at(c.today, 12)],
      ['at midnight', c.at(c.day(1), 0)],
      ['tomorrow morning', nine(c.day(1))],
      ['this arvo', c.at(c.today, 15)],
      ['tomorrow evening at 6:30', c.at(c.day(1), 18, 30)],
      ['in 2 weeks', c.at(c.day(14), 8, 20)],
      ['a fortnight from today', nine(c.day(14))],
      ['in 90 minutes', c.inMinutes(90)],
      ['in an hour and a half', c.inMinutes(90)],
      ['this coming monday', nine(c.weekday(MON))],
      ['the monday after next', nine(c.weekday(MON, 1))],
      ['on the third friday of october', nine(c.nth(2027, 10, FRI, 3))],
      ['on the last thursday of the month', nine(d(2027, 9, 30))],
      ['on thanksgiving at 2pm', c.at(c.nth(2027, 11, THU, 4), 14)],
      ['on christmas eve at 6', c.at(c.date(12, 24), 18)],
      ['this weekend', nine(c.weekday(SAT))],
      ['next tuesday at 10:30am', c.at(c.weekday(TUE), 10, 30)],
      ['at 8 tonight', c.at(c.today, 20)],
      ['in 3 days at 9am', nine(c.day(3))],
      ['on Oct 5 2027 at 7:45 am', c.at(d(2027, 10, 5), 7, 45)],
      ['at 4 a.m. tomorrow', c.at(c.day(1), 4)],
      ['on halloween', nine(c.date(10, 31))],
      ['on the morning of the 20th', nine(d(2027, 9, 20))],
    ];
  }),
];
