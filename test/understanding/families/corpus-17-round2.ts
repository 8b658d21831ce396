import type { Family } from './calendar.js';
import { MON, SAT, SUN, TUE } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 17 (corpus style), round 2: written after round 1 and labelled before running the rules (clocks
 * with no separator or a comma, weekdays with dates that agree or not, after dinner, the first week of a
 * month, hours and minutes across the turn of the year and a clock change): New Year's Eve late evening in
 * Rome, the Saturday night before the clocks go forward in New York.
 */
export const corpus17Round2: readonly Family[] = [
  // Sunday 31 December 2028 in Rome, 22:15 CET.
  wrapped('b17-r2-roma-san-silvestro', 'it', '2028-12-31T22:15:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['lunedì 8 gennaio alle 9 e un quarto', c.at(d(2029, 1, 8), 9, 15)],
      // the number decides, the weekday only confirms it (contract)
      ['martedì 8 gennaio', nine(d(2029, 1, 8))],
      ['alle 1830 di martedì', c.at(c.weekday(TUE), 18, 30)],
      ['h 8,15 di domani', c.at(c.day(1), 8, 15)],
      ['domani alle ore 10,30', c.at(c.day(1), 10, 30)],
      ["a capodanno all'ora di pranzo", c.at(d(2029, 1, 1), 13)],
      ['la prima settimana di febbraio', nine(d(2029, 2, 1))],
      ["l'ultimo giorno di gennaio", nine(d(2029, 1, 31))],
      ['tra un paio di settimane', c.at(c.day(14), 22, 15)],
      ['tra 40 minuti', c.inMinutes(40)],
      // midnight ends the day it is said with
      ['a mezzanotte', c.at(c.day(1), 0)],
      ['allo scoccare della mezzanotte', c.at(c.day(1), 0)],
      ['dopodomani dopo cena', c.at(c.day(2), 21)],
      ['domani sera dopo cena', c.at(c.day(1), 21)],
      ['il 2 alle 15', c.at(d(2029, 1, 2), 15)],
      ['venerdì 5 alle 4 e mezza', c.at(d(2029, 1, 5), 16, 30)],
      ['giovedì 4 gennaio 2029 alle 11', c.at(d(2029, 1, 4), 11)],
      ['la mattina del primo gennaio', nine(d(2029, 1, 1))],
      ['lunedì della settimana dopo la prossima', nine(c.weekday(MON, 1))],
      ["fra un'ora e un quarto", c.inMinutes(75)],
      ['fra 2 ore e 45', c.inMinutes(165)],
      ['alle 23 e 59', c.at(c.today, 23, 59)],
      ['alle 11 meno 5 di stasera', c.at(c.today, 22, 55)],
      ['domani alle 12 in punto', c.at(c.day(1), 12)],
      ['il 6 gennaio a mezzogiorno', c.at(d(2029, 1, 6), 12)],
      ["all'Epifania alle 10", c.at(d(2029, 1, 6), 10)],
      ['domani verso le 930', c.at(c.day(1), 9, 30)],
      ['ore 0930 di martedì', c.at(c.weekday(TUE), 9, 30)],
      ['sabato 6 alle 20', c.at(d(2029, 1, 6), 20)],
      ['mercoledì 3 gennaio di sera', c.at(d(2029, 1, 3), 19)],
      ['tra 10 giorni alle 9', c.at(c.day(10), 9)],
      // "lunedì prossimo" is the coming Monday (contract): tomorrow, New Year's Day
      ['lunedì prossimo alle 930', c.at(d(2029, 1, 1), 9, 30)],
      ['il weekend dopo il prossimo', nine(c.weekday(SAT, 1))],
      ['domenica prossima alle 1745', c.at(c.weekday(SUN), 17, 45)],
      ['la sera del 2 gennaio', c.at(d(2029, 1, 2), 19)],
      ['il pomeriggio del 3', c.at(d(2029, 1, 3), 15)],
      ["tra mezz'ora esatta", c.inMinutes(30)],
      ['tra 3 settimane alle 8 di mattina', c.at(c.day(21), 8)],
      ["il 1° febbraio all'ora di cena", c.at(d(2029, 2, 1), 20)],
      ['la prima settimana del mese prossimo', nine(d(2029, 1, 1))],
    ];
  }),
  // Saturday 11 March 2028 in New York, 21:30 EST; the clocks go forward at 2:00 tomorrow.
  wrapped('b17-r2-new-york-spring-forward', 'en', '2028-03-11T21:30:00-05:00', 'America/New_York', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['tomorrow at 930', c.at(c.day(1), 9, 30)],
      ['at 1015 tomorrow', c.at(c.day(1), 10, 15)],
      ['at 230 tomorrow afternoon', c.at(c.day(1), 14, 30)],
      ['sunday the 12th at noon', c.at(d(2028, 3, 12), 12)],
      // the number decides, the weekday only confirms it (contract)
      ['monday the 12th', nine(d(2028, 3, 12))],
      ['tuesday the 14th at 4', c.at(d(2028, 3, 14), 16)],
      ['4pm on the 15th', c.at(d(2028, 3, 15), 16)],
      // hours are elapsed time across the clock change (contract)
      ['in 6 hours', c.inMinutes(360)],
      ['in 5 and a half hours', c.inMinutes(330)],
      ['the first week of next month', nine(d(2028, 4, 1))],
      ['the last day of march', nine(d(2028, 3, 31))],
      ['after dinner tomorrow', c.at(c.day(1), 21)],
      ['same time next week', c.at(c.day(7), 21, 30)],
      ['at ten fifteen tomorrow morning', c.at(c.day(1), 10, 15)],
      ['at 7 tomorrow morning', c.at(c.day(1), 7)],
      ['at 3am tomorrow', c.at(c.day(1), 3)],
      ['monday at 930am', c.at(c.weekday(MON), 9, 30)],
      ['on the 20th at 1430', c.at(d(2028, 3, 20), 14, 30)],
      ['wednesday 15 march at 8 pm', c.at(d(2028, 3, 15), 20)],
      ['thursday, march 16th', nine(d(2028, 3, 16))],
      ['on thu the 16th at 11', c.at(d(2028, 3, 16), 11)],
      ['in two weeks at 10am', c.at(c.day(14), 10)],
      ['two weeks from tomorrow', nine(c.day(15))],
      ['tomorrow around lunchtime', c.at(c.day(1), 13)],
      ['sunday after lunch', c.at(c.weekday(SUN), 14)],
      ['at 1am', c.next(1)],
      ['at midnight', c.at(c.day(1), 0)],
      ['monday evening around 7', c.at(c.weekday(MON), 19)],
      ['at 6 on monday evening', c.at(c.weekday(MON), 18)],
      ['in 90 mins', c.inMinutes(90)],
      ['in an hour and 15 minutes', c.inMinutes(75)],
      ['at twenty to 10 tomorrow', c.at(c.day(1), 9, 40)],
      ['at 5 to 9 on tuesday', c.at(c.weekday(TUE), 8, 55)],
      ['tue 14th at 0930', c.at(d(2028, 3, 14), 9, 30)],
      ['the day after tomorrow at 930', c.at(c.day(2), 9, 30)],
      ['on the morning of the 13th', nine(d(2028, 3, 13))],
      ['next saturday at 9:30pm', c.at(c.weekday(SAT), 21, 30)],
      ['the weekend after next', nine(c.weekday(SAT, 1))],
      ['on the 1st of april at 1545', c.at(d(2028, 4, 1), 15, 45)],
      ['sunday at 1130', c.at(c.weekday(SUN), 11, 30)],
    ];
  }),
];
