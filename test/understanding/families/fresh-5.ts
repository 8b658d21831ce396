import type { Calendar, Family } from './calendar.js';
import { FRI, reminder, SAT, SUN, THU, TUE } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 5: bare time expressions written in the styles of public time-expression corpora,
 * each wrapped in a reminder, written before running the rules on them (a Thursday 11:20, Rome
 * and New York).
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
type Expression = [words: string, when: (c: Calendar) => string];

const IT: Expression[] = [
  ['lunedì 20 settembre alle 14', (c) => c.at(d(2027, 9, 20), 14)],
  ['il prossimo martedì alle 9:15', (c) => c.at(c.weekday(TUE), 9, 15)],
  ['fra 10 giorni alle 18', (c) => c.at(c.day(10), 18)],
  ['il 5 ottobre prossimo', (c) => c.at(d(2027, 10, 5), 9)],
  ['alle 16 in punto', (c) => c.at(c.today, 16)],
  ["tra un paio d'ore", (c) => c.inMinutes(120)],
  ['sabato pomeriggio alle 5', (c) => c.at(c.weekday(SAT), 17)],
  ['questo venerdì alle 19:30', (c) => c.at(c.weekday(FRI), 19, 30)],
  ['il 30 settembre alle 8 di mattina', (c) => c.at(d(2027, 9, 30), 8)],
  ['domenica prossima a mezzogiorno', (c) => c.at(c.weekday(SUN), 12)],
  ["tra tre quarti d'ora", (c) => c.inMinutes(45)],
  ['il 2 novembre 2027 alle 10', (c) => c.at(d(2027, 11, 2), 10)],
  ['dopodomani verso le 6 di sera', (c) => c.at(c.day(2), 18)],
  ['mercoledì 22 alle 11 e 45', (c) => c.at(d(2027, 9, 22), 11, 45)],
  ['fra 2 mesi', (c) => c.at(d(2027, 11, 16), 11, 20)],
  ['giovedì della settimana prossima alle 15', (c) => c.at(c.weekday(THU), 15)],
  ['il 1° ottobre alle 7 e mezza di mattina', (c) => c.at(d(2027, 10, 1), 7, 30)],
  ['oggi alle 13 e 10', (c) => c.at(c.today, 13, 10)],
  ['a fine mese alle 17', (c) => c.at(d(2027, 9, 30), 17)],
  ['tra una settimana da oggi alle 9', (c) => c.at(c.day(7), 9)],
];
const EN: Expression[] = [
  ['monday september 20 at 2pm', (c) => c.at(d(2027, 9, 20), 14)],
  ['this coming tuesday at 9:15am', (c) => c.at(c.weekday(TUE), 9, 15)],
  ['10 days from now at 6pm', (c) => c.at(c.day(10), 18)],
  ['on october 5th', (c) => c.at(d(2027, 10, 5), 9)],
  ['at 4 sharp', (c) => c.at(c.today, 16)],
  ['in a couple hours', (c) => c.inMinutes(120)],
  ['saturday afternoon at 5', (c) => c.at(c.weekday(SAT), 17)],
  ['this friday at 7:30pm', (c) => c.at(c.weekday(FRI), 19, 30)],
  ['sept 30 at 8am', (c) => c.at(d(2027, 9, 30), 8)],
  ['next sunday at noon', (c) => c.at(c.weekday(SUN), 12)],
  ['in three quarters of an hour', (c) => c.inMinutes(45)],
  ['nov 2, 2027 at 10am', (c) => c.at(d(2027, 11, 2), 10)],
  ['the day after tomorrow around 6 in the evening', (c) => c.at(c.day(2), 18)],
  ['wednesday the 22nd at 11:45', (c) => c.at(d(2027, 9, 22), 11, 45)],
  ['in 2 months', (c) => c.at(d(2027, 11, 16), 11, 20)],
  ['thursday of next week at 3pm', (c) => c.at(c.weekday(THU), 15)],
  ['october 1st at 7:30 in the morning', (c) => c.at(d(2027, 10, 1), 7, 30)],
  ['today at 1:10pm', (c) => c.at(c.today, 13, 10)],
  ['at the end of the month at 5pm', (c) => c.at(d(2027, 9, 30), 17)],
  ['a week from today at 9', (c) => c.at(c.day(7), 9)],
];

export const fresh5: readonly Family[] = [
  fresh('b5-corpus', 'it', '2027-09-16T11:20:00+02:00', 'Europe/Rome', (c) =>
    IT.map(([words, when]) => ['it', `ricordami ${words} di pagare la bolletta`, reminder(when(c))]),
  ),
  fresh('b5-corpus', 'en', '2027-09-16T11:20:00-04:00', 'America/New_York', (c) =>
    EN.map(([words, when]) => ['en', `remind me ${words} to pay the bill`, reminder(when(c))]),
  ),
];
