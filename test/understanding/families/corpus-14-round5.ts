import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE, WED } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 14 (corpus style), round 5: written after round 4's fixes and labelled before running the rules.
 */
export const corpus14Round5: readonly Family[] = [
  // Wednesday 16 February 2028 in Rome, 11:50 CET (a leap February).
  wrapped('b14-r5-roma-febbraio', 'it', '2028-02-16T11:50:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['il 18/02 alle 17', c.at(d(2028, 2, 18), 17)],
      ['ven 18 feb ore 17:30', c.at(d(2028, 2, 18), 17, 30)],
      ['il 29 febbraio alle 10', c.at(d(2028, 2, 29), 10)],
      ['il 1 marzo', nine(d(2028, 3, 1))],
      ['il primo marzo alle 8', c.at(d(2028, 3, 1), 8)],
      ['fra 15 giorni alle 12', c.at(c.day(15), 12)],
      ['tra due settimane e tre giorni', c.at(c.day(17), 11, 50)],
      ['alle 12 meno 5', c.at(c.today, 11, 55)],
      ['alle 12 e 5', c.at(c.today, 12, 5)],
      ['alle 2 del pomeriggio', c.at(c.today, 14)],
      ['alle 14.15', c.at(c.today, 14, 15)],
      ['oggi alle 6 di sera', c.at(c.today, 18)],
      ['giovedì sera alle 8', c.at(c.weekday(THU), 20)],
      ['giovedì prossimo', nine(c.weekday(THU))],
      ['giovedì della prossima settimana', nine(d(2028, 2, 24))],
      ['fra tre giovedì', nine(c.weekday(THU, 2))],
      ['il terzo mercoledì di marzo', nine(c.nth(2028, 3, WED, 3))],
      ["l'ultimo mercoledì del mese", nine(c.nth(2028, 2, WED, -1))],
      // this year's is gone
      ['a San Valentino', nine(d(2029, 2, 14))],
      ['la sera di San Giuseppe', c.at(d(2028, 3, 19), 19)],
      ['tre giorni dopo Pasqua', nine(c.easter(3))],
      ['a Pasquetta alle 9 e mezza', c.at(c.easter(1), 9, 30)],
      ['il 25/4 alle 10', c.at(d(2028, 4, 25), 10)],
      ['tra 5 minuti', c.inMinutes(5)],
      ["fra tre quarti d'ora", c.inMinutes(45)],
      ['nel primo pomeriggio', c.at(c.today, 14)],
      ['domani verso sera', c.at(c.day(1), 19)],
      ['sabato in mattinata', nine(c.weekday(SAT))],
      ['dopodomani a mezzanotte', c.at(c.day(3), 0)],
    ];
  }),
  // Thursday 9 March 2028 in Phoenix (no daylight saving), 21:30 MST.
  wrapped('b14-r5-phoenix', 'en', '2028-03-09T21:30:00-07:00', 'America/Phoenix', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['tomorrow at 7 in the morning', c.at(c.day(1), 7)],
      ['tomorrow at 7', c.at(c.day(1), 19)],
      ['at 10', c.next(10)],
      ['at 11', c.next(11)],
      ['at 10:45 tonight', c.at(c.today, 22, 45)],
      ['in 2 days and 4 hours', c.inMinutes(52 * 60)],
      ['in three quarters of an hour', c.inMinutes(45)],
      ['on the 12th of next month', nine(d(2028, 4, 12))],
      ['on the 31st', nine(d(2028, 3, 31))],
      ['on monday the 13th', nine(d(2028, 3, 13))],
      ['mon. 13 march', nine(d(2028, 3, 13))],
      ['on 13 mar. at 4:15 pm', c.at(d(2028, 3, 13), 16, 15)],
      ['at 4.15 pm on 13/03', c.at(d(2028, 3, 13), 16, 15)],
      ['the 2nd sunday in may', nine(c.nth(2028, 5, SUN, 2))],
      ['the fourth thursday of november', nine(c.nth(2028, 11, THU, 4))],
      ['the friday after next', nine(c.weekday(FRI, 1))],
      ['a week from saturday', nine(c.plus(c.weekday(SAT), 7))],
      ['two days after easter', nine(c.easter(2))],
      // next week starts on Monday the 13th, the week after on the 20th
      ['the week after next on tuesday', nine(d(2028, 3, 21))],
      ['at 1:05 am', c.at(c.day(1), 1, 5)],
      ['at five past one in the afternoon', c.next(13, 5)],
      ['half past ten at night', c.at(c.today, 22, 30)],
      // 10:35 stays as said (contract), gone today
      ['at twenty-five to eleven', c.next(10, 35)],
      ['tonight at quarter to midnight', c.at(c.today, 23, 45)],
      ['friday noon', c.at(c.weekday(FRI), 12)],
      ['on the first of the month', nine(d(2028, 4, 1))],
      ["in 3 weeks' time", c.at(c.day(21), 21, 30)],
      ['10 days from today', nine(c.day(10))],
    ];
  }),
  // New Year's Eve, Sunday 31 December 2028 in London, 23:10 GMT.
  wrapped('b14-r5-london-nye', 'en', '2028-12-31T23:10:00+00:00', 'Europe/London', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['at midnight', c.at(c.day(1), 0)],
      ['tomorrow at noon', c.at(c.day(1), 12)],
      ["on new year's day at 10", c.at(d(2029, 1, 1), 10)],
      ['at 11:55 pm', c.at(c.today, 23, 55)],
      ['in 30 minutes', c.inMinutes(30)],
      ['in 2 hours', c.inMinutes(120)],
      ['tomorrow morning', nine(c.day(1))],
      ['on tuesday', nine(c.weekday(TUE))],
      ['on jan 2nd at 9:30', c.at(d(2029, 1, 2), 9, 30)],
      ['on 02/01/2029', nine(d(2029, 1, 2))],
      ['on 2/1', nine(d(2029, 1, 2))],
      ['on the 5th of january', nine(d(2029, 1, 5))],
      ['next friday', nine(c.weekday(FRI))],
      ['the first monday of january', nine(c.nth(2029, 1, MON, 1))],
      ['at the end of january', nine(d(2029, 1, 31))],
      ['in a fortnight', c.at(c.day(14), 23, 10)],
      ['tonight at 11:45', c.at(c.today, 23, 45)],
      ['at 1am', c.at(c.day(1), 1)],
      ['at 00:30', c.at(c.day(1), 0, 30)],
      ["on valentine's day", nine(d(2029, 2, 14))],
      ['on easter sunday at 11', c.at(c.easter(0), 11)],
      ["on mother's day", nine(c.nth(2029, 5, SUN, 2))],
      ['on halloween', nine(d(2029, 10, 31))],
      ['on the last friday of january', nine(c.nth(2029, 1, FRI, -1))],
      ["the day after new year's day", nine(d(2029, 1, 2))],
      ['in 3 days at 8am', c.at(c.day(3), 8)],
      ['wednesday at half nine', c.at(c.weekday(WED), 9, 30)],
      ['this coming thursday at 2', c.at(c.weekday(THU), 14)],
    ];
  }),
];
