import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 2, English: every written shape of a date, clocks in every notation, amounts
 * ahead (across the change to summer time), the edges of weeks and months, counted weekdays, a day with its part
 * and its clock, and numbers that are no time; labelled before running the rules: Wednesday 17 March 2027 in
 * London, 14:20 GMT (the clocks go forward on Sunday 28 March).
 */
export const corpus22Round2: readonly Family[] = [
  wrapped22('b22-r2-london-march', 'en', '2027-03-17T14:20:00+00:00', 'Europe/London', (c) => [
    // numeric dates are day first (contract)
    ['on 24/03/2027', d(2027, 3, 24)],
    ['on 24.3.27', d(2027, 3, 24), 'b'],
    ['on 24-03-2027 at 10am', c.at(d(2027, 3, 24), 10)],
    ['on 2/4', d(2027, 4, 2)],
    // a day-month gone this year is next year's (contract)
    ['on 5/3', d(2028, 3, 5)],
    ['on 5 Apr 2027', d(2027, 4, 5)],
    ['on April 5th, 2027', d(2027, 4, 5), 'b'],
    ['on the fifth of April', d(2027, 4, 5)],
    ['on 2027-04-06', d(2027, 4, 6)],
    ['on 2027-04-06 at 15:45', c.at(d(2027, 4, 6), 15, 45)],
    ['on Monday 22nd March', d(2027, 3, 22)],
    ['on Tue, 23 Mar at 11', c.at(d(2027, 3, 23), 11), 'b'],
    ['on Thursday, April 1st at 4pm', c.at(d(2027, 4, 1), 16)],
    ['on the twenty-second of March', d(2027, 3, 22)],
    ['on March 30', d(2027, 3, 30)],
    ['on Sat 27/3', d(2027, 3, 27), 'b'],
    ["on the 1st of May '27", d(2027, 5, 1)],
    ['on 31/12/27', d(2027, 12, 31), 'b'],
    ['on June 3rd 2028 at 8pm', c.at(d(2028, 6, 3), 20)],
    ['on Mar 25', d(2027, 3, 25), 'b'],
    // clocks in every notation
    ['today at 5pm', c.at(c.today, 17)],
    ['at 5.15pm', c.at(c.today, 17, 15)],
    ['at 5 15 pm', c.at(c.today, 17, 15)],
    ['at 17:15 tomorrow', c.at(c.day(1), 17, 15)],
    ['at noon tomorrow', c.at(c.day(1), 12)],
    ['at midnight', c.at(c.day(1), 0)],
    ['at half past midnight', c.at(c.day(1), 0, 30)],
    // a bare hour 1-7 is the afternoon (contract): a quarter to six is 17:45
    ['at quarter to six', c.at(c.today, 17, 45)],
    ['at ten past four', c.at(c.today, 16, 10)],
    ['tomorrow at 7 in the morning', c.at(c.day(1), 7)],
    ['tomorrow at 8 in the evening', c.at(c.day(1), 20)],
    ["at 9 o'clock sharp tomorrow", c.at(c.day(1), 9)],
    ['at 21:00', c.at(c.today, 21)],
    ['at 4 p.m. on Friday', c.at(c.weekday(FRI), 16)],
    ['at seven thirty tonight', c.at(c.today, 19, 30)],
    ['at 6ish', c.at(c.today, 18)],
    ['the day after tomorrow at 11:30am', c.at(c.day(2), 11, 30), 'b'],
    ['at 3', c.at(c.today, 15)],
    // 8 to 12 stay as said; a time gone today is tomorrow (contract)
    ['at 11', c.at(c.day(1), 11)],
    // amounts ahead: whole days and weeks keep the clock time (contract), across the change to summer time
    ['in 3 days', c.at(c.day(3), 14, 20)],
    ['in 2 weeks and 3 days', c.at(c.day(17), 14, 20)],
    // an offset from a named day is a date (contract)
    ['a week from tomorrow', c.day(8)],
    ['3 weeks from Monday', c.plus(c.weekday(MON), 21)],
    ['the day after tomorrow at noon', c.at(c.day(2), 12)],
    // a calendar month ahead keeps the clock time, as days and weeks do (ours)
    ['in a month', c.at(d(2027, 4, 17), 14, 20)],
    // a reminder said with a deadline alone fires at it (batch 18)
    ['within 48 hours', c.inMinutes(48 * 60)],
    ['in a fortnight', c.at(c.day(14), 14, 20)],
    ['in 90 minutes', c.inMinutes(90)],
    ['in an hour and a half', c.inMinutes(90)],
    ['in 10 days at 8am', c.at(c.day(10), 8)],
    // "from now" is now plus the amount, as "in" is (ours)
    ['two days from now', c.at(c.day(2), 14, 20)],
    ['in 2 hours and 15 minutes', c.inMinutes(135)],
    // the edges of weeks, months and the year (batches 14, 16)
    ['early next week', c.weekday(MON)],
    ['at the end of next month', d(2027, 4, 30)],
    ['at the beginning of May', d(2027, 5, 1)],
    ['in mid-April', d(2027, 4, 15)],
    ['mid April', d(2027, 4, 15), 'b'],
    ['by the end of the year', d(2027, 12, 31)],
    // later this week is its end, the Friday (ours, as the end of the week is)
    ['later this week', c.weekday(FRI)],
    ['at the end of the month', d(2027, 3, 31)],
    // late next week is its end, its Friday (batch 16)
    ['late next week', c.weekday(FRI, 1)],
    ['by the end of this week', c.weekday(FRI)],
    ['early April', d(2027, 4, 1), 'b'],
    // ordinal and counted weekdays (contract)
    ['on the second Tuesday of April', c.nth(2027, 4, TUE, 2)],
    ['on the last Friday of the month', d(2027, 3, 26)],
    ['on the first Monday in May at 10', c.at(c.nth(2027, 5, MON, 1), 10), 'b'],
    ['2 fridays from now', c.weekday(FRI, 1)],
    ['thursday after next', c.weekday(THU, 1)],
    ['next Tuesday', c.weekday(TUE)],
    // a day, its part and its clock
    ['tomorrow evening at 9', c.at(c.day(1), 21)],
    ['Friday afternoon at 3', c.at(c.weekday(FRI), 15)],
    ['Thursday morning at half ten', c.at(c.weekday(THU), 10, 30), 'b'],
    ['Saturday night', c.at(c.weekday(SAT), 22)],
    ['Sunday lunchtime', c.at(c.weekday(SUN), 13)],
    ['on Monday around 6 in the evening', c.at(c.weekday(MON), 18)],
    // numbers that are no time
    ['remind me tomorrow to pay 2 invoices of 15 pounds', c.day(1), 'R'],
    ['remind me on friday to call 07700 900123', c.weekday(FRI), 'R'],
    ['remind me on thursday to renew policy no. 12/2025', c.weekday(THU), 'R'],
    ['remind me on monday to book room 2 for 10 people', c.weekday(MON), 'R'],
    ['remind me tomorrow to read chapter 5.3', c.day(1), 'R'],
    ['remind me in 2 hours to order 4 pizzas', c.inMinutes(120), 'R'],
    ['dentist appointment on friday at 11, 15 High Street', c.at(c.weekday(FRI), 11), 'B'],
    ['remind me on wednesday to file the 2026 tax return', c.weekday(3), 'R'],
  ]),
];
