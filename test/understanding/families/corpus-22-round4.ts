import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE, WED } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 4, English: dates across the turn of the year, clocks in every notation,
 * months and years ahead, days counted from holidays and weekdays, the edges of weeks, months and the year,
 * counted weekdays, parts of the day and numbers that are no time; labelled before running the rules: Saturday
 * 11 December 2027 in London, 08:05 GMT.
 */
export const corpus22Round4: readonly Family[] = [
  wrapped22('b22-r4-london-december', 'en', '2027-12-11T08:05:00+00:00', 'Europe/London', (c) => [
    ['on 14/12', d(2027, 12, 14)],
    ['on 14/12/2027 at 09:15', c.at(d(2027, 12, 14), 9, 15)],
    ['on 14.12.2027', d(2027, 12, 14), 'b'],
    ['on 03-01-2028', d(2028, 1, 3)],
    ['on 3 Jan 2028', d(2028, 1, 3)],
    ['on January 3rd', d(2028, 1, 3)],
    ['on the 3rd of January at 10:30', c.at(d(2028, 1, 3), 10, 30), 'b'],
    ['Dec 20th', d(2027, 12, 20)],
    ['on December the 20th', d(2027, 12, 20)],
    ['on 20 December 2027', d(2027, 12, 20)],
    ['on Monday, December 13th', d(2027, 12, 13)],
    // the number decides, the weekday confirms it (contract)
    ['on wed 15th', d(2027, 12, 15)],
    ['on the 15th at 3', c.at(d(2027, 12, 15), 15)],
    ['on 2028-01-10 at 9am', c.at(d(2028, 1, 10), 9), 'b'],
    ['on 12/1', d(2028, 1, 12)],
    // a day-month gone this year is next year's (contract)
    ['on 10/12', d(2028, 12, 10)],
    ['on the twentieth of December', d(2027, 12, 20)],
    ['on the 31st of December at 11:59pm', c.at(d(2027, 12, 31), 23, 59)],
    ["on New Year's Day at noon", c.at(d(2028, 1, 1), 12)],
    // clocks
    ['at 9:30', c.at(c.today, 9, 30)],
    ['at 9.30 a.m.', c.at(c.today, 9, 30), 'b'],
    ['at 2:45 p.m.', c.at(c.today, 14, 45)],
    ['at 1430', c.at(c.today, 14, 30)],
    ['at 14h', c.at(c.today, 14)],
    ['at twelve noon', c.at(c.today, 12)],
    ['at 12pm', c.at(c.today, 12)],
    // 12am is midnight (batch 10)
    ['at 12am', c.at(c.day(1), 0)],
    ['at a quarter past 7 tonight', c.at(c.today, 19, 15)],
    ['at 20 to 6', c.at(c.today, 17, 40)],
    // "half six" is 6:30, in the afternoon as a bare 6 is (contract: "half three" = 15:30)
    ['at half 6', c.at(c.today, 18, 30)],
    ['at 6 in the evening', c.at(c.today, 18)],
    ['tomorrow at 3 in the afternoon', c.at(c.day(1), 15)],
    ['tomorrow at 0800', c.at(c.day(1), 8)],
    ['at 10 tonight', c.at(c.today, 22)],
    // an explicit am beats the defaults; gone today, so tomorrow (contract)
    ['at 4 in the morning', c.at(c.day(1), 4)],
    ['at eleven thirty', c.at(c.today, 11, 30)],
    ['at five to nine', c.at(c.today, 8, 55)],
    ['around 7pm', c.at(c.today, 19), 'b'],
    // amounts ahead: days, weeks, months and years keep the clock time (contract; months and years ours)
    ['in 15 minutes', c.inMinutes(15)],
    ['in half an hour', c.inMinutes(30)],
    ['in 4 hrs', c.inMinutes(240)],
    ['in 5 days', c.at(c.day(5), 8, 5)],
    ['in 1 week', c.at(c.day(7), 8, 5)],
    ['in three weeks', c.at(c.day(21), 8, 5)],
    ['in 2 months', c.at(d(2028, 2, 11), 8, 5)],
    ['in a year', c.at(d(2028, 12, 11), 8, 5)],
    // offsets from a named day are dates (contract)
    ['a fortnight from Monday', c.plus(c.weekday(MON), 14)],
    ['10 days from today', c.day(10)],
    ['the day after Christmas', d(2027, 12, 26)],
    ["3 days before New Year's Eve", d(2027, 12, 28)],
    ['a week from Friday at 10', c.at(c.plus(c.weekday(FRI), 7), 10)],
    ['in 2 days at 6pm', c.at(c.day(2), 18)],
    ['a month from tomorrow', d(2028, 1, 12)],
    // the edges of weeks, months and the year
    ['next week', c.weekday(MON)],
    ['at the start of next week', c.weekday(MON)],
    ['towards the end of the month', d(2027, 12, 31)],
    ['early January', d(2028, 1, 1)],
    ['mid-January', d(2028, 1, 15), 'b'],
    // said on a Saturday, next week is the one starting the coming Monday: its Friday and Wednesday come first
    ['by the end of next week', c.weekday(FRI)],
    ['at the end of January', d(2028, 1, 31)],
    ['in the middle of next week', c.weekday(WED)],
    ['by year end', d(2027, 12, 31)],
    ['at the beginning of next year', d(2028, 1, 1)],
    // ordinal and counted weekdays
    ['on the first Friday of January', c.nth(2028, 1, FRI, 1)],
    ['on the last Sunday of the year', d(2027, 12, 26)],
    ['the third Wednesday of January at 2pm', c.at(c.nth(2028, 1, WED, 3), 14), 'b'],
    ['on the 2nd Monday of next month', c.nth(2028, 1, MON, 2)],
    ['this coming Tuesday', c.weekday(TUE)],
    // British "tuesday week" is a week after the coming Tuesday (batch 14)
    ['Tuesday week', c.weekday(TUE, 1)],
    ['the Monday after next', c.weekday(MON, 1)],
    // a day, its part and its clock
    ['tomorrow morning at 10', c.at(c.day(1), 10)],
    ['Monday at lunch', c.at(c.weekday(MON), 13)],
    ['Wednesday evening at 7.30', c.at(c.weekday(WED), 19, 30), 'b'],
    ['tonight at 11', c.at(c.today, 23)],
    ['Friday first thing', c.at(c.weekday(FRI), 9)],
    ['tomorrow night at 9', c.at(c.day(1), 21)],
    // numbers that are no time
    ['remind me on monday to buy 3 bottles of 750ml', c.weekday(MON), 'R'],
    ['remind me tomorrow to send invoice 2027/145', c.day(1), 'R'],
    ['remind me on tuesday to call extension 2130', c.weekday(TUE), 'R'],
    ['remind me on saturday to take the number 14 bus into town', c.weekday(SAT), 'R'],
    ['remind me in 20 minutes to turn the oven down to 180', c.inMinutes(20), 'R'],
    ['meeting with the supplier on thursday at 10 in room 3', c.at(c.weekday(THU), 10), 'B'],
    ['remind me on monday the 13th to send the 1099 form', d(2027, 12, 13), 'R'],
    ['remind me on sunday to water the 3 plants', c.weekday(SUN), 'R'],
  ]),
];
