import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE, WED } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 10, round 4: written and labelled before running the rules. Rome early on a Monday at the
 * start of March (numbers in words, office shorthand "p.v.", "c.m."); Los Angeles late on the Sunday
 * the clocks went back (7 November 2027).
 */
export const corpus10Round4: readonly Family[] = [
  wrapped('b10-r4-roma', 'it', '2027-03-01T07:15:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['martedì 14 marzo 2028', nine(d(2028, 3, 14))],
      ['il 14-03-2028', nine(d(2028, 3, 14))],
      ['il 14/3/28 alle 10', c.at(d(2028, 3, 14), 10)],
      ['il quattordici marzo', nine(d(2027, 3, 14))],
      ['il trentuno dicembre alle ventitré', c.at(d(2027, 12, 31), 23)],
      ['alle ventuno e trenta', c.at(c.today, 21, 30)],
      ['alle diciannove e quarantacinque', c.at(c.today, 19, 45)],
      ['alle 5 del mattino', c.next(5)],
      ['domattina alle 7 e mezza', c.at(c.day(1), 7, 30)],
      ['dopodomani sera', c.at(c.day(2), 19)],
      ['fra due ore e mezza', c.inMinutes(150)],
      ["tra un'ora e un quarto", c.inMinutes(75)],
      ['tra 1 ora e 20 minuti', c.inMinutes(80)],
      ['il 13 alle 13', c.at(d(2027, 3, 13), 13)],
      ['mercoledì mattina alle 10 e un quarto', c.at(c.weekday(WED), 10, 15)],
      ['sabato notte', c.at(c.weekday(SAT), 22)],
      ['a mezzanotte di venerdì', c.at(c.plus(c.weekday(FRI), 1), 0)],
      ['il lunedì di Pasqua', nine(c.easter(1))],
      ['il mese prossimo', nine(d(2027, 4, 1))],
      ['a metà aprile', nine(d(2027, 4, 15))],
      ['nel fine settimana', nine(c.weekday(SAT))],
      ['oggi pomeriggio alle 4', c.at(c.today, 16)],
      ['stamattina alle 11', c.at(c.today, 11)],
      ['ore 8:00', c.at(c.today, 8)],
      ['alle 14:00:00', c.at(c.today, 14)],
      ['giovedì p.v.', nine(c.weekday(THU))],
      ['il 5 c.m.', nine(d(2027, 3, 5))],
      ["fra mezz'ora", c.inMinutes(30)],
      ['alle 6 meno 10 di sera', c.at(c.today, 17, 50)],
      ['il giorno di San Giuseppe', nine(d(2027, 3, 19))],
      ['per la festa del papà alle 12', c.at(d(2027, 3, 19), 12)],
    ];
  }),
  wrapped('b10-r4-los-angeles', 'en', '2027-11-07T22:30:00-08:00', 'America/Los_Angeles', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['Wednesday, 15th of March 2028', nine(d(2028, 3, 15))],
      ['15 Mar 2028', nine(d(2028, 3, 15))],
      ['2028/03/15 at 10am', c.at(d(2028, 3, 15), 10)],
      ['at 3 in the morning', c.at(c.day(1), 3)],
      ['quarter past 3 tomorrow afternoon', c.at(c.day(1), 15, 15)],
      ['tomorrow at 9:30 in the morning', c.at(c.day(1), 9, 30)],
      ['after lunch on tuesday', c.at(c.weekday(TUE), 14)],
      ['in two and a half hours', c.inMinutes(150)],
      ['half an hour from now', c.inMinutes(30)],
      ['20 mins from now', c.inMinutes(20)],
      ['an hour from now', c.inMinutes(60)],
      ['on monday next', nine(c.weekday(MON))],
      ['monday week', nine(c.plus(c.weekday(MON), 7))],
      ['tomorrow week', nine(c.day(8))],
      ['sat the 13th', nine(d(2027, 11, 13))],
      ['at 10 on the 10th', c.at(d(2027, 11, 10), 10)],
      ['seven thirty pm', c.next(19, 30)],
      ['7.30pm on thursday', c.at(c.weekday(THU), 19, 30)],
      ['quarter past midnight', c.at(c.day(1), 0, 15)],
      ['noon on saturday', c.at(c.weekday(SAT), 12)],
      ['friday at midnight', c.at(c.plus(c.weekday(FRI), 1), 0)],
      ['on the night of the 15th', c.at(d(2027, 11, 15), 22)],
      ['the evening of march 3rd', c.at(d(2028, 3, 3), 19)],
      ['early tomorrow morning', nine(c.day(1))],
      ['in the morning', c.next(9)],
      ['on thanksgiving day at noon', c.at(d(2027, 11, 25), 12)],
      ['the day after thanksgiving', nine(d(2027, 11, 26))],
      ['christmas day at 7am', c.at(d(2027, 12, 25), 7)],
      ["on new year's day", nine(d(2028, 1, 1))],
      ['the second sunday in may', nine(c.nth(2028, 5, SUN, 2))],
      ['in 3 months', c.at(d(2028, 2, 7), 22, 30)],
      ['in a year', c.at(d(2028, 11, 7), 22, 30)],
      ['in 36 hours', c.inMinutes(36 * 60)],
    ];
  }),
];
