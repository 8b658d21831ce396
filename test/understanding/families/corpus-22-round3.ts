import type { Family } from './calendar.js';
import { MON, SAT, SUN, THU, TUE } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 3, Italian: more date shapes (words for the year, "il giorno 8", month first),
 * clocks near midnight, elapsed hours across the end of summer time, months and years ahead, days counted from
 * holidays, counted weekdays, parts of the day and numbers that are no time; labelled before running the rules:
 * Friday 29 October 2027 in Rome, 18:45 CEST (the clocks go back on Sunday 31 October; Monday is Ognissanti).
 */
export const corpus22Round3: readonly Family[] = [
  wrapped22('b22-r3-roma-ottobre', 'it', '2027-10-29T18:45:00+02:00', 'Europe/Rome', (c) => [
    ['il 02/11/2027 alle 9:00', c.at(d(2027, 11, 2), 9)],
    ['il 2.11.2027 ore 15', c.at(d(2027, 11, 2), 15), 'b'],
    ['il 2-11', d(2027, 11, 2)],
    ['il 05/11/27 h 10', c.at(d(2027, 11, 5), 10)],
    ['il giorno 8 novembre', d(2027, 11, 8)],
    ["l'11 nov.", d(2027, 11, 11)],
    ['novembre 12 alle 10', c.at(d(2027, 11, 12), 10)],
    ['il 12 di novembre', d(2027, 11, 12)],
    ['il dodici novembre duemilaventisette', d(2027, 11, 12)],
    ['martedì 2 novembre alle 8 e 30', c.at(d(2027, 11, 2), 8, 30)],
    ['ven. 5 nov', d(2027, 11, 5), 'b'],
    ['il 3 novembre del 2027', d(2027, 11, 3)],
    ['il 25/12', d(2027, 12, 25)],
    // a day-month gone this year is next year's (contract)
    ['il 10 ottobre', d(2028, 10, 10)],
    ['nel pomeriggio del 4 novembre', c.at(d(2027, 11, 4), 15)],
    // a day of the month gone is next month's (contract)
    ['la sera del 6', c.at(d(2027, 11, 6), 19)],
    ['il 30 alle 10', c.at(d(2027, 10, 30), 10)],
    ['il 2027/11/15', d(2027, 11, 15)],
    ['il 15 novembre, ore 16.30', c.at(d(2027, 11, 15), 16, 30)],
    // clocks
    ['alle 20', c.at(c.today, 20)],
    ['alle otto di sera', c.at(c.today, 20)],
    ['alle 19 e 45', c.at(c.today, 19, 45)],
    // the hour said decides the afternoon rule (contract: "alle otto meno tre minuti" = 7:57): 07:45, gone, tomorrow
    ['alle otto meno un quarto', c.at(c.day(1), 7, 45)],
    ['alle 23:59', c.at(c.today, 23, 59)],
    ['stasera a mezzanotte', c.at(c.day(1), 0)],
    // midnight less a quarter is 23:45 tonight (ours, as "mezzogiorno meno un quarto" is 11:45)
    ['a mezzanotte meno un quarto', c.at(c.today, 23, 45)],
    ['domani alle 12 e un quarto', c.at(c.day(1), 12, 15)],
    ['domani alle 6 del mattino', c.at(c.day(1), 6)],
    ['domattina alle 7 e mezza', c.at(c.day(1), 7, 30)],
    ['domani verso mezzogiorno', c.at(c.day(1), 12)],
    ['alle 21 circa', c.at(c.today, 21)],
    ['domani alle 9 di sera', c.at(c.day(1), 21)],
    ['stasera alle 10', c.at(c.today, 22)],
    // Sunday the clocks go back: 14:30 is winter time
    ['domenica alle 2 e mezza', c.at(c.weekday(SUN), 14, 30)],
    // amounts ahead: hours are elapsed time across the change, days keep the clock time (contract)
    ["tra un quarto d'ora", c.inMinutes(15)],
    ['fra 5 minuti', c.inMinutes(5)],
    ["tra un'ora e mezza", c.inMinutes(90)],
    ['fra 3 ore', c.inMinutes(180)],
    ['tra 48 ore', c.inMinutes(48 * 60)],
    ['tra 2 giorni', c.at(c.day(2), 18, 45)],
    ['fra 3 settimane', c.at(c.day(21), 18, 45)],
    // calendar months and years keep the clock time, as days and weeks do (ours)
    ['tra un mese e 2 giorni', c.at(d(2027, 12, 1), 18, 45)],
    ['tra un anno', c.at(d(2028, 10, 29), 18, 45)],
    ['fra due mesi', c.at(d(2027, 12, 29), 18, 45)],
    // offsets from a named day are dates (contract)
    ['a due settimane da oggi', c.day(14)],
    ['dieci giorni dopo Natale', d(2028, 1, 4)],
    ['il giorno dopo Ognissanti', d(2027, 11, 2)],
    ['due giorni prima di Natale', d(2027, 12, 23)],
    // Ognissanti is a Monday: the Monday after it is the next (batch 14)
    ['il lunedì dopo Ognissanti', d(2027, 11, 8)],
    // the edges of weeks, months and the year
    ['la settimana prossima', c.weekday(MON)],
    ['a fine novembre', d(2027, 11, 30)],
    ['a inizio dicembre', d(2027, 12, 1)],
    ['a metà novembre', d(2027, 11, 15), 'b'],
    ['verso fine mese', d(2027, 10, 31)],
    ['entro la fine del mese prossimo', d(2027, 11, 30)],
    ["a inizio dell'anno prossimo", d(2028, 1, 1)],
    ['nei primi giorni di dicembre', d(2027, 12, 1)],
    ['a metà della settimana prossima', d(2027, 11, 3)],
    ['alla fine della settimana prossima', d(2027, 11, 5)],
    ['a fine anno', d(2027, 12, 31)],
    // ordinal and counted weekdays
    ["l'ultimo lunedì di novembre", c.nth(2027, 11, MON, -1)],
    ['il primo sabato di dicembre alle 10', c.at(c.nth(2027, 12, SAT, 1), 10), 'b'],
    ['il quarto giovedì di novembre', c.nth(2027, 11, THU, 4)],
    ['fra tre martedì', c.weekday(TUE, 2)],
    ['sabato prossimo', c.weekday(SAT)],
    ['sabato della settimana prossima', d(2027, 11, 6)],
    ['la seconda domenica di novembre', c.nth(2027, 11, SUN, 2)],
    // a day, its part and its clock
    ['domani mattina alle 8', c.at(c.day(1), 8)],
    ['lunedì pomeriggio verso le 4', c.at(c.weekday(MON), 16)],
    ['mercoledì sera alle 8 e mezza', c.at(d(2027, 11, 3), 20, 30), 'b'],
    ['domenica mattina', c.at(c.weekday(SUN), 9)],
    ['martedì notte', c.at(c.weekday(TUE), 22)],
    ['giovedì a cena', c.at(c.weekday(THU), 20)],
    // the early afternoon is 14:00 (batch 14)
    ['dopodomani nel primo pomeriggio', c.at(c.day(2), 14)],
    ['venerdì prossimo in mattinata', c.at(d(2027, 11, 5), 9)],
    // numbers that are no time
    ['ricordami domani di comprare 6 bottiglie da 0,75', c.day(1), 'R'],
    ['ricordami lunedì di pagare la fattura 2027/145', c.weekday(MON), 'R'],
    ["ricordami martedì di chiamare l'interno 2130", c.weekday(TUE), 'R'],
    ['ricordami sabato di prendere il 14 per andare in centro', c.weekday(SAT), 'R'],
    ['ricordami domani di fare 3 serie da 10 minuti', c.day(1), 'R'],
    ['riunione con il fornitore giovedì alle 10 in sala 3, porto 2 copie', c.at(c.weekday(THU), 10), 'B'],
    ['ricordami tra 20 minuti di girare la pizza che va a 250 gradi', c.inMinutes(20), 'R'],
    ['ricordami lunedì 8 di mandare il modulo 730', d(2027, 11, 8), 'R'],
  ]),
];
