import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 9: a date and its clock in every order and punctuation ("2pm Jan 10", "Mon, 10 Jan
 * 2028 14:00", "alle 14 del 10 gennaio"), clock edges ("dopo le 17", "before 9am"), parts of the day said loosely;
 * labelled before running the rules: Friday 7 January 2028 in Rome, 08:40 CET, Wednesday 5 January 2028 in London,
 * 16:55 GMT.
 */
export const corpus22Round9: readonly Family[] = [
  wrapped22('b22-r9-roma-gennaio', 'it', '2028-01-07T08:40:00+01:00', 'Europe/Rome', (c) => [
    ['alle 14 del 10 gennaio', c.at(d(2028, 1, 10), 14)],
    ['lunedì 10 gennaio 2028 alle ore 14:00', c.at(d(2028, 1, 10), 14), 'b'],
    ['il giorno 10/01/2028 alle ore 14', c.at(d(2028, 1, 10), 14)],
    ['ven 14/1 ore 9', c.at(d(2028, 1, 14), 9)],
    ['14 gen. h 9', c.at(d(2028, 1, 14), 9)],
    ['il 10.1. alle 15', c.at(d(2028, 1, 10), 15)],
    ['10/01 alle 14:00', c.at(d(2028, 1, 10), 14), 'b'],
    // a clock said after "dopo le" is its start (as a range is)
    ['oggi dopo le 17', c.at(c.today, 17)],
    // a reminder with a day fires at 09:00 that day, the deadline kept in its text (contract): the whole message, its
    // text unchecked
    ["ricordami domani prima delle 9 di pagare l'F24", c.at(c.day(1), 9), 'R'],
    ['verso sera', c.at(c.today, 19)],
    ['oggi in serata', c.at(c.today, 19)],
    ['domani di pomeriggio', c.at(c.day(1), 15)],
    ['domani di mattina presto', c.at(c.day(1), 9)],
    ['questo pomeriggio alle 4', c.at(c.today, 16)],
    ['oggi pomeriggio', c.at(c.today, 15), 'b'],
    ['alle 6 del pomeriggio', c.at(c.today, 18)],
    ["all'ora di cena", c.at(c.today, 20)],
    ['stasera dopo le 9', c.at(c.today, 21)],
    ['sabato mattina alle 10 e un quarto', c.at(c.weekday(SAT), 10, 15)],
    ['domenica 9 alle 18', c.at(d(2028, 1, 9), 18)],
    ['giovedì 13 gennaio', d(2028, 1, 13), 'b'],
    ['il 13 e non più tardi', d(2028, 1, 13)],
    ['lunedì mattina presto', c.at(c.weekday(MON), 9)],
    ['venerdì prossimo nel pomeriggio', c.at(c.weekday(FRI), 15)],
    ['tra 5 minuti esatti', c.inMinutes(5)],
    ["fra un'oretta", c.inMinutes(60)],
    ['tra una mezzoretta', c.inMinutes(30)],
    ['fra qualche giorno', c.at(c.day(2), 8, 40)],
    ['il mese prossimo', d(2028, 2, 1)],
    ['a febbraio', d(2028, 2, 1)],
    ['il 29 febbraio', d(2028, 2, 29), 'b'],
    ['a inizio marzo alle 10', c.at(d(2028, 3, 1), 10)],
    ['ricordami domani alle 9 di pagare 2 multe da 42 euro', c.at(c.day(1), 9), 'R'],
    ['ricordami giovedì di mandare il DDT n. 14/1', c.weekday(THU), 'R'],
    ['ricordami domenica di chiamare la nonna che compie 90 anni', c.weekday(SUN), 'R'],
    ['visita dal medico lunedì alle 10, codice 3 4 5', c.at(c.weekday(MON), 10), 'B'],
  ]),
  wrapped22('b22-r9-london-january', 'en', '2028-01-05T16:55:00+00:00', 'Europe/London', (c) => [
    ['2pm Jan 10', c.at(d(2028, 1, 10), 14)],
    ['on Jan 10 @ 2pm', c.at(d(2028, 1, 10), 14), 'b'],
    ['10 Jan, 2pm', c.at(d(2028, 1, 10), 14)],
    ['Mon, 10 Jan 2028 14:00', c.at(d(2028, 1, 10), 14)],
    ['on the 10th at 2pm', c.at(d(2028, 1, 10), 14)],
    ['on 10/01 at 14:00', c.at(d(2028, 1, 10), 14), 'b'],
    ['Friday 7th Jan at 11am', c.at(d(2028, 1, 7), 11)],
    // a clock said after "after" is its start (as a range is)
    ['after 5pm', c.at(c.today, 17)],
    // a reminder with a deadline alone fires at it (batch 18)
    ['before 9am tomorrow', c.at(c.day(1), 9)],
    ['tomorrow towards evening', c.at(c.day(1), 19)],
    ['around dinner time', c.at(c.today, 20)],
    ['at dinnertime tomorrow', c.at(c.day(1), 20)],
    ['tomorrow evening after 9', c.at(c.day(1), 21)],
    // a British "at the weekend" is the coming Saturday, as "the weekend"
    ['at the weekend', c.weekday(SAT)],
    ['on Saturday morning at quarter past 10', c.at(c.weekday(SAT), 10, 15)],
    ['Sunday the 9th at 6pm', c.at(d(2028, 1, 9), 18)],
    ['Thursday 6 January', d(2028, 1, 6), 'b'],
    ['first thing on Monday morning', c.at(c.weekday(MON), 9)],
    ['next Friday afternoon', c.at(c.weekday(FRI), 15)],
    ['in 5 minutes', c.inMinutes(5)],
    ['in an hour or so', c.inMinutes(60)],
    ['in half an hour', c.inMinutes(30)],
    // "a few days" is two (batch 10)
    ['in a few days', c.at(c.day(2), 16, 55)],
    ['next month', d(2028, 2, 1)],
    ['in February', d(2028, 2, 1)],
    ['on 29 February', d(2028, 2, 29), 'b'],
    ['early March at 10', c.at(d(2028, 3, 1), 10)],
    ['tonight at 8:15', c.at(c.today, 20, 15)],
    ['this evening', c.at(c.today, 19)],
    ['at 5', c.at(c.today, 17)],
    ['at 4:50', c.at(c.day(1), 16, 50)],
    ['tomorrow lunchtime', c.at(c.day(1), 13)],
    ['remind me tomorrow at 9 to pay 2 fines of 42 pounds', c.at(c.day(1), 9), 'R'],
    ['remind me on thursday to send delivery note no. 14/1', c.weekday(THU), 'R'],
    ['remind me on sunday to call grandma who turns 90', c.weekday(SUN), 'R'],
    ["doctor's appointment on monday at 10, code 3 4 5", c.at(c.weekday(MON), 10), 'B'],
  ]),
];
