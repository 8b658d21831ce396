import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE, WED } from './common.js';
import { wrapped18 } from './corpus-18.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const BIWEEKLY = 'FREQ=WEEKLY;INTERVAL=2';

/**
 * Batch 18 (corpus style), round 2, labelled before running the rules: a Friday evening in Milan at the end
 * of November (a 30-day month), a Monday morning in New York on Valentine's Day of a leap year.
 */
export const corpus18Round2: readonly Family[] = [
  // Friday 26 November 2027 in Milan, 18:30 CET.
  wrapped18('b18-r2-milano-novembre', 'it', '2027-11-26T18:30:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['tra le 8 e le 9 di sera', c.at(c.today, 20)],
      ['lunedì dalle 3 alle 4', c.at(c.weekday(MON), 15)],
      ['dalle 10 e mezza alle 11', c.at(c.day(1), 10, 30)],
      ['fra due settimane da venerdì', nine(c.plus(c.weekday(FRI), 14))],
      ['domani a questa stessa ora', c.at(c.day(1), 18, 30)],
      ['alla stessa ora di lunedì', c.at(c.weekday(MON), 18, 30)],
      ['ogni due lunedì', nine(c.weekday(MON)), `${BIWEEKLY};BYDAY=MO`],
      ['a settimane alterne', nine(c.day(1)), BIWEEKLY],
      ['il penultimo giorno del mese', nine(d(2027, 11, 29))],
      // 30 April 2028 is a Sunday
      ["l'ultimo giorno lavorativo di aprile", nine(d(2028, 4, 28))],
      // 1 January 2028 is a Saturday (and a holiday)
      ['il primo giorno feriale di gennaio', nine(d(2028, 1, 3))],
      ['fra 72 ore', c.inMinutes(72 * 60)],
      // whole days keep the clock time (contract); "qualche" is two
      ['tra qualche giorno', c.at(c.day(2), 18, 30)],
      ['fra 100 minuti', c.inMinutes(100)],
      ['in tarda serata', c.at(c.today, 22)],
      ['lunedì di primo mattino', nine(c.weekday(MON))],
      ['domani a fine giornata', c.at(c.day(1), 17)],
      ['a metà mattinata di lunedì', c.at(c.weekday(MON), 10, 30)],
      ["verso l'ora di cena", c.at(c.today, 20)],
      ["all'alba di domenica", c.at(c.weekday(SUN), 6)],
      ['il 03/12', nine(d(2027, 12, 3))],
      ['il primo del mese che viene', nine(d(2027, 12, 1))],
      ['il 30', nine(d(2027, 11, 30))],
      ['2027-12-06T08:45', c.at(d(2027, 12, 6), 8, 45)],
      ['alle 21.15h', c.at(c.today, 21, 15)],
      ['h 0800 di lunedì', c.at(c.weekday(MON), 8)],
      ['alle venti e quarantacinque', c.at(c.today, 20, 45)],
      ["quest'inverno", nine(d(2027, 12, 1))],
      ["l'estate prossima", nine(d(2028, 6, 1))],
      ['a inizio primavera', nine(d(2028, 3, 1))],
      ['nel primo trimestre', nine(d(2028, 1, 1))],
      // a deadline as the only time of a reminder: its last day (as "entro fine mese")
      ['entro il primo trimestre', nine(d(2028, 3, 31))],
      ['tra un mese da oggi', nine(d(2027, 12, 26))],
      ['sabato prossimo tra le 10 e le 12', c.at(c.weekday(SAT), 10)],
    ];
  }),
  // Monday 14 February 2028 in New York, 07:50 EST (2028 is a leap year).
  wrapped18('b18-r2-new-york-valentine', 'en', '2028-02-14T07:50:00-05:00', 'America/New_York', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['between 2 and 4pm', c.at(c.today, 14)],
      ['from 8 to 10am', c.at(c.today, 8)],
      ['between 10 and 11 on wednesday', c.at(c.weekday(WED), 10)],
      ['anytime between 3 and 5 on friday', c.at(c.weekday(FRI), 15)],
      ['one week from today', nine(c.day(7))],
      ['same time on thursday', c.at(c.weekday(THU), 7, 50)],
      ['same time next tuesday', c.at(c.weekday(TUE), 7, 50)],
      ['every other monday', c.at(c.today, 9), `${BIWEEKLY};BYDAY=MO`],
      ['fortnightly on thursdays', nine(c.weekday(THU)), `${BIWEEKLY};BYDAY=TH`],
      ['every two weeks', c.at(c.today, 9), BIWEEKLY],
      // 30 April 2028 is a Sunday
      ['the last working day of april', nine(d(2028, 4, 28))],
      // 1 July 2028 is a Saturday
      ['the first business day of july', nine(d(2028, 7, 3))],
      ['the penultimate friday of the month', nine(c.nth(2028, 2, FRI, -2))],
      ['in 36 hrs', c.inMinutes(36 * 60)],
      ['in a few days', c.at(c.day(2), 7, 50)],
      ['in a couple of weeks', c.at(c.day(14), 7, 50)],
      ['late this evening', c.at(c.today, 22)],
      ['first thing in the morning', c.at(c.today, 9)],
      ['at close of business on friday', c.at(c.weekday(FRI), 17)],
      ['end of day', c.at(c.today, 17)],
      ['mid-morning', c.at(c.today, 10, 30)],
      ['towards lunchtime on wednesday', c.at(c.weekday(WED), 13)],
      ['at daybreak tomorrow', c.at(c.day(1), 6)],
      ['3/15', nine(d(2028, 3, 15))],
      ['15/3', nine(d(2028, 3, 15))],
      ['2/3', nine(d(2028, 3, 2))],
      ['on the 1st', nine(d(2028, 3, 1))],
      // February 2028 has 29 days: the 30th is March's
      ['the 30th', nine(d(2028, 3, 30))],
      ['2028-02-20T18:30', c.at(d(2028, 2, 20), 18, 30)],
      ['at 14.30h', c.at(c.today, 14, 30)],
      ['0745 tomorrow', c.at(c.day(1), 7, 45)],
      ['at eleven fifteen', c.at(c.today, 11, 15)],
      ['this summer', nine(d(2028, 6, 1))],
      ['in the fall', nine(d(2028, 9, 1))],
      ['Q3', nine(d(2028, 7, 1))],
      ['at the start of next quarter', nine(d(2028, 4, 1))],
      ['the end of the second quarter', nine(d(2028, 6, 30))],
    ];
  }),
];
