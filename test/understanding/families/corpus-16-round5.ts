import type { Family } from './calendar.js';
import { MON, SAT, SUN, THU } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 16 (corpus style), round 5: written after round 4's fixes and labelled before running the rules
 * (the turn of the year said on a Saturday, the night the clocks go back in Los Angeles: elapsed hours,
 * month-first "11/30", days around Thanksgiving and Epiphany, clocks just after midnight).
 */
export const corpus16Round5: readonly Family[] = [
  // Saturday 30 December 2028 in Rome, 10:25 CET.
  wrapped('b16-r5-roma-fine-anno', 'it', '2028-12-30T10:25:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      // said on a Saturday: next week's
      ['sabato prossimo', nine(c.weekday(SAT))],
      ['domani', nine(c.day(1))],
      ['dopodomani alle 11', c.at(c.day(2), 11)],
      ['il 2 gennaio prossimo', nine(d(2029, 1, 2))],
      ['il 2/1/2029', nine(d(2029, 1, 2))],
      ['2 genn. 2029', nine(d(2029, 1, 2))],
      ['02-01-29', nine(d(2029, 1, 2))],
      ['lunedì primo gennaio', nine(d(2029, 1, 1))],
      ["il primo giorno dell'anno", nine(d(2029, 1, 1))],
      ["il primo lunedì dell'anno prossimo", nine(d(2029, 1, 1))],
      ['tra 2 giorni esatti', c.at(c.day(2), 10, 25)],
      ['fra 72 ore', c.inMinutes(72 * 60)],
      ['alle 10 e 25 di domani', c.at(c.day(1), 10, 25)],
      ['alle 11 meno 5', c.at(c.today, 10, 55)],
      ['a mezzogiorno meno dieci', c.at(c.today, 11, 50)],
      ['alle 13 e 30', c.at(c.today, 13, 30)],
      ['alle tre del pomeriggio', c.at(c.today, 15)],
      ['alle 3 di notte', c.at(c.day(1), 3)],
      ['alle 6 del mattino di lunedì', c.at(c.weekday(MON), 6)],
      ['domenica sera alle 11', c.at(c.weekday(SUN), 23)],
      // midnight ends the day it is said with
      ['a San Silvestro a mezzanotte', c.at(d(2029, 1, 1), 0)],
      ['il 31 alle 23 e 59', c.at(d(2028, 12, 31), 23, 59)],
      ['a Capodanno alle 3 del pomeriggio', c.at(d(2029, 1, 1), 15)],
      ['sabato 13 gennaio', nine(d(2029, 1, 13))],
      ['il secondo sabato di gennaio', nine(c.nth(2029, 1, SAT, 2))],
      ["l'ultimo lunedì di gennaio", nine(c.nth(2029, 1, MON, -1))],
      ['verso la metà di gennaio', nine(d(2029, 1, 15))],
      ['ai primi di febbraio', nine(d(2029, 2, 1))],
      ['a fine febbraio', nine(d(2029, 2, 28))],
      ['il giorno di San Valentino alle 20', c.at(d(2029, 2, 14), 20)],
      ['a Pasqua 2029', nine(d(2029, 4, 1))],
      ["il lunedì dopo l'Epifania", nine(d(2029, 1, 8))],
      ['fra due lunedì', nine(c.weekday(MON, 1))],
      ['martedì 2 alle 8 e un quarto', c.at(d(2029, 1, 2), 8, 15)],
      ['il 3 alle 17', c.at(d(2029, 1, 3), 17)],
      ['mercoledì 3 gennaio 2029 alle ore 14:00', c.at(d(2029, 1, 3), 14)],
      ['giovedì prossimo alle 12:30', c.at(c.weekday(THU), 12, 30)],
      ['la mattina di Capodanno', nine(d(2029, 1, 1))],
      ['tra 3 ore e mezza', c.inMinutes(210)],
      ['fra 100 minuti', c.inMinutes(100)],
    ];
  }),
  // Sunday 5 November 2028 in Los Angeles, 00:30 PDT: the clocks go back at 02:00 tonight.
  wrapped('b16-r5-los-angeles-fall-back', 'en', '2028-11-05T00:30:00-07:00', 'America/Los_Angeles', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    const thanksgiving = c.nth(2028, 11, THU, 4);
    return [
      ['at 9', c.at(c.today, 9)],
      ['this morning at 8', c.at(c.today, 8)],
      ['in 2 hours', c.inMinutes(120)],
      ['in 90 minutes', c.inMinutes(90)],
      ['at 3am', c.at(c.today, 3)],
      ['later today at 5', c.at(c.today, 17)],
      ['tonight at 8', c.at(c.today, 20)],
      ['tomorrow at 8', c.at(c.day(1), 8)],
      ['tomorrow morning', nine(c.day(1))],
      ['tuesday at 7am', c.at(c.day(2), 7)],
      // said on a Sunday: next week's
      ['next sunday', nine(c.weekday(SUN))],
      ['sunday after next', nine(c.weekday(SUN, 1))],
      ['in a week', c.at(c.day(7), 0, 30)],
      ['a week from today', nine(c.day(7))],
      ['thanksgiving at 4pm', c.at(thanksgiving, 16)],
      ['the friday after thanksgiving', nine(c.plus(thanksgiving, 1))],
      ['the monday after thanksgiving', nine(c.plus(thanksgiving, 4))],
      ['nov 30th', nine(d(2028, 11, 30))],
      // no 30th month: written month first
      ['11/30', nine(d(2028, 11, 30))],
      ['30/11', nine(d(2028, 11, 30))],
      ['2028-11-30 at 17:45', c.at(d(2028, 11, 30), 17, 45)],
      ['Thursday November 30th at 5:45pm', c.at(d(2028, 11, 30), 17, 45)],
      ['on the 30th at quarter to 6', c.at(d(2028, 11, 30), 17, 45)],
      ['december 1st at 8am', c.at(d(2028, 12, 1), 8)],
      ['1 dec at 0800', c.at(d(2028, 12, 1), 8)],
      ['friday dec. 1 at 8:00 am', c.at(d(2028, 12, 1), 8)],
      ['on dec 1st at 8 in the morning', c.at(d(2028, 12, 1), 8)],
      ['at 12:30 pm tomorrow', c.at(c.day(1), 12, 30)],
      ['at 12:30 am tomorrow', c.at(c.day(1), 0, 30)],
      ['at 11:45 tonight', c.at(c.today, 23, 45)],
      ['at a quarter past 1 in the morning tomorrow', c.at(c.day(1), 1, 15)],
      ['at 6 in the evening on friday', c.at(d(2028, 11, 10), 18)],
      ['friday evening at 6:30', c.at(d(2028, 11, 10), 18, 30)],
      ['saturday night', c.at(d(2028, 11, 11), 22)],
      ['saturday night at 9', c.at(d(2028, 11, 11), 21)],
      ['two mondays from now', nine(c.weekday(MON, 1))],
      ['the 2nd monday of december', nine(c.nth(2028, 12, MON, 2))],
      ['the last thursday in november', nine(c.nth(2028, 11, THU, -1))],
      ['end of november', nine(d(2028, 11, 30))],
      ['beginning of december', nine(d(2028, 12, 1))],
      ['mid-dec', nine(d(2028, 12, 15))],
      ['christmas day at 10', c.at(d(2028, 12, 25), 10)],
      ['in 48 hrs', c.inMinutes(48 * 60)],
      ['in a day', c.at(c.day(1), 0, 30)],
      ['in 36 hours', c.inMinutes(36 * 60)],
    ];
  }),
];
