import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, TUE } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 10, round 6: written and labelled before running the rules. Rome on a Sunday morning a week
 * before Ferragosto (times before dates, numbers in words); Singapore twenty minutes before midnight.
 */
export const corpus10Round6: readonly Family[] = [
  wrapped('b10-r6-roma', 'it', '2027-08-08T09:05:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['alle 10 di lunedì prossimo', c.at(c.weekday(MON), 10)],
      ['alle ore 16 del 20 agosto', c.at(d(2027, 8, 20), 16)],
      ['il venti agosto alle sedici', c.at(d(2027, 8, 20), 16)],
      ['alle sei e un quarto di sera', c.at(c.today, 18, 15)],
      ['alle nove meno un quarto di domani', c.at(c.day(1), 8, 45)],
      ['alle 8 e 5', c.next(8, 5)],
      ['tra sei ore', c.inMinutes(360)],
      ['fra venti minuti', c.inMinutes(20)],
      ["fra tre quarti d'ora", c.inMinutes(45)],
      ['tra 2 ore e un quarto', c.inMinutes(135)],
      ['tra dieci giorni alle nove', nine(c.day(10))],
      ['martedì 17 agosto alle 11:30', c.at(d(2027, 8, 17), 11, 30)],
      ['il 1/9', nine(d(2027, 9, 1))],
      ['il 01/09/2027 alle 8:30', c.at(d(2027, 9, 1), 8, 30)],
      ['giovedì 2 settembre', nine(d(2027, 9, 2))],
      ['il secondo martedì di settembre', nine(c.nth(2027, 9, TUE, 2))],
      ["l'ultimo sabato di agosto", nine(d(2027, 8, 28))],
      ['a Ferragosto', nine(d(2027, 8, 15))],
      ['la sera di Ferragosto', c.at(d(2027, 8, 15), 19)],
      ['il giorno prima di Ferragosto', nine(d(2027, 8, 14))],
      ['cinque giorni prima di Ferragosto', nine(d(2027, 8, 10))],
      ['a Halloween', nine(d(2027, 10, 31))],
      ['il giorno di Ognissanti alle 11', c.at(d(2027, 11, 1), 11)],
      ['a Pasqua', nine(c.easter())],
      ['oggi alle 17', c.at(c.today, 17)],
      ['oggi in serata', c.at(c.today, 19)],
      ['stamattina alle 11 e mezza', c.at(c.today, 11, 30)],
      ['stasera a cena', c.at(c.today, 20)],
      ['domenica prossima alle 10', c.at(c.weekday(SUN), 10)],
      ['la settimana prossima', nine(c.weekday(MON))],
      ['alle 12 meno 10', c.at(c.today, 11, 50)],
    ];
  }),
  wrapped('b10-r6-singapore', 'en', '2027-06-10T23:40:00+08:00', 'Asia/Singapore', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['tomorrow at 7:15am', c.at(c.day(1), 7, 15)],
      ['at 7:15 tomorrow morning', c.at(c.day(1), 7, 15)],
      ['at half past six in the morning', c.at(c.day(1), 6, 30)],
      ['at 6 in the morning', c.at(c.day(1), 6)],
      ['at 11:55pm', c.at(c.today, 23, 55)],
      ['at midnight tonight', c.at(c.day(1), 0)],
      ['in 20 minutes', c.inMinutes(20)],
      ['in three hours', c.inMinutes(180)],
      ['on friday at 8:30am', c.at(c.weekday(FRI), 8, 30)],
      ['on Fri. 11 June at 9', nine(d(2027, 6, 11))],
      ['June 11th, 2027, 10am', c.at(d(2027, 6, 11), 10)],
      ['the 11th of June at 10:45', c.at(d(2027, 6, 11), 10, 45)],
      ['11/06 at 2pm', c.at(d(2027, 6, 11), 14)],
      ['on 06/11/2027', nine(d(2027, 11, 6))],
      ['next saturday evening', c.at(c.weekday(SAT), 19)],
      ['on sunday around noon', c.at(c.weekday(SUN), 12)],
      ['on the 4th of July', nine(d(2027, 7, 4))],
      ['on the first of july', nine(d(2027, 7, 1))],
      ['two weeks on friday', nine(c.plus(c.weekday(FRI), 14))],
      ['a month from today', nine(d(2027, 7, 10))],
      ['a month from now', c.at(d(2027, 7, 10), 23, 40)],
      ['the last monday of june', nine(d(2027, 6, 28))],
      ['on the second of next month', nine(d(2027, 7, 2))],
      ['this coming saturday at 2', c.at(c.weekday(SAT), 14)],
      ['in the afternoon tomorrow', c.at(c.day(1), 15)],
      ['tomorrow lunchtime', c.at(c.day(1), 13)],
      ['at 5 to 9 tomorrow', c.at(c.day(1), 8, 55)],
      ['at 25 past 10 tomorrow night', c.at(c.day(1), 22, 25)],
      ['christmas eve', nine(d(2027, 12, 24))],
      ['boxing day at 11', c.at(d(2027, 12, 26), 11)],
    ];
  }),
];
