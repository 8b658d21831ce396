import type { Family } from './calendar.js';
import { MON, SUN, THU } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 14 (corpus style), round 7: written after round 6 and labelled before running the rules.
 */
export const corpus14Round7: readonly Family[] = [
  // Good Friday, 14 April 2028 in Rome, 17:35 CEST.
  wrapped('b14-r7-roma-venerdi-santo', 'it', '2028-04-14T17:35:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['a Pasqua alle 13', c.at(c.easter(0), 13)],
      ['il lunedì di Pasquetta', nine(c.easter(1))],
      ['dopodomani pomeriggio', c.at(c.day(2), 15)],
      ['il 18 aprile alle 9 meno un quarto', c.at(d(2028, 4, 18), 8, 45)],
      ['mar 18/4', nine(d(2028, 4, 18))],
      ['martedì 18 aprile 2028, ore 10', c.at(d(2028, 4, 18), 10)],
      ['alle 18 e trenta', c.at(c.today, 18, 30)],
      ['alle sei e mezzo di sera', c.at(c.today, 18, 30)],
      ['tra 45 min', c.inMinutes(45)],
      ['fra 1 ora e 30 minuti', c.inMinutes(90)],
      ["entro mezz'ora", c.inMinutes(30)],
      ['il 1° maggio alle 10:15', c.at(d(2028, 5, 1), 10, 15)],
      ['il primo lunedì di maggio', nine(c.nth(2028, 5, MON, 1))],
      ['la seconda domenica di maggio', nine(c.nth(2028, 5, SUN, 2))],
      ['alla festa della mamma alle 12', c.at(c.nth(2028, 5, SUN, 2), 12)],
      ['il 2 giugno alle 11', c.at(d(2028, 6, 2), 11)],
      ['fra due settimane alle 17', c.at(c.day(14), 17)],
      ['stasera a mezzanotte', c.at(c.day(1), 0)],
      // the afternoon rule covers h:mm (contract); two digits are as written
      ['domani alle 7:30', c.at(c.day(1), 19, 30)],
      ['domani alle 07:30', c.at(c.day(1), 7, 30)],
    ];
  }),
  // Wednesday 17 May 2028 in Singapore, 12:10 (+08:00).
  wrapped('b14-r7-singapore', 'en', '2028-05-17T12:10:00+08:00', 'Asia/Singapore', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['at 12:45', c.at(c.today, 12, 45)],
      ['at 1', c.at(c.today, 13)],
      ['at 7:30', c.at(c.today, 19, 30)],
      ['at 07:30 tomorrow', c.at(c.day(1), 7, 30)],
      ['on friday the 19th at 9', c.at(d(2028, 5, 19), 9)],
      ['fri may 19', nine(d(2028, 5, 19))],
      ['19 may 2028 at 15:00', c.at(d(2028, 5, 19), 15)],
      ['may 19th, 2028 at 3 pm', c.at(d(2028, 5, 19), 15)],
      ['next thursday at half two', c.at(c.weekday(THU), 14, 30)],
      ['the last sunday of may', nine(c.nth(2028, 5, SUN, -1))],
      ['the first of june', nine(d(2028, 6, 1))],
      ['june 1st at noon', c.at(d(2028, 6, 1), 12)],
      ['in 2 weeks and 3 days', c.at(c.day(17), 12, 10)],
      ['in 48 hrs', c.inMinutes(48 * 60)],
      ['in 25 minutes', c.inMinutes(25)],
      ['at the end of next month', nine(d(2028, 6, 30))],
      ['at the start of next month', nine(d(2028, 6, 1))],
      ['on halloween at 6pm', c.at(d(2028, 10, 31), 18)],
      ['tonight at midnight', c.at(c.day(1), 0)],
      ['this evening at 8:30', c.at(c.today, 20, 30)],
    ];
  }),
];
