import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 10, round 5: written and labelled before running the rules. Rome on a Thursday evening before
 * Christmas (the holidays, a leap February ahead); Toronto on leap day 2028, before the clocks go forward.
 */
export const corpus10Round5: readonly Family[] = [
  wrapped('b10-r5-roma', 'it', '2027-12-16T18:20:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['mar 21 dic', nine(d(2027, 12, 21))],
      ['martedì 4 gennaio', nine(d(2028, 1, 4))],
      ['il 6', nine(d(2028, 1, 6))],
      ['alle 15 del 6 gennaio', c.at(d(2028, 1, 6), 15)],
      ['6/1 alle 15:30', c.at(d(2028, 1, 6), 15, 30)],
      ['domani verso mezzogiorno', c.at(c.day(1), 12)],
      ["verso l'una", c.next(13)],
      ['intorno alle 4', c.next(16)],
      ['per le 9 di sera', c.at(c.today, 21)],
      ['alle 20 in punto', c.at(c.today, 20)],
      ['tra 2 gg', c.at(c.day(2), 18, 20)],
      ['fra 48h', c.inMinutes(48 * 60)],
      ['tra 15 min', c.inMinutes(15)],
      ['il primo sabato del mese prossimo', nine(c.nth(2028, 1, SAT, 1))],
      ["l'ultimo giorno di febbraio", nine(d(2028, 2, 29))],
      ['a fine febbraio', nine(d(2028, 2, 29))],
      ['il giorno della Liberazione', nine(d(2028, 4, 25))],
      ['il primo maggio alle 10', c.at(d(2028, 5, 1), 10)],
      ['alla vigilia di Capodanno', nine(d(2027, 12, 31))],
      ['la sera della vigilia', c.at(d(2027, 12, 24), 19)],
      ['il 24 sera', c.at(d(2027, 12, 24), 19)],
      ['la mattina di Natale', nine(d(2027, 12, 25))],
      ['il pomeriggio di Santo Stefano alle 5', c.at(d(2027, 12, 26), 17)],
      ['tra una settimana alle 8', c.at(c.day(7), 8)],
      ['giovedì fra due settimane', nine(d(2027, 12, 30))],
      ['stasera alle 11', c.at(c.today, 23)],
      ['domani sera verso le 9', c.at(c.day(1), 21)],
      ['alle 9 di domani sera', c.at(c.day(1), 21)],
      ['domani a pranzo', c.at(c.day(1), 13)],
      ['lunedì a mezzanotte', c.at(c.plus(c.weekday(MON), 1), 0)],
      ['a Capodanno alle 12', c.at(d(2028, 1, 1), 12)],
    ];
  }),
  wrapped('b10-r5-toronto', 'en', '2028-02-29T11:00:00-05:00', 'America/Toronto', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['Tue, Mar 7', nine(d(2028, 3, 7))],
      ['Tuesday March 7th at 1pm', c.at(d(2028, 3, 7), 13)],
      ['7th March', nine(d(2028, 3, 7))],
      ['on March the 7th', nine(d(2028, 3, 7))],
      ['mar 7 @ 2:30pm', c.at(d(2028, 3, 7), 14, 30)],
      ['2:30 pm on mar 7', c.at(d(2028, 3, 7), 14, 30)],
      ['3 pm today', c.at(c.today, 15)],
      ['today 3pm', c.at(c.today, 15)],
      ['at 1700', c.at(c.today, 17)],
      ['at 17h30', c.at(c.today, 17, 30)],
      ['at one pm', c.at(c.today, 13)],
      ['at eleven fifteen', c.at(c.today, 11, 15)],
      ['tomorrow around 4', c.at(c.day(1), 16)],
      ['friday in the afternoon', c.at(c.weekday(FRI), 15)],
      ['on the weekend', nine(c.weekday(SAT))],
      ['next month', nine(d(2028, 3, 1))],
      ["in 2 days' time", c.at(c.day(2), 11)],
      ['48 hours from now', c.inMinutes(48 * 60)],
      ['in ten minutes', c.inMinutes(10)],
      ['3 weeks from tomorrow', nine(c.day(22))],
      ['a week before thanksgiving', nine(c.plus(c.nth(2028, 11, THU, 4), -7))],
      ['on 1st may', nine(d(2028, 5, 1))],
      ['may 1st at 8am', c.at(d(2028, 5, 1), 8)],
      ['on the last sunday of october', nine(c.nth(2028, 10, SUN, -1))],
      ['the fifth of november', nine(d(2028, 11, 5))],
      ['next sat at 11', c.at(c.weekday(SAT), 11)],
      ['sat morning', nine(c.weekday(SAT))],
      ['sun 9am', nine(c.weekday(SUN))],
      ['mon at 10', c.at(c.weekday(MON), 10)],
      ['in a month', c.at(d(2028, 3, 29), 11)],
      ['at noon on the 15th', c.at(d(2028, 3, 15), 12)],
    ];
  }),
];
