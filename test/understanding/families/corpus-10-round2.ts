import type { Family } from './calendar.js';
import { FRI, MON, SAT, THU, TUE } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 10, round 2: written and labelled before running the rules. Rome on the Saturday evening
 * before the clocks go back (Sunday 31 October 2027); Sydney on a Wednesday lunchtime in summer.
 */
export const corpus10Round2: readonly Family[] = [
  wrapped('b10-r2-roma', 'it', '2027-10-30T21:10:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['domani alle 9', nine(c.day(1))],
      ['lunedì prossimo alle 8 e mezza', c.at(c.weekday(MON), 8, 30)],
      ['il 1° novembre alle 10', c.at(d(2027, 11, 1), 10)],
      ['il giorno dei morti', nine(d(2027, 11, 2))],
      ['tra 48 ore', c.inMinutes(48 * 60)],
      ['fra una settimana', c.at(c.day(7), 21, 10)],
      ["l'ultimo giorno del mese prossimo", nine(d(2027, 11, 30))],
      ['il 15 novembre alle 14:30', c.at(d(2027, 11, 15), 14, 30)],
      ['martedì 2 novembre alle 11', c.at(d(2027, 11, 2), 11)],
      ['a mezzogiorno e un quarto', c.next(12, 15)],
      ['domani alle 10 meno un quarto', c.at(c.day(1), 9, 45)],
      ['alle 18 in punto', c.next(18)],
      ['verso le 7 di sera', c.next(19)],
      ['il 25 dicembre alle 12', c.at(d(2027, 12, 25), 12)],
      ['la vigilia di Natale alle 18', c.at(d(2027, 12, 24), 18)],
      ['a Capodanno', nine(d(2028, 1, 1))],
      ["il giorno dell'Epifania", nine(d(2028, 1, 6))],
      ["l'8 dicembre", nine(d(2027, 12, 8))],
      ['il secondo lunedì di dicembre', nine(c.nth(2027, 12, MON, 2))],
      ["l'ultima domenica di novembre", nine(d(2027, 11, 28))],
      ['tra due mesi', c.at(d(2027, 12, 30), 21, 10)],
      ['domenica mattina', nine(d(2027, 10, 31))],
      ['il 3/11 alle 15', c.at(d(2027, 11, 3), 15)],
      ['il 03.11.27', nine(d(2027, 11, 3))],
      ['il 12 gennaio 2028', nine(d(2028, 1, 12))],
      ['mercoledì 3', nine(d(2027, 11, 3))],
      ['fra due lunedì', nine(c.weekday(MON, 1))],
      ['dopo pranzo', c.next(14)],
      ['alle 23:59', c.at(c.today, 23, 59)],
      ['tre giorni prima di Natale', nine(d(2027, 12, 22))],
      ['una settimana dopo Pasqua', nine(c.plus(c.easter(), 7))],
    ];
  }),
  wrapped('b10-r2-sydney', 'en', '2027-01-27T13:05:00+11:00', 'Australia/Sydney', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['at 5 past 3', c.at(c.today, 15, 5)],
      ['at ten to four this afternoon', c.at(c.today, 15, 50)],
      ['at half past eleven tonight', c.at(c.today, 23, 30)],
      ['on Friday the 29th', nine(d(2027, 1, 29))],
      ['on Feb 2nd at 10', c.at(d(2027, 2, 2), 10)],
      ['on 14 February 2027', nine(d(2027, 2, 14))],
      ['on the 14th of Feb at 7:30pm', c.at(d(2027, 2, 14), 19, 30)],
      ['next month on the 3rd', nine(d(2027, 2, 3))],
      ['on the first Monday in March', nine(c.nth(2027, 3, MON, 1))],
      ['on the last day of the month', nine(d(2027, 1, 31))],
      ['in 10 days', c.at(c.day(10), 13, 5)],
      ['in half an hour', c.inMinutes(30)],
      ['in a couple of hours', c.inMinutes(120)],
      ['in 1 hour and 15 minutes', c.inMinutes(75)],
      ['two days from now', c.at(c.day(2), 13, 5)],
      ['the day after tomorrow at noon', c.at(c.day(2), 12)],
      ['this friday evening', c.at(c.weekday(FRI), 19)],
      ['saturday afternoon', c.at(c.weekday(SAT), 15)],
      ["on valentine's day at 8pm", c.at(d(2027, 2, 14), 20)],
      ['on easter monday', nine(c.easter(1))],
      ["on new year's eve at 11:30pm", c.at(d(2027, 12, 31), 23, 30)],
      ['at 7 in the evening', c.at(c.today, 19)],
      ['at 6:45am on monday', c.at(c.weekday(MON), 6, 45)],
      ['tomorrow at 3 in the afternoon', c.at(c.day(1), 15)],
      ['tuesday next week', nine(c.weekday(TUE))],
      ['a week on thursday', nine(c.plus(c.weekday(THU), 7))],
      ['on the 5th', nine(d(2027, 2, 5))],
      ['at 9 sharp', c.next(9)],
      ['March 3rd, 2027 at 4:15pm', c.at(d(2027, 3, 3), 16, 15)],
      ['the week after next on wednesday', nine(d(2027, 2, 10))],
    ];
  }),
];
