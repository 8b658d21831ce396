import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE, WED } from './common.js';
import { wrapped18 } from './corpus-18.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const BIWEEKLY = 'FREQ=WEEKLY;INTERVAL=2';

/**
 * Batch 18 (corpus style), round 3, labelled before running the rules: Rome on the first Saturday of July,
 * Dublin on a winter Wednesday just after the New Year.
 */
export const corpus18Round3: readonly Family[] = [
  // Saturday 1 July 2028 in Rome, 11:20 CEST.
  wrapped18('b18-r3-roma-luglio', 'it', '2028-07-01T11:20:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['oggi tra le 4 e le 6', c.at(c.today, 16)],
      ['domenica dalle 10 a mezzogiorno', c.at(c.weekday(SUN), 10)],
      ['tra le 11 e mezzogiorno di lunedì', c.at(c.weekday(MON), 11)],
      ['tra due giorni da lunedì', nine(c.plus(c.weekday(MON), 2))],
      ["a quest'ora domani", c.at(c.day(1), 11, 20)],
      ['alla stessa ora sabato prossimo', c.at(c.weekday(SAT), 11, 20)],
      ['ogni due giovedì', nine(c.weekday(THU)), `${BIWEEKLY};BYDAY=TH`],
      ['il lunedì ogni due settimane', nine(c.weekday(MON)), `${BIWEEKLY};BYDAY=MO`],
      ['ogni tre settimane', nine(c.day(1)), 'FREQ=WEEKLY;INTERVAL=3'],
      ['il penultimo lunedì di luglio', nine(c.nth(2028, 7, MON, -2))],
      // 1 October 2028 is a Sunday
      ['il primo giorno lavorativo di ottobre', nine(d(2028, 10, 2))],
      // 30 September 2028 is a Saturday
      ["l'ultimo giorno lavorativo di settembre", nine(d(2028, 9, 29))],
      ['fra 60 ore', c.inMinutes(60 * 60)],
      ['tra una ventina di minuti', c.inMinutes(20)],
      ['fra un paio di mesi', c.at(d(2028, 9, 1), 11, 20)],
      ['questa sera tardi', c.at(c.today, 22)],
      ['lunedì mattina presto', nine(c.weekday(MON))],
      ['domani a metà mattina', c.at(c.day(1), 10, 30)],
      ["verso l'ora di pranzo di mercoledì", c.at(c.weekday(WED), 13)],
      ["all'alba di martedì", c.at(c.weekday(TUE), 6)],
      ['il 4/7', nine(d(2028, 7, 4))],
      ['il 12.08', nine(d(2028, 8, 12))],
      ['il 31 alle 18', c.at(d(2028, 7, 31), 18)],
      ['2028-07-10T16:00', c.at(d(2028, 7, 10), 16)],
      ['alle 16.45h', c.at(c.today, 16, 45)],
      ['ore 1315 di domani', c.at(c.day(1), 13, 15)],
      ['alle diciassette e trentacinque', c.at(c.today, 17, 35)],
      ["quest'autunno", nine(d(2028, 9, 1))],
      ['in inverno', nine(d(2028, 12, 1))],
      // the end of a season is its last day (as "a fine mese")
      ['a fine estate', nine(d(2028, 8, 31))],
      ['nel quarto trimestre', nine(d(2028, 10, 1))],
      ['entro il terzo trimestre', nine(d(2028, 9, 30))],
      ['tra un mese da domani', nine(d(2028, 8, 2))],
      ['il 14 luglio tra le 9 e le 10', c.at(d(2028, 7, 14), 9)],
    ];
  }),
  // Wednesday 3 January 2029 in Dublin, 09:05 GMT.
  wrapped18('b18-r3-dublin-january', 'en', '2029-01-03T09:05:00+00:00', 'Europe/Dublin', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['between 4 and 6 this afternoon', c.at(c.today, 16)],
      ['from 10 till noon on friday', c.at(c.weekday(FRI), 10)],
      ['between 9 and 10am tomorrow', c.at(c.day(1), 9)],
      ['a fortnight from tomorrow', nine(c.day(15))],
      ['three days from friday', nine(c.plus(c.weekday(FRI), 3))],
      ['same time the day after tomorrow', c.at(c.day(2), 9, 5)],
      ['every other thursday', nine(c.weekday(THU)), `${BIWEEKLY};BYDAY=TH`],
      ['every 2nd week', nine(c.day(1)), BIWEEKLY],
      ['bi-weekly on mondays', nine(c.weekday(MON)), `${BIWEEKLY};BYDAY=MO`],
      // 30 June 2029 is a Saturday
      ['the last business day of june', nine(d(2029, 6, 29))],
      // 1 September 2029 is a Saturday
      ['the first working day of september', nine(d(2029, 9, 3))],
      ['the second to last monday of january', nine(c.nth(2029, 1, MON, -2))],
      ['in 72 hrs', c.inMinutes(72 * 60)],
      ['in 100 minutes', c.inMinutes(100)],
      ['in a few weeks', c.at(c.day(14), 9, 5)],
      ['in a couple of minutes', c.inMinutes(2)],
      ['late in the evening', c.at(c.today, 22)],
      ['first thing tomorrow morning', nine(c.day(1))],
      ['at close of business', c.at(c.today, 17)],
      ['at COB tomorrow', c.at(c.day(1), 17)],
      ['mid-morning on saturday', c.at(c.weekday(SAT), 10, 30)],
      ['around lunch time on friday', c.at(c.weekday(FRI), 13)],
      ['at dawn', c.at(c.day(1), 6)],
      ['04/01', nine(d(2029, 1, 4))],
      ['1/13', nine(d(2029, 1, 13))],
      ['the 3rd of next month', nine(d(2029, 2, 3))],
      ['on the 31st', nine(d(2029, 1, 31))],
      ['2029-01-10T07:45', c.at(d(2029, 1, 10), 7, 45)],
      ['at 1730h', c.at(c.today, 17, 30)],
      ['0800 on monday', c.at(c.weekday(MON), 8)],
      ['at twelve forty', c.at(c.today, 12, 40)],
      ['in the spring', nine(d(2029, 3, 1))],
      // said in winter: the next one
      ['next winter', nine(d(2029, 12, 1))],
      ['q2', nine(d(2029, 4, 1))],
      ['the end of this quarter', nine(d(2029, 3, 31))],
      ['the beginning of Q3', nine(d(2029, 7, 1))],
    ];
  }),
];
