import type { Family } from './calendar.js';
import { FRI, MON, SUN, THU, TUE } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 10, round 3: written and labelled before running the rules. Rome on a Friday lunchtime at the
 * end of July; London early on the Monday before the clocks go forward (Sunday 28 March 2027).
 */
export const corpus10Round3: readonly Family[] = [
  wrapped('b10-r3-roma', 'it', '2027-07-30T12:40:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['alle 15 e 30', c.at(c.today, 15, 30)],
      ['alle tre e mezza del pomeriggio', c.at(c.today, 15, 30)],
      ['alle ore 9 di domani', nine(c.day(1))],
      ['alle 12 e 30', c.next(12, 30)],
      ['domani alle 13', c.at(c.day(1), 13)],
      ['alle 13.15', c.at(c.today, 13, 15)],
      ["all'una", c.at(c.today, 13)],
      ["all'una e mezza di notte", c.at(c.day(1), 1, 30)],
      ['alle due meno un quarto', c.at(c.today, 13, 45)],
      ["fra un quarto d'ora", c.inMinutes(15)],
      ['tra 10 minuti', c.inMinutes(10)],
      ["fra un paio d'ore", c.inMinutes(120)],
      ['tra 5 giorni', c.at(c.day(5), 12, 40)],
      ['fra 3 settimane', c.at(c.day(21), 12, 40)],
      ['tra un mese', c.at(d(2027, 8, 30), 12, 40)],
      ['il primo agosto', nine(d(2027, 8, 1))],
      ['il 2 ago. alle 10', c.at(d(2027, 8, 2), 10)],
      ['il 15/08 alle 12', c.at(d(2027, 8, 15), 12)],
      ['sabato 7 agosto', nine(d(2027, 8, 7))],
      ['la prima domenica di settembre', nine(c.nth(2027, 9, SUN, 1))],
      ["l'ultimo lunedì di agosto", nine(d(2027, 8, 30))],
      ['il quarto giovedì di novembre', nine(c.nth(2027, 11, THU, 4))],
      ['a Natale alle 13', c.at(d(2027, 12, 25), 13)],
      ['a Santo Stefano', nine(d(2027, 12, 26))],
      ['il giorno dopo Ferragosto', nine(d(2027, 8, 16))],
      ['due giorni prima di Ferragosto', nine(d(2027, 8, 13))],
      ['questo sabato pomeriggio', c.at(d(2027, 7, 31), 15)],
      ['venerdì prossimo in serata', c.at(c.weekday(FRI), 19)],
      ['domenica a pranzo', c.at(d(2027, 8, 1), 13)],
      ['lunedì a colazione', c.at(c.weekday(MON), 8)],
      ['il 10 del prossimo mese', nine(d(2027, 8, 10))],
      ['a inizio settimana prossima', nine(c.weekday(MON))],
      ['fra quindici giorni', c.at(c.day(15), 12, 40)],
    ];
  }),
  wrapped('b10-r3-london', 'en', '2027-03-22T07:50:00+00:00', 'Europe/London', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['at 3:30 p.m.', c.at(c.today, 15, 30)],
      ['at 15:30 on thursday', c.at(c.weekday(THU), 15, 30)],
      ['@ 5pm', c.at(c.today, 17)],
      ["at 5 o'clock", c.at(c.today, 17)],
      ['noon tomorrow', c.at(c.day(1), 12)],
      ['at 12am', c.at(c.day(1), 0)],
      ['at 12pm on friday', c.at(c.weekday(FRI), 12)],
      ['on the 9th of June', nine(d(2027, 6, 9))],
      ['Jun. 9th at 8', c.at(d(2027, 6, 9), 8)],
      ['on the ninth of june', nine(d(2027, 6, 9))],
      ['this time tomorrow', c.at(c.day(1), 7, 50)],
      ['in 5 mins', c.inMinutes(5)],
      ['in 2h', c.inMinutes(120)],
      ['in 1.5 hours', c.inMinutes(90)],
      ['on the first of the month', nine(d(2027, 4, 1))],
      ['on the 2nd monday of next month', nine(c.nth(2027, 4, MON, 2))],
      ['on the last friday of next month', nine(d(2027, 4, 30))],
      ['thurs at 2', c.at(c.weekday(THU), 14)],
      ['tues 10am', c.at(c.weekday(TUE), 10)],
      ['next thurs', nine(c.weekday(THU))],
      ['day after tomorrow', nine(c.day(2))],
      ['two weeks from monday', nine(c.plus(c.weekday(MON), 14))],
      ['5 days before christmas', nine(d(2027, 12, 20))],
      ["the day before new year's eve", nine(d(2027, 12, 30))],
      ['in 7 days', c.at(c.day(7), 7, 50)],
      ['sunday at 1:30', c.at(c.weekday(SUN), 13, 30)],
      ['tomorrow at lunchtime', c.at(c.day(1), 13)],
      ['at dinner time on friday', c.at(c.weekday(FRI), 20)],
      ['at breakfast tomorrow', c.at(c.day(1), 8)],
      ['on 4/5', nine(d(2027, 5, 4))],
      ['in the evening', c.at(c.today, 19)],
    ];
  }),
];
