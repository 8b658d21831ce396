import type { Family } from './calendar.js';
import { FRI, MON, SAT, THU, TUE, WED } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 14 (corpus style), round 1: written and labelled before running the rules, on the notations
 * earlier batches covered least (all numeric date notations, seconds, "h"/"hrs"/"o'clock", ranges,
 * numbers in words, weekday forms, the start and end of weeks and months).
 */
export const corpus14Round1: readonly Family[] = [
  // Easter Sunday 28 March 2027 in Rome, 08:30 CEST: the clocks went forward at 02:00 that night.
  wrapped('b14-r1-roma-pasqua', 'it', '2027-03-28T08:30:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['il 12/04', nine(d(2027, 4, 12))],
      ['il 12.04.2027', nine(d(2027, 4, 12))],
      ['il 2027-04-12 alle 16:00', c.at(d(2027, 4, 12), 16)],
      ['il 3 del mese prossimo', nine(d(2027, 4, 3))],
      ['alle 15:30:45', c.at(c.today, 15, 30)],
      ['ore 15.00', c.at(c.today, 15)],
      ['h 18', c.at(c.today, 18)],
      ['alle 15 e un quarto', c.at(c.today, 15, 15)],
      ['alle tre e venti', c.at(c.today, 15, 20)],
      ['alle otto e mezza di sera', c.at(c.today, 20, 30)],
      ['a mezzogiorno e mezzo', c.at(c.today, 12, 30)],
      ['a mezzanotte', c.at(c.day(1), 0)],
      ['dalle 3 alle 5', c.at(c.today, 15)],
      ['tra le 2 e le 4 del pomeriggio', c.at(c.today, 14)],
      ['dopodomani alle 5', c.at(c.day(2), 17)],
      ['martedì prossimo', nine(c.weekday(TUE))],
      // said on a Sunday, next week starts tomorrow
      ['martedì della settimana prossima', nine(d(2027, 3, 30))],
      ['il secondo giovedì di aprile', nine(c.nth(2027, 4, THU, 2))],
      ["l'ultimo venerdì di maggio", nine(c.nth(2027, 5, FRI, -1))],
      ['a fine mese', nine(d(2027, 3, 31))],
      ["all'inizio della settimana prossima", nine(d(2027, 3, 29))],
      ['tra 2 settimane', c.at(c.day(14), 8, 30)],
      ['tra 36 ore', c.inMinutes(36 * 60)],
      ['a Pasquetta alle 10', c.at(c.easter(1), 10)],
      ['a Ferragosto', nine(c.date(8, 15))],
      ['il 25 aprile alle 11', c.at(d(2027, 4, 25), 11)],
      ['sabato 3 aprile alle 21', c.at(d(2027, 4, 3), 21)],
      ['domani pomeriggio alle 4 e mezza', c.at(c.day(1), 16, 30)],
      ['stasera verso le otto', c.at(c.today, 20)],
      ['alle nove meno un quarto di mattina', c.at(c.today, 8, 45)],
    ];
  }),
  // New Year's Eve, Friday 31 December 2027 in Rome, 16:40 CET (2028 is a leap year).
  wrapped('b14-r1-roma-capodanno', 'it', '2027-12-31T16:40:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['il 7/1', nine(d(2028, 1, 7))],
      ['il 07.01.28', nine(d(2028, 1, 7))],
      ["l'8 gennaio 2028 alle 10", c.at(d(2028, 1, 8), 10)],
      ['il 1° febbraio', nine(d(2028, 2, 1))],
      ['il 29 febbraio', nine(d(2028, 2, 29))],
      ['ore 23.59', c.at(c.today, 23, 59)],
      ['a mezzanotte', c.at(c.day(1), 0)],
      ['domani alle 10 del mattino', c.at(c.day(1), 10)],
      ["all'una e un quarto", c.next(13, 15)],
      ['alle sei meno dieci', c.at(c.today, 17, 50)],
      ['alle 18 in punto', c.at(c.today, 18)],
      ['dopodomani sera', c.at(c.day(2), 19)],
      ['lunedì alle 9', c.at(c.weekday(MON), 9)],
      ['lunedì 3 gennaio alle 14', c.at(d(2028, 1, 3), 14)],
      ["all'Epifania", nine(d(2028, 1, 6))],
      ['il giorno dopo la Befana', nine(d(2028, 1, 7))],
      ['tra una settimana', c.at(c.day(7), 16, 40)],
      ['fra 10 giorni alle 8', c.at(c.day(10), 8)],
      ['il primo lunedì di gennaio', nine(c.nth(2028, 1, MON, 1))],
      ["l'ultimo giorno di gennaio", nine(d(2028, 1, 31))],
      ['a metà gennaio', nine(d(2028, 1, 15))],
      ["all'inizio del mese prossimo", nine(d(2028, 1, 1))],
      ['stanotte alle 3', c.at(c.day(1), 3)],
      ["tra un quarto d'ora", c.inMinutes(15)],
      ['dalle 21 alle 23', c.at(c.today, 21)],
      ['fra tre ore', c.inMinutes(180)],
      ['sabato prossimo alle dieci', c.at(c.weekday(SAT), 10)],
      ['giovedì 13 alle 15', c.at(d(2028, 1, 13), 15)],
      ['il 2 alle 7 di sera', c.at(d(2028, 1, 2), 19)],
      ['stasera alle nove e mezza', c.at(c.today, 21, 30)],
    ];
  }),
  // New Year's Eve, Friday 31 December 2027 in New York, 15:10 EST.
  wrapped('b14-r1-new-york', 'en', '2027-12-31T15:10:00-05:00', 'America/New_York', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['on 2028-01-07', nine(d(2028, 1, 7))],
      ['on January 7th, 2028', nine(d(2028, 1, 7))],
      ['on the 7th of January', nine(d(2028, 1, 7))],
      ['jan. 7', nine(d(2028, 1, 7))],
      // numeric dates are day first (contract)
      ['on 14/01/2028', nine(d(2028, 1, 14))],
      ['on the 3rd of next month', nine(d(2028, 1, 3))],
      ['at 4:45:30 pm', c.at(c.today, 16, 45)],
      ['at 1600 hrs', c.at(c.today, 16)],
      ["at 5 o'clock", c.at(c.today, 17)],
      ['at noon tomorrow', c.at(c.day(1), 12)],
      ['at midnight', c.at(c.day(1), 0)],
      ['at half past seven', c.at(c.today, 19, 30)],
      ['at quarter to nine in the evening', c.at(c.today, 20, 45)],
      ['from 3 to 5pm tomorrow', c.at(c.day(1), 15)],
      ['between 2 and 4 on monday', c.at(c.weekday(MON), 14)],
      ['in 2 weeks', c.at(c.day(14), 15, 10)],
      // Friday is 7 January; a week from it
      ['a week from friday', nine(c.plus(c.weekday(FRI), 7))],
      ['the day after tomorrow at 5', c.at(c.day(2), 17)],
      ['this coming tuesday', nine(c.weekday(TUE))],
      ['tuesday next week', nine(d(2028, 1, 4))],
      ['next tuesday at 8am', c.at(c.weekday(TUE), 8)],
      ['on the second monday of january', nine(c.nth(2028, 1, MON, 2))],
      ['at the end of january', nine(d(2028, 1, 31))],
      ['at the beginning of next week', nine(d(2028, 1, 3))],
      ["on new year's day at noon", c.at(d(2028, 1, 1), 12)],
      ["on valentine's day", nine(d(2028, 2, 14))],
      ['tonight at 11:30', c.at(c.today, 23, 30)],
      ['in 45 mins', c.inMinutes(45)],
      ['tomorrow at 0800', c.at(c.day(1), 8)],
      ['on saturday evening', c.at(c.weekday(SAT), 19)],
    ];
  }),
  // Leap day, Tuesday 29 February 2028 in London, 07:50 GMT.
  wrapped('b14-r1-london-leap', 'en', '2028-02-29T07:50:00+00:00', 'Europe/London', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['on 03/03/2028', nine(d(2028, 3, 3))],
      ['March 12th, 2028', nine(d(2028, 3, 12))],
      ['on the 12th of March at 6pm', c.at(d(2028, 3, 12), 18)],
      ['mar. 12', nine(d(2028, 3, 12))],
      ['on 12 mar 2028 at 09:15', c.at(d(2028, 3, 12), 9, 15)],
      ['at 8 am', c.at(c.today, 8)],
      ["at 7 o'clock", c.at(c.today, 19)],
      ['at 14:00 hrs', c.at(c.today, 14)],
      ['at twenty to ten', c.at(c.today, 9, 40)],
      ['at a quarter past three', c.at(c.today, 15, 15)],
      ['at 9.30pm', c.at(c.today, 21, 30)],
      ['at midnight tonight', c.at(c.day(1), 0)],
      ['the day after tomorrow', nine(c.day(2))],
      ['in 3 days', c.at(c.day(3), 7, 50)],
      ['in 2 hours', c.inMinutes(120)],
      ['a week from today', nine(c.day(7))],
      ['this coming friday', nine(c.weekday(FRI))],
      ['friday next week', nine(d(2028, 3, 10))],
      ['next friday at 4', c.at(c.weekday(FRI), 16)],
      ['on the first wednesday of april', nine(c.nth(2028, 4, WED, 1))],
      ['on the last day of march', nine(d(2028, 3, 31))],
      ['at the end of the month', nine(d(2028, 2, 29))],
      ['on the 1st', nine(d(2028, 3, 1))],
      ['on easter monday', nine(c.easter(1))],
      ['on boxing day', nine(d(2028, 12, 26))],
      ['on halloween at 7pm', c.at(d(2028, 10, 31), 19)],
      ['this afternoon at 2:15', c.at(c.today, 14, 15)],
      ['tomorrow morning at 6', c.at(c.day(1), 6)],
      ['wednesday at noon', c.at(c.weekday(WED), 12)],
      ['in half an hour', c.inMinutes(30)],
    ];
  }),
];
