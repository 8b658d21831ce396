import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 1, Italian: every written shape of a date, clocks in every notation, amounts
 * ahead, the edges of weeks and months, counted weekdays, a day with its part and its clock, and numbers that are
 * no time; labelled before running the rules: Monday 4 January 2027 in Rome, 09:30 (the Epiphany on Wednesday).
 */
export const corpus22Round1: readonly Family[] = [
  wrapped22('b22-r1-roma-gennaio', 'it', '2027-01-04T09:30:00+01:00', 'Europe/Rome', (c) => [
    // numeric dates are day first (contract), two- or four-digit years, any separator
    ['il 12/01/2027', d(2027, 1, 12)],
    ['il 12.1.27', d(2027, 1, 12), 'b'],
    ['il 12-01-2027 alle 10', c.at(d(2027, 1, 12), 10)],
    ['il 15/2', d(2027, 2, 15)],
    // a day-month gone this year is next year's (contract)
    ['il 3/1', d(2028, 1, 3)],
    ['il 5 gen 2027', d(2027, 1, 5)],
    ['il 7 febbraio 2027', d(2027, 2, 7), 'b'],
    ['gennaio 20', d(2027, 1, 20)],
    ['il 2027-02-05', d(2027, 2, 5)],
    ['il 2027-02-05 alle 14:30', c.at(d(2027, 2, 5), 14, 30)],
    ['lunedì 18 gennaio', d(2027, 1, 18)],
    ['mar 19 gen alle 11', c.at(d(2027, 1, 19), 11), 'b'],
    ['giovedì 4 febbraio alle 16', c.at(d(2027, 2, 4), 16)],
    ['il ventidue gennaio', d(2027, 1, 22)],
    ['il 1° febbraio alle ore 9', c.at(d(2027, 2, 1), 9)],
    ['sabato 9/1', d(2027, 1, 9), 'b'],
    ["l'8 gennaio '27", d(2027, 1, 8)],
    ['il 31/12/27', d(2027, 12, 31), 'b'],
    ['il 14 febbraio 2028 alle 20', c.at(d(2028, 2, 14), 20)],
    // clocks in every notation
    ['oggi ore 17', c.at(c.today, 17)],
    ['domani h 17', c.at(c.day(1), 17)],
    ['alle 17 e 15', c.at(c.today, 17, 15)],
    ['alle 17:15 di domani', c.at(c.day(1), 17, 15)],
    ['alle 5 e 20 del pomeriggio', c.at(c.today, 17, 20)],
    // a bare hour 1-7 is the afternoon, with minutes too (contract)
    ['domani alle 5.15', c.at(c.day(1), 17, 15)],
    ['a mezzogiorno', c.at(c.today, 12)],
    ['a mezzanotte', c.at(c.day(1), 0)],
    ['a mezzanotte e mezza', c.at(c.day(1), 0, 30)],
    // the small hours of a night named today are the next calendar day (batch 10)
    ['stanotte alle 2', c.at(c.day(1), 2)],
    ['alle 7 di mattina di domani', c.at(c.day(1), 7)],
    ['domani alle 8 di sera', c.at(c.day(1), 20)],
    ['alle 21 in punto', c.at(c.today, 21)],
    ['alle nove e tre quarti', c.at(c.today, 9, 45)],
    ['alle 18 meno 10', c.at(c.today, 17, 50)],
    ['alle 10 meno 5', c.at(c.today, 9, 55)],
    ['ore 14,45', c.at(c.today, 14, 45)],
    ['domani alle quindici', c.at(c.day(1), 15)],
    ['dopodomani alle 11 e mezza', c.at(c.day(2), 11, 30), 'b'],
    // amounts ahead: whole days and weeks keep the clock time (contract)
    ['tra 3 giorni', c.at(c.day(3), 9, 30)],
    ['tra 2 settimane e 3 giorni', c.at(c.day(17), 9, 30)],
    // a calendar month ahead keeps the clock time too, as days and weeks do (ours)
    ['fra un mese', c.at(d(2027, 2, 4), 9, 30)],
    // a reminder said with a deadline alone fires at it (batch 18: "entro il secondo trimestre ricordami")
    ['entro 48 ore', c.inMinutes(48 * 60)],
    ['fra 90 minuti', c.inMinutes(90)],
    ['fra una settimana', c.at(c.day(7), 9, 30)],
    // an offset from a named day is a date (contract)
    ['una settimana da domani', d(2027, 1, 12)],
    ['tre settimane da lunedì', c.plus(c.weekday(MON), 21)],
    ['dopodomani a mezzogiorno', c.at(c.day(2), 12)],
    ['il giorno dopo domani alle 10', c.at(c.day(2), 10)],
    ['fra quindici giorni', c.at(c.day(15), 9, 30)],
    ['tra due ore e un quarto', c.inMinutes(135)],
    ['fra 10 giorni alle 8', c.at(c.day(10), 8)],
    // the edges of weeks, months and the year (batches 14, 16)
    ['a inizio settimana prossima', c.weekday(MON)],
    ['a fine mese prossimo', d(2027, 2, 28)],
    ["all'inizio di marzo", d(2027, 3, 1)],
    ['a metà gennaio', d(2027, 1, 15)],
    ['a metà febbraio', d(2027, 2, 15), 'b'],
    ['entro fine anno', d(2027, 12, 31)],
    // "fine settimana" is the Italian weekend: its Saturday, as "il fine settimana" (batch 17); "entro fine
    // settimana" stays the Friday (contract)
    ['a fine settimana', c.weekday(SAT)],
    ['alla fine di febbraio', d(2027, 2, 28)],
    ['ai primi di febbraio', d(2027, 2, 1)],
    ['a fine gennaio', d(2027, 1, 31)],
    // ordinal and counted weekdays (contract)
    ['il secondo martedì di febbraio', c.nth(2027, 2, TUE, 2)],
    ["l'ultimo giovedì del mese", d(2027, 1, 28)],
    ['il terzo venerdì di marzo alle 10', c.at(c.nth(2027, 3, FRI, 3), 10), 'b'],
    ['fra due venerdì', c.weekday(FRI, 1)],
    ['venerdì della settimana prossima', c.weekday(FRI, 1)],
    ['giovedì fra due settimane', c.weekday(THU, 2)],
    ['il primo lunedì di febbraio', d(2027, 2, 1), 'b'],
    // a day, its part and its clock
    ['domani sera alle 9', c.at(c.day(1), 21)],
    ['venerdì pomeriggio alle 3', c.at(c.weekday(FRI), 15)],
    ['giovedì mattina alle 10 e mezza', c.at(c.weekday(THU), 10, 30), 'b'],
    ['sabato sera', c.at(c.weekday(SAT), 19)],
    ['mercoledì a pranzo', c.at(d(2027, 1, 6), 13)],
    ['domenica verso le 6 di sera', c.at(c.weekday(SUN), 18)],
    // numbers that are no time
    ['ricordami domani di pagare 2 rate da 15 euro', d(2027, 1, 5), 'R'],
    ['ricordami venerdì di chiamare il 3331234567', c.weekday(FRI), 'R'],
    ['ricordami giovedì di rinnovare la polizza n. 12/2025', c.weekday(THU), 'R'],
    ['ricordami lunedì di prenotare la sala 2 per 10 persone', c.weekday(MON), 'R'],
    ['ricordami domani di leggere il capitolo 5.3', d(2027, 1, 5), 'R'],
    ['ricordami tra 2 ore di ordinare 4 pizze', c.inMinutes(120), 'R'],
    ['appuntamento dal dentista venerdì alle 11, studio in via Roma 15', c.at(c.weekday(FRI), 11), 'B'],
    ["ricordami mercoledì di pagare l'IMU del 2026", d(2027, 1, 6), 'R'],
  ]),
];
