import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 7: late on the day before New Year's Eve in Rome (midnight, the small hours and the
 * new year close by), and a leap day morning in Dublin; labelled before running the rules: Thursday 30 December 2027
 * 23:20 CET, Tuesday 29 February 2028 07:50 GMT.
 */
export const corpus22Round7: readonly Family[] = [
  wrapped22('b22-r7-roma-capodanno', 'it', '2027-12-30T23:20:00+01:00', 'Europe/Rome', (c) => [
    ['a mezzanotte', c.at(c.day(1), 0)],
    // "domani a mezzanotte" is 00:00 at the end of tomorrow (contract)
    ['domani a mezzanotte', c.at(c.day(2), 0)],
    ['a Capodanno alle 12', c.at(d(2028, 1, 1), 12)],
    ["il primo dell'anno", d(2028, 1, 1)],
    ["l'ultimo dell'anno alle 20", c.at(d(2027, 12, 31), 20)],
    ['tra 10 minuti', c.inMinutes(10)],
    ["tra un'ora", c.inMinutes(60)],
    ['fra 2 ore', c.inMinutes(120)],
    // the small hours of a night named today are the next calendar day (batch 10)
    ['stanotte alle 3', c.at(c.day(1), 3)],
    ["all'una di notte", c.at(c.day(1), 1)],
    ['alle 2 di notte', c.at(c.day(1), 2)],
    ['domattina alle 6', c.at(c.day(1), 6)],
    ['domani alle 11 di sera', c.at(c.day(1), 23)],
    ['il 2 gennaio', d(2028, 1, 2), 'b'],
    ['il 02/01', d(2028, 1, 2)],
    ['il 2/1/28', d(2028, 1, 2)],
    ["all'Epifania", d(2028, 1, 6)],
    ['alla Befana', d(2028, 1, 6)],
    // a day of the month gone is next month's; the weekday confirms it (contract)
    ['lunedì 3', d(2028, 1, 3)],
    ['martedì prossimo alle 9', c.at(c.weekday(TUE), 9)],
    ['la prima settimana di gennaio', d(2028, 1, 1)],
    ['a metà del mese prossimo', d(2028, 1, 15)],
    ['a fine gennaio', d(2028, 1, 31), 'b'],
    ['fra tre settimane', c.at(c.day(21), 23, 20)],
    ['tra 6 mesi', c.at(d(2028, 6, 30), 23, 20)],
    ["entro l'anno", d(2027, 12, 31)],
    ['il primo lunedì del 2028', d(2028, 1, 3)],
    ["l'ultimo venerdì di gennaio", c.nth(2028, 1, FRI, -1)],
    ['il 15 alle 8 e mezza', c.at(d(2028, 1, 15), 8, 30)],
    ['sabato 8 gennaio alle 17', c.at(d(2028, 1, 8), 17), 'b'],
    ['alle 9:00 di lunedì 10 gennaio', c.at(d(2028, 1, 10), 9)],
    ['dopodomani sera', c.at(c.day(2), 19)],
    ['domenica a pranzo', c.at(c.weekday(SUN), 13)],
    ['il 31 dicembre alle 23:59', c.at(d(2027, 12, 31), 23, 59)],
    ['nel pomeriggio di domani', c.at(c.day(1), 15)],
    // a weekday some weeks on is that weekday of the week they land in (batch 10)
    ['lunedì tra due settimane', c.weekday(MON, 1)],
    ['fra 4 giorni alle 10', c.at(c.day(4), 10)],
    ['alle 10 del 3', c.at(d(2028, 1, 3), 10)],
    ['per le 7 di domattina', c.at(c.day(1), 7)],
    ['ricordami domani di comprare 12 bottiglie di spumante', c.day(1), 'R'],
    ['ricordami il 2 gennaio di pagare la bolletta da 83,50', d(2028, 1, 2), 'R'],
    ['ricordami lunedì di rinnovare il contratto 2028-2030', c.weekday(MON), 'R'],
    ['riunione con il commercialista lunedì 3 alle 15, stanza 12', c.at(d(2028, 1, 3), 15), 'B'],
  ]),
  wrapped22('b22-r7-dublin-leap-day', 'en', '2028-02-29T07:50:00+00:00', 'Europe/Dublin', (c) => [
    ['this morning at 10', c.at(c.today, 10)],
    ['at 8 this morning', c.at(c.today, 8)],
    ['this afternoon', c.at(c.today, 15)],
    ['this evening at 6', c.at(c.today, 18)],
    ['in the afternoon', c.at(c.today, 15)],
    ['at lunchtime', c.at(c.today, 13)],
    ['by lunchtime tomorrow', c.at(c.day(1), 13)],
    ['tomorrow, 1 March, at 9', c.at(d(2028, 3, 1), 9)],
    ['on 1/3', d(2028, 3, 1)],
    ['on the 1st', d(2028, 3, 1)],
    ['on March 1st at 4:15 pm', c.at(d(2028, 3, 1), 16, 15), 'b'],
    ['on 29/2/2032', d(2032, 2, 29)],
    ['on 28 February next year', d(2029, 2, 28)],
    // months keep the clock time, as days and weeks do (ours); Ireland is on summer time by then
    ['in 3 months', c.at(d(2028, 5, 29), 7, 50)],
    ['in 6 weeks', c.at(c.day(42), 7, 50)],
    ['in 45 minutes', c.inMinutes(45)],
    ['in 2 and a half hours', c.inMinutes(150)],
    ['in a quarter of an hour', c.inMinutes(15)],
    ['in three quarters of an hour', c.inMinutes(45)],
    ['half an hour from now', c.inMinutes(30)],
    ['an hour from now', c.inMinutes(60)],
    ['the day after tomorrow at 7 in the evening', c.at(c.day(2), 19)],
    ['on the last day of March', d(2028, 3, 31)],
    ['at the end of March', d(2028, 3, 31), 'b'],
    // the first weekend of a month is its first Saturday (ours, as "the weekend" is its Saturday)
    ['the first weekend of March', c.nth(2028, 3, SAT, 1)],
    ['on Easter Monday', c.easter(1)],
    ["on Mother's Day", c.nth(2028, 5, SUN, 2)],
    ['on the 3rd Thursday in March', c.nth(2028, 3, THU, 3)],
    ['Wednesday the 8th', d(2028, 3, 8)],
    ['on Fri 10 March at 13:00', c.at(d(2028, 3, 10), 13), 'b'],
    ['next Friday at 2.30', c.at(c.weekday(FRI), 14, 30)],
    ['Friday next week', c.weekday(FRI, 1)],
    ['on Thursday of next week', c.weekday(THU, 1)],
    // British "a week tomorrow", "a week today": a week after that day, a date (as "a fortnight today")
    ['a week tomorrow', c.day(8)],
    ['a week today', c.day(7)],
    // a bare 7 is the evening (contract)
    ['at 7 tomorrow', c.at(c.day(1), 19)],
    ['at 7am tomorrow', c.at(c.day(1), 7)],
    ['at 12:30', c.at(c.today, 12, 30)],
    ['at 00:30', c.at(c.day(1), 0, 30)],
    ['at 23:00 on Sunday', c.at(c.weekday(SUN), 23)],
    ['around midday on Saturday', c.at(c.weekday(SAT), 12)],
    ['on Saturday evening around 8', c.at(c.weekday(SAT), 20)],
    ['Sunday at dawn', c.at(c.weekday(SUN), 6)],
    ['remind me tomorrow to buy 12 bottles of wine', c.day(1), 'R'],
    ['remind me on the 2nd to pay the bill of 83.50', d(2028, 3, 2), 'R'],
    ['remind me on monday to renew the 2028-2030 contract', c.weekday(MON), 'R'],
    ['meeting with the accountant on monday the 6th at 3pm, office 12', c.at(d(2028, 3, 6), 15), 'B'],
  ]),
];
