import type { Family } from './calendar.js';
import { MON, SAT, SUN } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 17 (corpus style), round 1: kinds batches 10-16 covered least (weekends counted on, the first
 * week of a month, clocks with no separator or a comma, a weekday that disagrees with its date, the same
 * time a week on, after dinner), labelled before running the rules: the Thursday before leap day in Rome,
 * the last day of March in London (summer time just begun).
 */
export const corpus17Round1: readonly Family[] = [
  // Thursday 24 February 2028 in Rome, 10:40 CET (2028 is a leap year).
  wrapped('b17-r1-roma-bisestile', 'it', '2028-02-24T10:40:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['questo fine settimana', nine(c.weekday(SAT))],
      ['il weekend dopo il prossimo', nine(c.weekday(SAT, 1))],
      ['il fine settimana prossimo', nine(c.weekday(SAT))],
      ['la prima settimana di marzo', nine(d(2028, 3, 1))],
      ['il 29 febbraio alle 10', c.at(d(2028, 2, 29), 10)],
      ['alle 15 del 12', c.at(d(2028, 3, 12), 15)],
      ['lunedì 13 alle 4', c.at(d(2028, 3, 13), 16)],
      ['la mattina di dopodomani', nine(c.day(2))],
      ['domani sera verso le 8', c.at(c.day(1), 20)],
      ["domani all'ora di pranzo", c.at(c.day(1), 13)],
      // after dinner is an hour after dinner, as "dopo pranzo" is (a convention of ours)
      ['stasera dopo cena', c.at(c.today, 21)],
      ['fra mezzora', c.inMinutes(30)],
      ['alle 930', c.next(9, 30)],
      ['h 9,30', c.next(9, 30)],
      ['domani ore 9,30', c.at(c.day(1), 9, 30)],
      ['alle 1430', c.at(c.today, 14, 30)],
      // the number decides, the weekday only confirms it (contract)
      ['venerdì 2 marzo', nine(d(2028, 3, 2))],
      ['mercoledì 14', nine(d(2028, 3, 14))],
      ['martedì 14 alle 11', c.at(d(2028, 3, 14), 11)],
      ['alle 4 meno un quarto', c.at(c.today, 15, 45)],
      ['domani a mezzogiorno e mezza', c.at(c.day(1), 12, 30)],
      ['la settimana dopo la prossima', nine(c.weekday(MON, 1))],
      ['fra due settimane alle 10', c.at(c.day(14), 10)],
      ['alla stessa ora la settimana prossima', c.at(c.day(7), 10, 40)],
      ["dopodomani a quest'ora", c.at(c.day(2), 10, 40)],
      ['fra tre ore e mezza', c.inMinutes(210)],
      ['fra un paio di ore', c.inMinutes(120)],
      ['il primo marzo alle 8 di mattina', c.at(d(2028, 3, 1), 8)],
      ["l'1 marzo", nine(d(2028, 3, 1))],
      ['il 1° del mese prossimo alle 11', c.at(d(2028, 3, 1), 11)],
      ['a fine mese alle 18', c.at(d(2028, 2, 29), 18)],
      ["l'ultimo giorno del mese prossimo", nine(d(2028, 3, 31))],
      ['venerdì prossimo alle 7 di sera', c.at(d(2028, 2, 25), 19)],
      ['domenica pomeriggio alle 4', c.at(c.weekday(SUN), 16)],
      ['alle sei e quaranta di stasera', c.at(c.today, 18, 40)],
      ['mercoledì prossimo a mezzogiorno', c.at(d(2028, 3, 1), 12)],
      ['il 3 marzo 2028 alle 9:15', c.at(d(2028, 3, 3), 9, 15)],
      ['tra 3 giorni alle 8 di sera', c.at(c.day(3), 20)],
      ['a mezzanotte di domani', c.at(c.day(2), 0)],
      ['la sera del 29', c.at(d(2028, 2, 29), 19)],
    ];
  }),
  // Friday 31 March 2028 in London, 17:20 BST (the clocks went forward on the 26th).
  wrapped('b17-r1-london-month-end', 'en', '2028-03-31T17:20:00+01:00', 'Europe/London', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['this coming weekend', nine(c.weekday(SAT))],
      ['the weekend after next', nine(c.weekday(SAT, 1))],
      // "next weekend" is the coming one, as "next friday" is (contract)
      ['next weekend', nine(c.weekday(SAT))],
      ['the first week of may', nine(d(2028, 5, 1))],
      ['on the last day of next month', nine(d(2028, 4, 30))],
      ['in a couple hours', c.inMinutes(120)],
      ['3pm on the 12th', c.at(d(2028, 4, 12), 15)],
      ['monday the 10th at 4', c.at(d(2028, 4, 10), 16)],
      ['the day after tomorrow in the morning', nine(c.day(2))],
      ['tomorrow evening around 8', c.at(c.day(1), 20)],
      ['sunday at lunchtime', c.at(c.weekday(SUN), 13)],
      // an hour after dinner, as "after lunch" is 14:00 (a convention of ours)
      ['after dinner tonight', c.at(c.today, 21)],
      ["in half an hour's time", c.inMinutes(30)],
      ['at 930', c.next(9, 30)],
      ['at 1845', c.at(c.today, 18, 45)],
      ['at 9.30am', c.next(9, 30)],
      ['tuesday the 4th', nine(d(2028, 4, 4))],
      // the number decides, the weekday only confirms it (contract)
      ['wednesday the 4th at 10', c.at(d(2028, 4, 4), 10)],
      ['sat 1st april', nine(d(2028, 4, 1))],
      ['at a quarter to 4 on sunday', c.at(c.weekday(SUN), 15, 45)],
      ['twenty past 7 tonight', c.at(c.today, 19, 20)],
      ['same time next week', c.at(c.day(7), 17, 20)],
      ['in 3 and a half hours', c.inMinutes(210)],
      ['1st of april at 8am', c.at(d(2028, 4, 1), 8)],
      ['april 1st at noon', c.at(d(2028, 4, 1), 12)],
      ['next wednesday at midday', c.at(d(2028, 4, 5), 12)],
      // midnight ends the day it is said with
      ['at midnight on sunday', c.at(d(2028, 4, 3), 0)],
      ['a week from today at 10', c.at(c.day(7), 10)],
      ['in three days at 8 in the evening', c.at(c.day(3), 20)],
      ['on the evening of the 3rd', c.at(d(2028, 4, 3), 19)],
      ['the last friday of april', nine(d(2028, 4, 28))],
      // numeric dates are day first (contract)
      ['on 4/5 at 10', c.at(d(2028, 5, 4), 10)],
      ['in 45 mins', c.inMinutes(45)],
      ['at 6 sharp tomorrow', c.at(c.day(1), 18)],
      ['tomorrow at 7 am', c.at(c.day(1), 7)],
      ['sunday evening at half 8', c.at(c.weekday(SUN), 20, 30)],
      ['the day after tomorrow at noon', c.at(c.day(2), 12)],
      ['the first week of april', nine(d(2028, 4, 1))],
      ['this weekend on sunday', nine(c.weekday(SUN))],
      ['at 5 past 6 this evening', c.at(c.today, 18, 5)],
    ];
  }),
];
