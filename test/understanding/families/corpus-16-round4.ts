import type { Family } from './calendar.js';
import { MON, SAT, WED } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 16 (corpus style), round 4: written after round 3's fixes and labelled before running the rules
 * (capitals, "h"/"hrs" after a dotted clock, "p.v." with a month, ordinal words of a day, a comma between
 * weekday and date, parts of the day of a holiday, days and hours added), both said at noon.
 */
export const corpus16Round4: readonly Family[] = [
  // Monday 4 December 2028 in Rome, 12:00 CET.
  wrapped('b16-r4-roma-dicembre', 'it', '2028-12-04T12:00:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['Domani Alle 17', c.at(c.day(1), 17)],
      ['DOMANI ALLE 9', c.at(c.day(1), 9)],
      ['alle 17.00h', c.at(c.today, 17)],
      ['h. 17', c.at(c.today, 17)],
      ['ore 17:00', c.at(c.today, 17)],
      ['alle h 18', c.at(c.today, 18)],
      ['per le 18', c.at(c.today, 18)],
      ['sabato prossimo, ore 10', c.at(c.weekday(SAT), 10)],
      ['il 3 gennaio p.v. alle 11', c.at(d(2029, 1, 3), 11)],
      ['ven 8 dic', nine(d(2028, 12, 8))],
      ['venerdì 8 dicembre 2028', nine(d(2028, 12, 8))],
      ['lunedì 11/12/2028 ore 9:30', c.at(d(2028, 12, 11), 9, 30)],
      ['11 dicembre alle nove e mezza', c.at(d(2028, 12, 11), 9, 30)],
      ['alle nove e mezzo di sera', c.at(c.today, 21, 30)],
      ['alle 21.30h', c.at(c.today, 21, 30)],
      ['alle 9 di sera', c.at(c.today, 21)],
      ['verso le 21', c.at(c.today, 21)],
      ['dopo le 18', c.at(c.today, 18)],
      ['dopodomani alle 12 e 30', c.at(c.day(2), 12, 30)],
      ['mercoledì a mezzogiorno', c.at(c.weekday(WED), 12)],
      ['tra 2 giorni a pranzo', c.at(c.day(2), 13)],
      ['oggi pomeriggio', c.at(c.today, 15)],
      ['questo pomeriggio alle 4', c.at(c.today, 16)],
      ['oggi alle 12 e 45', c.at(c.today, 12, 45)],
      ['fra 1 ora', c.inMinutes(60)],
      ["tra 3 quarti d'ora", c.inMinutes(45)],
      ['fra venti minuti', c.inMinutes(20)],
      // whole days keep the clock time, hours are elapsed (batch 14)
      ['tra 2 giorni e 4 ore', c.at(c.day(2), 16)],
      ['il 18', nine(d(2028, 12, 18))],
      ['il diciotto alle 18', c.at(d(2028, 12, 18), 18)],
      ['lunedì 18', nine(d(2028, 12, 18))],
      ['il terzo lunedì del mese', nine(c.nth(2028, 12, MON, 3))],
      ['a Natale', nine(d(2028, 12, 25))],
      ['la mattina di Natale', nine(d(2028, 12, 25))],
      ['la sera della vigilia', c.at(d(2028, 12, 24), 19)],
      ['il pomeriggio di Santo Stefano', c.at(d(2028, 12, 26), 15)],
      ['a capodanno a mezzogiorno', c.at(d(2029, 1, 1), 12)],
      ['la befana', nine(d(2029, 1, 6))],
      ['fine anno', nine(d(2028, 12, 31))],
      ["l'ultimo giorno del mese prossimo", nine(d(2029, 1, 31))],
      ['a metà gennaio alle 15', c.at(d(2029, 1, 15), 15)],
    ];
  }),
  // Monday 4 December 2028 in New York, 12:00 EST.
  wrapped('b16-r4-new-york-december', 'en', '2028-12-04T12:00:00-05:00', 'America/New_York', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['5PM tomorrow', c.at(c.day(1), 17)],
      ['Tomorrow At 5 PM', c.at(c.day(1), 17)],
      ['TOMORROW 9AM', c.at(c.day(1), 9)],
      ['at 5 p.m', c.at(c.today, 17)],
      ['17.00 hrs', c.at(c.today, 17)],
      ['1700h', c.at(c.today, 17)],
      ['after 6pm', c.at(c.today, 18)],
      ['on Fri, Dec 8', nine(d(2028, 12, 8))],
      ['Friday, 8 December 2028', nine(d(2028, 12, 8))],
      ['Fri 8th Dec @ 10', c.at(d(2028, 12, 8), 10)],
      ['8th of Dec', nine(d(2028, 12, 8))],
      ['the eighth of december', nine(d(2028, 12, 8))],
      ['december the eighth', nine(d(2028, 12, 8))],
      ['dec 8th, 10am', c.at(d(2028, 12, 8), 10)],
      ['10am dec 8', c.at(d(2028, 12, 8), 10)],
      ['at 10 on the 8th of december', c.at(d(2028, 12, 8), 10)],
      ['on monday the 11th at 9:30', c.at(d(2028, 12, 11), 9, 30)],
      ['11/12/2028 9:30am', c.at(d(2028, 12, 11), 9, 30)],
      ['at nine thirty in the evening', c.at(c.today, 21, 30)],
      ['at 9:30 tonight', c.at(c.today, 21, 30)],
      ['around 9 in the evening', c.at(c.today, 21)],
      ['day after tomorrow at 12:30', c.at(c.day(2), 12, 30)],
      ['wednesday at noon', c.at(c.weekday(WED), 12)],
      ['in 2 days at lunch', c.at(c.day(2), 13)],
      ['this afternoon', c.at(c.today, 15)],
      ['this afternoon at 4', c.at(c.today, 16)],
      ['today at 12:45', c.at(c.today, 12, 45)],
      ['in 1 hour', c.inMinutes(60)],
      ['in three quarters of an hour', c.inMinutes(45)],
      ['in twenty minutes', c.inMinutes(20)],
      ['in 2 days and 4 hours', c.at(c.day(2), 16)],
      ['on the 18th', nine(d(2028, 12, 18))],
      ['the eighteenth at 6pm', c.at(d(2028, 12, 18), 18)],
      ['monday the 18th', nine(d(2028, 12, 18))],
      ['the third monday of the month', nine(c.nth(2028, 12, MON, 3))],
      ['on christmas', nine(d(2028, 12, 25))],
      ['christmas morning at 7', c.at(d(2028, 12, 25), 7)],
      ['on christmas eve in the evening', c.at(d(2028, 12, 24), 19)],
      ["new year's day at 11", c.at(d(2029, 1, 1), 11)],
      ['the last day of next month', nine(d(2029, 1, 31))],
      ['mid-january at 3pm', c.at(d(2029, 1, 15), 15)],
    ];
  }),
];
