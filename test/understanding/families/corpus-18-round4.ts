import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, TUE, WED } from './common.js';
import { wrapped18 } from './corpus-18.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const BIWEEKLY = 'FREQ=WEEKLY;INTERVAL=2';

/**
 * Batch 18 (corpus style), round 4, labelled before running the rules: Rome late on a December Wednesday
 * before Christmas, Chicago on a June Sunday afternoon (a 30-day month).
 */
export const corpus18Round4: readonly Family[] = [
  // Wednesday 20 December 2028 in Rome, 22:10 CET.
  wrapped18('b18-r4-roma-dicembre', 'it', '2028-12-20T22:10:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['domani tra le 2 e le 3', c.at(c.day(1), 14)],
      ['dalle 17 alle 19 di venerdì', c.at(c.weekday(FRI), 17)],
      ['tra le 8 e le 9 di mattina', c.at(c.day(1), 8)],
      ['una settimana da domani', nine(c.day(8))],
      ['domani sera alla stessa ora', c.at(c.day(1), 22, 10)],
      ['stessa ora venerdì', c.at(c.weekday(FRI), 22, 10)],
      ['ogni due mercoledì', nine(c.weekday(WED)), `${BIWEEKLY};BYDAY=WE`],
      ['ogni due settimane il sabato', nine(c.weekday(SAT)), `${BIWEEKLY};BYDAY=SA`],
      ['ogni due mesi', nine(c.day(1)), 'FREQ=MONTHLY;INTERVAL=2'],
      ["il penultimo giorno dell'anno", nine(d(2028, 12, 30))],
      // 31 December 2028 is a Sunday
      ["l'ultimo giorno lavorativo dell'anno", nine(d(2028, 12, 29))],
      // 1 January 2029 is a Monday, and a holiday
      ['il primo giorno lavorativo di gennaio', nine(d(2029, 1, 2))],
      ['fra 12 ore', c.inMinutes(12 * 60)],
      ['fra alcuni minuti', c.inMinutes(2)],
      ['tra un paio di giorni alle 10', c.at(c.day(2), 10)],
      ['domattina presto', nine(c.day(1))],
      ['domani sera tardi', c.at(c.day(1), 22)],
      ['venerdì verso metà mattinata', c.at(c.weekday(FRI), 10, 30)],
      ["verso l'ora di pranzo", c.at(c.day(1), 13)],
      ["all'alba", c.at(c.day(1), 6)],
      ['il 05/01', nine(d(2029, 1, 5))],
      ['il 3 gennaio prossimo', nine(d(2029, 1, 3))],
      ['il 31 del mese', nine(d(2028, 12, 31))],
      ['2029-01-08T10:30', c.at(d(2029, 1, 8), 10, 30)],
      ['alle 23.45h', c.at(c.today, 23, 45)],
      ['ore 0645', c.at(c.day(1), 6, 45)],
      ['alle ventidue e cinquantacinque', c.at(c.today, 22, 55)],
      ['in primavera', nine(d(2029, 3, 1))],
      ["all'inizio dell'estate", nine(d(2029, 6, 1))],
      // said in winter: this winter's last day
      ['a fine inverno', nine(d(2029, 2, 28))],
      ['nel secondo trimestre', nine(d(2029, 4, 1))],
      ['il prossimo trimestre', nine(d(2029, 1, 1))],
      ['entro fine trimestre', nine(d(2028, 12, 31))],
      ['il giorno di Santo Stefano tra le 10 e le 12', c.at(d(2028, 12, 26), 10)],
    ];
  }),
  // Sunday 10 June 2029 in Chicago, 13:00 CDT.
  wrapped18('b18-r4-chicago-june', 'en', '2029-06-10T13:00:00-05:00', 'America/Chicago', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['between 2 and 4pm', c.at(c.today, 14)],
      ['from 6 to 8 tonight', c.at(c.today, 18)],
      ['between 10 and 11 tomorrow morning', c.at(c.day(1), 10)],
      ['one week from tomorrow', nine(c.day(8))],
      ['tomorrow same time', c.at(c.day(1), 13)],
      ['this time on wednesday', c.at(c.weekday(WED), 13)],
      // said on a Sunday afternoon: the first is next Sunday
      ['every other sunday', nine(c.weekday(SUN)), `${BIWEEKLY};BYDAY=SU`],
      ['biweekly on fridays', nine(c.weekday(FRI)), `${BIWEEKLY};BYDAY=FR`],
      ['every other month', nine(c.day(1)), 'FREQ=MONTHLY;INTERVAL=2'],
      // 30 June 2029 is a Saturday
      ['the last business day of the month', nine(d(2029, 6, 29))],
      // 1 July 2029 is a Sunday
      ['the first business day of next month', nine(d(2029, 7, 2))],
      ['the second-to-last thursday of june', nine(d(2029, 6, 21))],
      ['in 45 minutes from now', c.inMinutes(45)],
      ['in a couple days', c.at(c.day(2), 13)],
      ['a few hours from now', c.inMinutes(120)],
      ['in a couple of mins', c.inMinutes(2)],
      ['late tomorrow night', c.at(c.day(1), 22)],
      ['first thing monday', nine(c.weekday(MON))],
      ['by close of play', c.at(c.today, 17)],
      ['end of business monday', c.at(c.weekday(MON), 17)],
      ['mid morning on tuesday', c.at(c.weekday(TUE), 10, 30)],
      ['at lunch time tomorrow', c.at(c.day(1), 13)],
      ['at dawn', c.at(c.day(1), 6)],
      ['6/7', nine(d(2029, 7, 6))],
      ['6/17', nine(d(2029, 6, 17))],
      ['on the 1st', nine(d(2029, 7, 1))],
      // June has no 31st: July's
      ['on the 31st', nine(d(2029, 7, 31))],
      ['2029-06-12T08:15', c.at(d(2029, 6, 12), 8, 15)],
      ['at 16.30h', c.at(c.today, 16, 30)],
      ['at 2000', c.at(c.today, 20)],
      ['at seven fifty-five pm', c.at(c.today, 19, 55)],
      ['this autumn', nine(d(2029, 9, 1))],
      // said in summer: the next one
      ['next summer', nine(d(2030, 6, 1))],
      ['in Q4', nine(d(2029, 10, 1))],
      ['next quarter', nine(d(2029, 7, 1))],
      ['at the end of Q3', nine(d(2029, 9, 30))],
    ];
  }),
];
