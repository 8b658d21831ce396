import type { Family } from './calendar.js';
import { FRI, MON, SUN, THU } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 16 (corpus style), round 6: written after round 5 and labelled before running the rules (the
 * coming weekday said many ways, days of the month in words, formal Italian clocks, holidays by their
 * other names), a Wednesday before Christmas in Rome and Dublin.
 */
export const corpus16Round6: readonly Family[] = [
  // Wednesday 20 December 2028 in Rome, 16:05 CET.
  wrapped('b16-r6-roma-avvento', 'it', '2028-12-20T16:05:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['il prossimo lunedì', nine(c.weekday(MON))],
      ['lunedì che viene', nine(c.weekday(MON))],
      ['questo venerdì', nine(c.weekday(FRI))],
      ['venerdì di questa settimana', nine(c.weekday(FRI))],
      ['il 24 dicembre alle ore 18 e 30', c.at(d(2028, 12, 24), 18, 30)],
      ['il ventiquattro dicembre', nine(d(2028, 12, 24))],
      ['alle otto in punto di sera', c.at(c.today, 20)],
      ['alle 20 in punto', c.at(c.today, 20)],
      ['alle ore venti', c.at(c.today, 20)],
      ['giovedì, ore 18', c.at(c.weekday(THU), 18)],
      ['gio h 18', c.at(c.weekday(THU), 18)],
      ['fra 7 giorni', c.at(c.day(7), 16, 5)],
      ['tra otto giorni', c.at(c.day(8), 16, 5)],
      ['fra un paio di giorni', c.at(c.day(2), 16, 5)],
      ['nella giornata di domani', nine(c.day(1))],
      ['a pranzo di domenica', c.at(c.weekday(SUN), 13)],
      ['la domenica di Pasqua', nine(c.easter(0))],
      ["il lunedì dell'Angelo", nine(c.easter(1))],
      ['il giorno di Santo Stefano', nine(d(2028, 12, 26))],
      ['alla festa dei lavoratori', nine(d(2029, 5, 1))],
      ['il 2 giugno alle 10', c.at(d(2029, 6, 2), 10)],
      ['alle 17:30 di venerdì', c.at(c.weekday(FRI), 17, 30)],
      ['venerdì alle 5 e mezza', c.at(c.weekday(FRI), 17, 30)],
      ['domani alle 7 meno un quarto', c.at(c.day(1), 18, 45)],
      ['domani alle 7 meno un quarto del mattino', c.at(c.day(1), 6, 45)],
      ['alle 23 e 15', c.at(c.today, 23, 15)],
      ['alle 16 e 10', c.at(c.today, 16, 10)],
      ['alle 16 e 1', c.next(16, 1)],
      ['il 28 alle 9 e 30', c.at(d(2028, 12, 28), 9, 30)],
      ['giovedì 28 alle 21', c.at(d(2028, 12, 28), 21)],
      ['il 28/12 ore 21', c.at(d(2028, 12, 28), 21)],
      ['28.12.2028 alle 21:00', c.at(d(2028, 12, 28), 21)],
      ["tra un'ora", c.inMinutes(60)],
      ['tra 4 ore', c.inMinutes(240)],
      // midnight ends the day it is said with
      ['domani a mezzanotte', c.at(c.day(2), 0)],
      ['la sera di Natale alle 8', c.at(d(2028, 12, 25), 20)],
      ['il giorno prima della vigilia', nine(d(2028, 12, 23))],
      ['la settimana dopo Natale', nine(d(2029, 1, 1))],
      ['il primo venerdì dopo Capodanno', nine(d(2029, 1, 5))],
      // the middle of a week is its Wednesday (a convention of ours: the contract is silent)
      ['a metà della settimana prossima', nine(d(2028, 12, 27))],
    ];
  }),
  // Wednesday 20 December 2028 in Dublin, 16:05 GMT.
  wrapped('b16-r6-dublin-advent', 'en', '2028-12-20T16:05:00+00:00', 'Europe/Dublin', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['next week monday', nine(d(2028, 12, 25))],
      ['this monday coming', nine(c.weekday(MON))],
      ['the coming monday', nine(c.weekday(MON))],
      ['monday coming', nine(c.weekday(MON))],
      ['at 9 in the a.m.', c.at(c.day(1), 9)],
      ["at 4 o'clock in the afternoon", c.next(16)],
      ['at 11 am sharp', c.at(c.day(1), 11)],
      ['on the twenty-fourth of december', nine(d(2028, 12, 24))],
      ['december twenty-fourth', nine(d(2028, 12, 24))],
      ['xmas eve', nine(d(2028, 12, 24))],
      ['xmas day at noon', c.at(d(2028, 12, 25), 12)],
      ["in 7 days' time", c.at(c.day(7), 16, 5)],
      ['in eight days', c.at(c.day(8), 16, 5)],
      ['in a couple of days at 10', c.at(c.day(2), 10)],
      ['on the day after christmas at 11', c.at(d(2028, 12, 26), 11)],
      ['two days after christmas', nine(d(2028, 12, 27))],
      ['thursday at 6 in the evening', c.at(c.weekday(THU), 18)],
      ['friday at 5:30', c.at(c.weekday(FRI), 17, 30)],
      ['tomorrow at quarter to 7', c.at(c.day(1), 18, 45)],
      ['tomorrow at quarter to 7 in the morning', c.at(c.day(1), 6, 45)],
      ['at 11:15 tonight', c.at(c.today, 23, 15)],
      ['at 4:10', c.at(c.today, 16, 10)],
      ['at 4:01', c.next(16, 1)],
      ['on the 28th at 9.30', c.at(d(2028, 12, 28), 9, 30)],
      ['thursday the 28th at 9pm', c.at(d(2028, 12, 28), 21)],
      ['28/12 at 21:00', c.at(d(2028, 12, 28), 21)],
      ['28.12.2028 at 9pm', c.at(d(2028, 12, 28), 21)],
      ['in an hour', c.inMinutes(60)],
      ['in 4 hrs', c.inMinutes(240)],
      ['at midnight on christmas day', c.at(d(2028, 12, 26), 0)],
      ['christmas evening at 8', c.at(d(2028, 12, 25), 20)],
      ['the day before christmas eve', nine(d(2028, 12, 23))],
      ['the first friday after new year', nine(d(2029, 1, 5))],
      ['the first friday of the new year', nine(d(2029, 1, 5))],
      ['easter sunday', nine(c.easter(0))],
      ['easter monday', nine(c.easter(1))],
      // Ireland's name for Boxing Day
      ['on st stephens day', nine(d(2028, 12, 26))],
      ['the 2nd of january at 0930', c.at(d(2029, 1, 2), 9, 30)],
      ['2 jan 2029 9:30', c.at(d(2029, 1, 2), 9, 30)],
      ['on tuesday 2nd january', nine(d(2029, 1, 2))],
    ];
  }),
];
