import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE } from './common.js';
import { wrapped18 } from './corpus-18.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const BIWEEKLY = 'FREQ=WEEKLY;INTERVAL=2';

/**
 * Batch 18 (corpus style), round 1: kinds batches 10-17 covered least (ranges said as a start, the same time
 * another day, every other week, business days, seasons, quarters, "a few", dawn, close of play, month-first
 * dates only where day-first is impossible), labelled before running the rules: a Tuesday morning in Rome in
 * April (a 30-day month), the last day of September in London (a quarter ends today).
 */
export const corpus18Round1: readonly Family[] = [
  // Tuesday 13 April 2027 in Rome, 08:15 CEST.
  wrapped18('b18-r1-roma-aprile', 'it', '2027-04-13T08:15:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      // a range is its start (batch 16); a bare 3 is afternoon (contract)
      ['tra le 3 e le 5', c.at(c.today, 15)],
      ['giovedì tra le 14 e le 16', c.at(c.weekday(THU), 14)],
      ['dalle 9 alle 11', c.at(c.today, 9)],
      // an offset from a named day is a date (contract): 09:00
      ['fra una settimana da oggi', nine(c.day(7))],
      ['domani alla stessa ora', c.at(c.day(1), 8, 15)],
      ['stessa ora dopodomani', c.at(c.day(2), 8, 15)],
      // a recurrence starts at the first matching instant after now, today included (contract)
      ['ogni due settimane', c.at(c.today, 9), BIWEEKLY],
      ['un martedì sì e uno no', c.at(c.today, 9), `${BIWEEKLY};BYDAY=TU`],
      ['il penultimo venerdì del mese', nine(d(2027, 4, 23))],
      // a business day is Monday to Friday, never a public holiday (ours): 31 July is a Saturday
      ["l'ultimo giorno lavorativo di luglio", nine(d(2027, 7, 30))],
      // 1 May is a Saturday and a holiday
      ['il primo giorno lavorativo del mese prossimo', nine(d(2027, 5, 3))],
      ['fra 36 ore', c.inMinutes(36 * 60)],
      // "qualche" is two, as "qualche giorno prima" is (contract)
      ['tra qualche minuto', c.inMinutes(2)],
      ['fra un paio di settimane', c.at(c.day(14), 8, 15)],
      ['tra qualche ora', c.inMinutes(120)],
      // mid-morning is 10:30 (ours: between the morning's 9 and the late morning's 11)
      ['verso metà mattina', c.at(c.today, 10, 30)],
      ["verso l'ora di pranzo", c.at(c.today, 13)],
      // dawn is 06:00 (ours)
      ["domani all'alba", c.at(c.day(1), 6)],
      ['il 12/05', nine(d(2027, 5, 12))],
      ['il 3 del mese successivo', nine(d(2027, 5, 3))],
      // April has no 31st: the next month that has one (ours, as a day gone is next month's)
      ['il 31', nine(d(2027, 5, 31))],
      ['2027-05-05T14:00', c.at(d(2027, 5, 5), 14)],
      ['alle 14.30h', c.at(c.today, 14, 30)],
      ['domani h 0715', c.at(c.day(1), 7, 15)],
      ['alle quattordici e quarantacinque', c.at(c.today, 14, 45)],
      // a season is its first day, meteorological (ours): summer 1 June, spring 1 March
      ['in estate', nine(d(2027, 6, 1))],
      ['la primavera prossima', nine(d(2028, 3, 1))],
      // a quarter is its first day; its end the last day of it (ours)
      ['nel quarto trimestre', nine(d(2027, 10, 1))],
      ['a fine trimestre', nine(d(2027, 6, 30))],
      ['tra tre settimane da lunedì', nine(c.plus(c.weekday(MON), 21))],
      // late tonight is the night, 22:00 (ours)
      ['stasera tardi', c.at(c.today, 22)],
      // early morning is the morning (batch 16 IT)
      ['sabato mattina presto', nine(c.weekday(SAT))],
      ['alle 3 e mezza del pomeriggio di venerdì prossimo', c.at(c.weekday(FRI), 15, 30)],
      ["il ventotto aprile all'alba", c.at(d(2027, 4, 28), 6)],
    ];
  }),
  // Thursday 30 September 2027 in London, 16:40 BST: the third quarter ends today.
  wrapped18('b18-r1-london-quarter-end', 'en', '2027-09-30T16:40:00+01:00', 'Europe/London', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      // the pm said after the end of a range is the start's too
      ['between 2 and 4pm tomorrow', c.at(c.day(1), 14)],
      ['between 5 and 7', c.at(c.today, 17)],
      ['from 9 to 11', c.at(c.day(1), 9)],
      ['from 11 to 1 on monday', c.at(c.weekday(MON), 11)],
      ['two days from tomorrow', nine(c.day(3))],
      ['same time tomorrow', c.at(c.day(1), 16, 40)],
      ['this time on friday', c.at(c.weekday(FRI), 16, 40)],
      ['the day after tomorrow first thing', nine(c.day(2))],
      ['every other tuesday', nine(c.weekday(TUE)), `${BIWEEKLY};BYDAY=TU`],
      ['biweekly', nine(c.day(1)), BIWEEKLY],
      ['every second friday', nine(c.weekday(FRI)), `${BIWEEKLY};BYDAY=FR`],
      // 31 October 2027 is a Sunday
      ['the last business day of next month', nine(d(2027, 10, 29))],
      // 1 October 2028 is a Sunday
      ['the first business day of october 2028', nine(d(2028, 10, 2))],
      ['the second to last friday of october', nine(c.nth(2027, 10, FRI, -2))],
      ['in 90 mins', c.inMinutes(90)],
      ['in 48 hrs', c.inMinutes(48 * 60)],
      // "a few" is two, as "a few days" is (batch 10)
      ['in a few hours', c.inMinutes(120)],
      ['in a few minutes', c.inMinutes(2)],
      ['late tonight', c.at(c.today, 22)],
      ['first thing on saturday', nine(c.weekday(SAT))],
      // close of play / business is 17:00 (ours)
      ['at close of play', c.at(c.today, 17)],
      ['end of business tomorrow', c.at(c.day(1), 17)],
      ['mid-morning tomorrow', c.at(c.day(1), 10, 30)],
      ['at dawn on sunday', c.at(c.weekday(SUN), 6)],
      // day first (contract); month first only where day first is impossible (ours)
      ['12/10', nine(d(2027, 10, 12))],
      ['10/25', nine(d(2027, 10, 25))],
      ['the 3rd of next month', nine(d(2027, 10, 3))],
      ['on the 31st', nine(d(2027, 10, 31))],
      ['2027-10-05T14:00', c.at(d(2027, 10, 5), 14)],
      ['0930 tomorrow', c.at(c.day(1), 9, 30)],
      ['at nine forty-five tomorrow', c.at(c.day(1), 9, 45)],
      ['this winter', nine(d(2027, 12, 1))],
      ['next spring', nine(d(2028, 3, 1))],
      // the third quarter is ending: Q1 is next year's
      ['in Q1', nine(d(2028, 1, 1))],
      ['next quarter', nine(d(2027, 10, 1))],
      ['at the end of Q4', nine(d(2027, 12, 31))],
    ];
  }),
];
