import type { Family } from './calendar.js';
import { SAT, SUN, TUE } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 17 (corpus style), round 3: written after round 2 and labelled before running the rules (clocks
 * with no separator next to days and parts of the day, after dinner and after an hour, the last day of the
 * month said on it): early on leap day in Rome, the Sunday morning summer time began in Sydney.
 */
export const corpus17Round3: readonly Family[] = [
  // Tuesday 29 February 2028 in Rome, 07:50 CET.
  wrapped('b17-r3-roma-29-febbraio', 'it', '2028-02-29T07:50:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['oggi alle 1245', c.at(c.today, 12, 45)],
      ['alle 8 e 10', c.at(c.today, 8, 10)],
      ['alle 0745 di domani', c.at(c.day(1), 7, 45)],
      ['il primo marzo alle 1130', c.at(d(2028, 3, 1), 11, 30)],
      ['a fine mese', nine(c.today)],
      ["l'ultimo giorno del mese alle 18", c.at(c.today, 18)],
      ['il 29 febbraio del 2032', nine(d(2032, 2, 29))],
      ['questo weekend verso le 10', c.at(c.weekday(SAT), 10)],
      ['sabato prossimo dopo cena', c.at(c.weekday(SAT), 21)],
      ['nel fine settimana dopo il prossimo alle 11', c.at(c.weekday(SAT, 1), 11)],
      ['la prima settimana di aprile alle 10', c.at(d(2028, 4, 1), 10)],
      // the number decides, the weekday only confirms it (contract)
      ['giovedì 3', nine(d(2028, 3, 3))],
      ['venerdì 3 marzo alle 930', c.at(d(2028, 3, 3), 9, 30)],
      ['lun 6/3 h 9,15', c.at(d(2028, 3, 6), 9, 15)],
      ['il 6/3 alle 1600', c.at(d(2028, 3, 6), 16)],
      ['fra due ore e un quarto', c.inMinutes(135)],
      ['fra dieci minuti', c.inMinutes(10)],
      ['stasera dopo le 9', c.at(c.today, 21)],
      ['domattina alle 930', c.at(c.day(1), 9, 30)],
      ['domattina presto alle 6', c.at(c.day(1), 6)],
      ["mercoledì all'ora di cena", c.at(d(2028, 3, 1), 20)],
      ['il pomeriggio di giovedì alle 3', c.at(d(2028, 3, 2), 15)],
      ['alle 5 e 20 di venerdì', c.at(d(2028, 3, 3), 17, 20)],
      ['venerdì alle 1720', c.at(d(2028, 3, 3), 17, 20)],
      ['tra una settimana alle 1930', c.at(c.day(7), 19, 30)],
      ['fra 15 giorni alle 12', c.at(c.day(15), 12)],
      ['lunedì 13 marzo alle 8 e 45', c.at(d(2028, 3, 13), 8, 45)],
      ['dopo cena di sabato', c.at(c.weekday(SAT), 21)],
      ['ore 21,30 di domenica', c.at(c.weekday(SUN), 21, 30)],
      ['il 15 marzo alle 930 del mattino', c.at(d(2028, 3, 15), 9, 30)],
      ['a pranzo dopodomani', c.at(c.day(2), 13)],
      // on a Tuesday, "martedì prossimo" is the Tuesday in 7 days (contract)
      ['martedì prossimo alle 1500', c.at(c.weekday(TUE), 15)],
      ['il weekend prossimo', nine(c.weekday(SAT))],
      ['domani a mezzogiorno meno un quarto', c.at(c.day(1), 11, 45)],
      ['oggi pomeriggio alle 430', c.at(c.today, 16, 30)],
      ['stasera alle 845', c.at(c.today, 20, 45)],
      ['nella prima settimana di maggio', nine(d(2028, 5, 1))],
      ['fra tre giorni dopo cena', c.at(c.day(3), 21)],
      ['alle ore 1400 di lunedì 6', c.at(d(2028, 3, 6), 14)],
      ["tra un'ora e 40", c.inMinutes(100)],
    ];
  }),
  // Sunday 1 October 2028 in Sydney, 08:10 AEDT: the clocks went forward at 2:00 this morning.
  wrapped('b17-r3-sydney-summer-time', 'en', '2028-10-01T08:10:00+11:00', 'Australia/Sydney', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['at 1245', c.at(c.today, 12, 45)],
      ['tonight after dinner', c.at(c.today, 21)],
      ['at 0745 tomorrow', c.at(c.day(1), 7, 45)],
      ['on the morning of the day after tomorrow', nine(c.day(2))],
      ['the first week of november', nine(d(2028, 11, 1))],
      ['over the weekend after next', nine(c.weekday(SAT, 1))],
      ['next friday at 1500', c.at(d(2028, 10, 6), 15)],
      ['on friday the 6th at 930', c.at(d(2028, 10, 6), 9, 30)],
      // the number decides, the weekday only confirms it (contract)
      ['thursday the 6th', nine(d(2028, 10, 6))],
      ['monday 2nd october at 8.15', c.at(d(2028, 10, 2), 8, 15)],
      // numeric dates are day first (contract)
      ['on 2/10 at 1100', c.at(d(2028, 10, 2), 11)],
      ['in 2 hours and a quarter', c.inMinutes(135)],
      ['in ten minutes', c.inMinutes(10)],
      ['tonight after 9', c.at(c.today, 21)],
      ['tomorrow morning at 930', c.at(c.day(1), 9, 30)],
      ['tomorrow at 6 in the morning', c.at(c.day(1), 6)],
      ['wednesday at dinner time', c.at(d(2028, 10, 4), 20)],
      ['thursday afternoon at 3', c.at(d(2028, 10, 5), 15)],
      ['at 20 past 5 on friday', c.at(d(2028, 10, 6), 17, 20)],
      ['friday at 1720', c.at(d(2028, 10, 6), 17, 20)],
      ['a week from today at 1930', c.at(c.day(7), 19, 30)],
      ['in 15 days at noon', c.at(c.day(15), 12)],
      ['monday the 16th of october at quarter to 9', c.at(d(2028, 10, 16), 8, 45)],
      ['saturday after dinner', c.at(c.weekday(SAT), 21)],
      // a weekday is never today (contract)
      ['sunday at 21.30', c.at(c.weekday(SUN), 21, 30)],
      ['on the 15th of october at 930 am', c.at(d(2028, 10, 15), 9, 30)],
      ['lunch the day after tomorrow', c.at(c.day(2), 13)],
      ['next tuesday at 3 pm', c.at(d(2028, 10, 3), 15)],
      ['the last day of the month at 6pm', c.at(d(2028, 10, 31), 18)],
      ['in a couple of weeks', c.at(c.day(14), 8, 10)],
      ['at 1 in the afternoon tomorrow', c.at(c.day(1), 13)],
      ['at 12.30 tomorrow', c.at(c.day(1), 12, 30)],
      ['at half past 12 tomorrow', c.at(c.day(1), 12, 30)],
      ['on october 31st at 1800', c.at(d(2028, 10, 31), 18)],
      ['at 5 past 9 tomorrow morning', c.at(c.day(1), 9, 5)],
      ['in the first week of december', nine(d(2028, 12, 1))],
      ['this afternoon at 430', c.at(c.today, 16, 30)],
      ['tonight at 845', c.at(c.today, 20, 45)],
      ['in three days after dinner', c.at(c.day(3), 21)],
      ['in an hour and 40 minutes', c.inMinutes(100)],
    ];
  }),
];
