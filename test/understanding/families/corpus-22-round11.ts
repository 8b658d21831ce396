import type { Family } from './calendar.js';
import { FRI, MON, TUE, WED } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 11: a summer Sunday noon in Rome, a December Thursday evening in London (the
 * holidays ahead); labelled before running the rules: Sunday 16 July 2028 12:05 CEST, Thursday 14 December 2028
 * 18:30 GMT.
 */
export const corpus22Round11: readonly Family[] = [
  wrapped22('b22-r11-roma-luglio', 'it', '2028-07-16T12:05:00+02:00', 'Europe/Rome', (c) => [
    ['oggi alle 13 e 30', c.at(c.today, 13, 30)],
    ['tra 1 giorno', c.at(c.day(1), 12, 5)],
    ['dopodomani alle 8 di mattina', c.at(c.day(2), 8)],
    // noon is gone at 12:05: tomorrow (contract)
    ['a mezzogiorno in punto', c.at(c.day(1), 12)],
    ['il 18/7 ore 18:30', c.at(d(2028, 7, 18), 18, 30), 'b'],
    ['mar 18/07', d(2028, 7, 18)],
    ['il 20 luglio, giovedì, alle 11', c.at(d(2028, 7, 20), 11)],
    // said on a Sunday, next weekend is the coming Saturday
    ['il weekend prossimo', d(2028, 7, 22)],
    ['agosto 10', d(2028, 8, 10)],
    ['il 10 agosto alle 21', c.at(d(2028, 8, 10), 21), 'b'],
    ['a Ferragosto alle 13', c.at(d(2028, 8, 15), 13)],
    ['verso le 4 del pomeriggio', c.at(c.today, 16)],
    ['nel tardo pomeriggio di martedì', c.at(c.weekday(TUE), 17)],
    ["mercoledì all'ora di pranzo", c.at(c.weekday(WED), 13)],
    ['tra un mese esatto', c.at(d(2028, 8, 16), 12, 5)],
    ['tra 2 settimane esatte', c.at(c.day(14), 12, 5)],
    ['il primo agosto', d(2028, 8, 1), 'b'],
    ['entro fine luglio', d(2028, 7, 31)],
    ['ricordami lunedì di comprare 4 pile AA da 1,5 V', c.weekday(MON), 'R'],
  ]),
  wrapped22('b22-r11-london-december', 'en', '2028-12-14T18:30:00+00:00', 'Europe/London', (c) => [
    ['at 7.45pm', c.at(c.today, 19, 45)],
    ['tonight at half 9', c.at(c.today, 21, 30)],
    ["in 2 weeks' time", c.at(c.day(14), 18, 30)],
    ['on the 21st at 10:15', c.at(d(2028, 12, 21), 10, 15), 'b'],
    ['on Christmas morning', c.at(d(2028, 12, 25), 9)],
    ['on Boxing Day at noon', c.at(d(2028, 12, 26), 12)],
    ["on New Year's Day", d(2029, 1, 1), 'b'],
    ['on 2nd Jan', d(2029, 1, 2)],
    ['on the first Monday of the new year', c.nth(2029, 1, MON, 1)],
    ['by Friday 5pm', c.at(c.weekday(FRI), 17)],
    ['Friday at 5 pm', c.at(c.weekday(FRI), 17), 'b'],
    ['first thing Monday morning', c.at(c.weekday(MON), 9)],
    ['Mon 18 Dec', d(2028, 12, 18)],
    ['18th December 2028', d(2028, 12, 18)],
    ['on 18-12-2028', d(2028, 12, 18)],
    ['at 9 in the morning on the 19th', c.at(d(2028, 12, 19), 9)],
    ['a week on Friday', c.weekday(FRI, 1)],
    ['in three days at 7 in the evening', c.at(c.day(3), 19)],
    ['remind me on monday to buy 4 AA batteries of 1.5 V', c.weekday(MON), 'R'],
  ]),
];
