import type { Family } from './calendar.js';
import { MON, SAT, THU } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 14 (corpus style), round 6: written after round 5's fixes and labelled before running the rules.
 * The same instant, Tuesday 11 January 2028 at 09:05, in Rome and in Toronto.
 */
export const corpus14Round6: readonly Family[] = [
  wrapped('b14-r6-roma-gennaio', 'it', '2028-01-11T09:05:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['gio 13 gen alle 18', c.at(d(2028, 1, 13), 18)],
      ['il 13 gennaio p.v.', nine(d(2028, 1, 13))],
      ['il 13 c.m. alle 10', c.at(d(2028, 1, 13), 10)],
      ['per le 17:45', c.at(c.today, 17, 45)],
      ['verso mezzogiorno e mezzo', c.at(c.today, 12, 30)],
      ["all'una meno un quarto", c.at(c.today, 12, 45)],
      ['alle nove e un quarto', c.at(c.today, 9, 15)],
      ['alle nove meno cinque', c.next(8, 55)],
      ['tra 1 settimana e 1 giorno', c.at(c.day(8), 9, 5)],
      ['fra 3 lunedì', nine(c.weekday(MON, 2))],
      ['il primo giovedì di febbraio alle 15', c.at(c.nth(2028, 2, THU, 1), 15)],
      ['il 2 febbraio alle 20 e 30', c.at(d(2028, 2, 2), 20, 30)],
      ['mercoledì 2/2 h 8:30', c.at(d(2028, 2, 2), 8, 30)],
      ['il giorno prima di San Valentino', nine(d(2028, 2, 13))],
      // this year's Epiphany is gone
      ["due giorni dopo l'Epifania", nine(d(2029, 1, 8))],
      ['stamattina alle 11', c.at(c.today, 11)],
      ['oggi pomeriggio', c.at(c.today, 15)],
      ['domani alle 9 di sera', c.at(c.day(1), 21)],
      ['il 15 alle 15', c.at(d(2028, 1, 15), 15)],
      ['sabato mattina alle 10 e mezza', c.at(c.weekday(SAT), 10, 30)],
    ];
  }),
  wrapped('b14-r6-toronto-january', 'en', '2028-01-11T09:05:00-05:00', 'America/Toronto', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['thu jan 13 at 6pm', c.at(d(2028, 1, 13), 18)],
      ['at 5:45 this afternoon', c.at(c.today, 17, 45)],
      ['at around 12:30', c.at(c.today, 12, 30)],
      ['at a quarter to one', c.at(c.today, 12, 45)],
      ['at quarter past nine', c.at(c.today, 9, 15)],
      ['at five to nine', c.next(8, 55)],
      ['in 1 week and 1 day', c.at(c.day(8), 9, 5)],
      ['3 mondays from now', nine(c.weekday(MON, 2))],
      ['on the first thursday of february at 3pm', c.at(c.nth(2028, 2, THU, 1), 15)],
      ['feb 2 at 8:30 pm', c.at(d(2028, 2, 2), 20, 30)],
      ['wed 2/2 at 8:30am', c.at(d(2028, 2, 2), 8, 30)],
      ["the day before valentine's day", nine(d(2028, 2, 13))],
      // this year's Christmas is ahead: 27 December 2028
      ['two days after christmas', nine(d(2028, 12, 27))],
      ['this morning at 11', c.at(c.today, 11)],
      ['this afternoon', c.at(c.today, 15)],
      ['tomorrow at 9 at night', c.at(c.day(1), 21)],
      ['on the 15th at 3', c.at(d(2028, 1, 15), 15)],
      ['saturday morning at 10:30', c.at(c.weekday(SAT), 10, 30)],
      ['in 36 hours', c.inMinutes(36 * 60)],
      ['at 2 in the morning', c.at(c.day(1), 2)],
      ['on 2028-02-29', nine(d(2028, 2, 29))],
    ];
  }),
];
