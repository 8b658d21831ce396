import type { Family } from './calendar.js';
import { FRI, MON, SAT, THU, TUE } from './common.js';
import { wrapped22 } from './corpus-22.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 22 (corpus breadth), round 5, Italian: rarer shapes rounds 1-4 found well read (clock words, "c.m."/"p.v.",
 * approximate amounts, the late morning and afternoon, holidays and days around them, a date repeated with its
 * weekday and time in any order, deadlines with a time) and numbers that are no time; labelled before running the
 * rules: Wednesday 9 June 2027 in Rome, 16:10 CEST.
 */
export const corpus22Round5: readonly Family[] = [
  wrapped22('b22-r5-roma-giugno', 'it', '2027-06-09T16:10:00+02:00', 'Europe/Rome', (c) => [
    ['alle 16 e 45 in punto', c.at(c.today, 16, 45)],
    ['alle ore sedici e trenta', c.at(c.today, 16, 30)],
    ['alle quattro e tre quarti del pomeriggio', c.at(c.today, 16, 45)],
    ['alle 17 meno un quarto', c.at(c.today, 16, 45)],
    ['verso le cinque e mezza', c.at(c.today, 17, 30)],
    ['fra un paio di giorni', c.at(c.day(2), 16, 10)],
    ['fra una decina di giorni', c.at(c.day(10), 16, 10)],
    ["tra mezz'ora circa", c.inMinutes(30)],
    // the late morning 11:00, the late afternoon 17:00 (batch 12)
    ['domani in tarda mattinata', c.at(c.day(1), 11), 'b'],
    ['domani nel tardo pomeriggio', c.at(c.day(1), 17)],
    // "c.m." this month, "p.v." the next (batch 16)
    ['il 21 c.m.', d(2027, 6, 21)],
    ['il 5 p.v.', d(2027, 7, 5)],
    ['il giorno 15 del mese prossimo', d(2027, 7, 15)],
    ['il 15 luglio prossimo', d(2027, 7, 15)],
    ["il 2 giugno dell'anno prossimo", d(2028, 6, 2)],
    ['lunedì alle 9 in punto', c.at(c.weekday(MON), 9)],
    ['il pomeriggio di giovedì', c.at(c.weekday(THU), 15)],
    ['la mattina del 12', c.at(d(2027, 6, 12), 9)],
    ['sabato 12 giugno alle 10:00', c.at(d(2027, 6, 12), 10), 'b'],
    ['il 12 giu alle h 10', c.at(d(2027, 6, 12), 10)],
    ['ore 10:00 del 12/06', c.at(d(2027, 6, 12), 10)],
    ['a partire da lunedì', c.weekday(MON)],
    ['tra una settimana esatta', c.at(c.day(7), 16, 10)],
    // "domani l'altro" is the day after tomorrow (regional, as "dopodomani")
    ["domani l'altro", c.day(2)],
    // late evening is the night, 22:00 (batch 18)
    ['stasera sul tardi', c.at(c.today, 22)],
    ['domani in serata', c.at(c.day(1), 19)],
    ['dopodomani in mattinata', c.at(c.day(2), 9), 'b'],
    ['giovedì prossimo', c.weekday(THU)],
    ['questo giovedì', c.weekday(THU)],
    ['a Ferragosto', d(2027, 8, 15)],
    ['la vigilia di Natale alle 18', c.at(d(2027, 12, 24), 18)],
    ['a San Silvestro', d(2027, 12, 31), 'b'],
    ['il giorno prima di Ferragosto', d(2027, 8, 14)],
    ['una settimana prima di Natale', d(2027, 12, 18)],
    ['il secondo giorno di luglio', d(2027, 7, 2)],
    ['il 3° lunedì di luglio', c.nth(2027, 7, MON, 3)],
    ['tra 3 lunedì', c.weekday(MON, 2)],
    ['fra 1 ora e 45 minuti', c.inMinutes(105)],
    ['tra 2 ore e 30', c.inMinutes(150)],
    ['fra 45 min', c.inMinutes(45)],
    ['tra 1h', c.inMinutes(60)],
    ['fra 2 h e mezza', c.inMinutes(150)],
    ['alle 18.00 di venerdì 11', c.at(d(2027, 6, 11), 18)],
    ['ven 11/06 h 18', c.at(d(2027, 6, 11), 18), 'b'],
    ['il 11 giugno 2027 ore 18:00', c.at(d(2027, 6, 11), 18)],
    ['11/6/2027 18:00', c.at(d(2027, 6, 11), 18)],
    ['11.06.2027, 18:00', c.at(d(2027, 6, 11), 18)],
    ['domani, 10 giugno, alle 9', c.at(d(2027, 6, 10), 9)],
    // a reminder said with a deadline alone fires at it (batch 18)
    ['entro mezzogiorno di domani', c.at(c.day(1), 12)],
    ['entro le 18 di venerdì', c.at(c.weekday(FRI), 18)],
    ['lunedì della prossima settimana alle 10', c.at(c.weekday(MON), 10)],
    ['il prossimo martedì', c.weekday(TUE)],
    // numbers that are no time
    ['ricordami domani alle 10 di comprare 2 kg di pane', c.at(c.day(1), 10), 'R'],
    ['ricordami venerdì di pagare la rata n° 3 da 250 euro', c.weekday(FRI), 'R'],
    ["ricordami lunedì di leggere l'art. 15 del contratto", c.weekday(MON), 'R'],
    ['ricordami giovedì alle 15 di chiamare il numero verde 800 123 456', c.at(c.weekday(THU), 15), 'R'],
    ['ricordami domani di comprare il biglietto per il 2 luglio', c.day(1), 'R'],
    ['ricordami sabato di fare la spesa per 6 persone', c.weekday(SAT), 'R'],
    ["tra 10 minuti ricordami di girare l'arrosto, 180 gradi per 40 minuti", c.inMinutes(10), 'R'],
    ['visita dal medico martedì alle 9, portare le analisi del 3/5', c.at(c.weekday(TUE), 9), 'B'],
  ]),
];
