import type { Family } from './calendar.js';
import { FRI, SAT, THU, TUE } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 10: an evening in Rome two days after summer time began (Easter ahead), a
 * Saturday morning in London at the end of September; labelled before running the rules: Tuesday 28 March 2028
 * 19:30 CEST, Saturday 30 September 2028 10:20 BST.
 */
export const corpus22Round10: readonly Family[] = [
  wrapped22('b22-r10-roma-marzo', 'it', '2028-03-28T19:30:00+02:00', 'Europe/Rome', (c) => [
    // "stasera" said after 19:00 is 21:00 (contract)
    ['stasera', c.at(c.today, 21)],
    ["fra 3 quarti d'ora", c.inMinutes(45)],
    ['alle 20 e 30 di stasera', c.at(c.today, 20, 30)],
    // 8 to 12 stay as said: 08:30 is gone, tomorrow (contract)
    ['alle otto e mezza', c.at(c.day(1), 8, 30)],
    ['alle 9 di sera', c.at(c.today, 21)],
    ['domani sera alle 7 e un quarto', c.at(c.day(1), 19, 15)],
    ['il 1° aprile', d(2028, 4, 1), 'b'],
    ['il primo aprile alle 12', c.at(d(2028, 4, 1), 12)],
    ['a Pasqua', c.easter()],
    ['a Pasquetta', c.easter(1)],
    ['il 25 aprile', d(2028, 4, 25)],
    ['il 2 aprile alle 10 e 10', c.at(d(2028, 4, 2), 10, 10)],
    ['la notte di sabato', c.at(c.weekday(SAT), 22)],
    ['venerdì 31 marzo alle 18', c.at(d(2028, 3, 31), 18), 'b'],
    ['a fine aprile', d(2028, 4, 30)],
    ['fra una settimana da venerdì', c.plus(c.weekday(FRI), 7)],
    ['tre giorni dopo Pasqua', c.easter(3)],
    ['tra 10 giorni', c.at(c.day(10), 19, 30)],
    ['il 3 aprile 2028 h 8:30', c.at(d(2028, 4, 3), 8, 30)],
    ['ricordami giovedì di comprare 1 kg e mezzo di farina', c.weekday(THU), 'R'],
    ['ricordami venerdì di portare 2 foto tessera 35x45', c.weekday(FRI), 'R'],
    ['ricordami domani di chiamare lo studio al 02 1234 5678', c.day(1), 'R'],
  ]),
  wrapped22('b22-r10-london-september', 'en', '2028-09-30T10:20:00+01:00', 'Europe/London', (c) => [
    ['tomorrow', c.day(1)],
    ['on Monday the 2nd of October', d(2028, 10, 2), 'b'],
    ['on Oct 2nd at 9:45am', c.at(d(2028, 10, 2), 9, 45)],
    ['on the 2nd of Oct.', d(2028, 10, 2)],
    ['on 02.10.2028', d(2028, 10, 2)],
    ['on 2/10/28', d(2028, 10, 2), 'b'],
    ['in 36 hours', c.inMinutes(36 * 60)],
    ['in 3 and a half hours', c.inMinutes(210)],
    // the hour said decides the afternoon rule (contract): a quarter to one is 12:45
    ['at quarter to 1', c.at(c.today, 12, 45)],
    ['at twenty to three', c.at(c.today, 14, 40)],
    ['at 3:30 in the afternoon on Tuesday', c.at(c.weekday(TUE), 15, 30)],
    ['Tuesday afternoon at half past 3', c.at(c.weekday(TUE), 15, 30), 'b'],
    ['on Halloween', d(2028, 10, 31)],
    ['on the last Thursday of November', c.nth(2028, 11, THU, -1)],
    ['on Thanksgiving', c.nth(2028, 11, THU, 4)],
    ['the day after Thanksgiving', c.plus(c.nth(2028, 11, THU, 4), 1)],
    ['by the end of October', d(2028, 10, 31)],
    ['at the start of October', d(2028, 10, 1)],
    ['in the first week of October', d(2028, 10, 1)],
    ["in 10 days' time", c.at(c.day(10), 10, 20)],
    ['remind me on thursday to buy 1.5 kg of flour', c.weekday(THU), 'R'],
    ['remind me on friday to bring 2 passport photos 35x45', c.weekday(FRI), 'R'],
    ['remind me tomorrow to call the office on 020 7946 0123', c.day(1), 'R'],
  ]),
];
