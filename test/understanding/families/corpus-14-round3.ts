import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 14 (corpus style), round 3: written after round 2's fixes and labelled before running the rules.
 */
export const corpus14Round3: readonly Family[] = [
  // Monday 29 November 2027 in Rome, 07:15 CET: early morning.
  wrapped('b14-r3-roma-lunedi', 'it', '2027-11-29T07:15:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['mezzogiorno di domani', c.at(c.day(1), 12)],
      ['domani a mezzogiorno e un quarto', c.at(c.day(1), 12, 15)],
      ['alle 12 e 30', c.at(c.today, 12, 30)],
      ['alle dodici e mezza', c.at(c.today, 12, 30)],
      ["all'una di notte", c.at(c.day(1), 1)],
      ['alle tre del pomeriggio', c.at(c.today, 15)],
      ['alle 15 precise', c.at(c.today, 15)],
      ['alle quindici', c.at(c.today, 15)],
      ['ore 08:00', c.at(c.today, 8)],
      ['alle 08', c.at(c.today, 8)],
      // 07:00 is gone today
      ['alle 7 del mattino', c.next(7)],
      ['giovedì 13 gennaio 2028', nine(d(2028, 1, 13))],
      ['gio 13/1', nine(d(2028, 1, 13))],
      ['13 gen 2028', nine(d(2028, 1, 13))],
      ['il tredici gennaio', nine(d(2028, 1, 13))],
      ['il ventuno marzo', nine(d(2028, 3, 21))],
      ['il primo aprile alle 9:30', c.at(d(2028, 4, 1), 9, 30)],
      ['fra 6 mesi', c.at(d(2028, 5, 29), 7, 15)],
      ['tra quindici giorni', c.at(c.day(15), 7, 15)],
      ['tre giorni prima di Natale', nine(d(2027, 12, 22))],
      ['il giorno prima di San Silvestro', nine(d(2027, 12, 30))],
      ['il lunedì dopo Pasqua', nine(c.easter(1))],
      ['il 1° del mese', nine(d(2027, 12, 1))],
      ['domenica prossima alle 11', c.at(c.weekday(SUN), 11)],
      ['la prossima domenica', nine(c.weekday(SUN))],
      // said on a Monday, next week starts on Monday 6 December
      ['domenica della settimana prossima', nine(d(2027, 12, 12))],
      ['alle 10 di lunedì', c.at(c.weekday(MON), 10)],
      ['nel pomeriggio di domani', c.at(c.day(1), 15)],
      ['tra 1 ora', c.inMinutes(60)],
      ['fra 1h', c.inMinutes(60)],
      ['il 31/1 alle 12:00', c.at(d(2028, 1, 31), 12)],
      ['il 31 gennaio a mezzogiorno', c.at(d(2028, 1, 31), 12)],
    ];
  }),
  // Saturday 26 June 2027 in Rome, 13:05 CEST: lunchtime on a summer Saturday.
  wrapped('b14-r3-roma-sabato', 'it', '2027-06-26T13:05:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['oggi alle 5', c.at(c.today, 17)],
      ['oggi pomeriggio alle 4 e mezza', c.at(c.today, 16, 30)],
      ['alle 13:30', c.at(c.today, 13, 30)],
      ["all'una e mezza", c.at(c.today, 13, 30)],
      ['alle due meno un quarto', c.at(c.today, 13, 45)],
      ['alle 14 e 45', c.at(c.today, 14, 45)],
      ['alle 21:15 di stasera', c.at(c.today, 21, 15)],
      ['tra mezz ora', c.inMinutes(30)],
      ['fra 3 ore e 20 minuti', c.inMinutes(200)],
      ['domani alle 11 di mattina', c.at(c.day(1), 11)],
      ['lunedì mattina alle 8 e un quarto', c.at(c.weekday(MON), 8, 15)],
      ['lun 28/6 alle 10', c.at(d(2027, 6, 28), 10)],
      ['il 28 giugno', nine(d(2027, 6, 28))],
      ['martedì 29', nine(d(2027, 6, 29))],
      ['il 29 giugno alle 7 di sera', c.at(d(2027, 6, 29), 19)],
      ['mercoledì 30 giugno 2027 alle ore 18:00', c.at(d(2027, 6, 30), 18)],
      ['a fine mese', nine(d(2027, 6, 30))],
      ['il primo luglio', nine(d(2027, 7, 1))],
      ["l'1 luglio", nine(d(2027, 7, 1))],
      ['il 4 del mese prossimo', nine(d(2027, 7, 4))],
      ['il secondo sabato di luglio', nine(c.nth(2027, 7, SAT, 2))],
      ["l'ultimo sabato di luglio", nine(c.nth(2027, 7, SAT, -1))],
      // said on a Saturday: the coming one is 3 July, the second 10 July
      ['fra due sabati', nine(c.weekday(SAT, 1))],
      ['sabato prossimo', nine(c.weekday(SAT))],
      ['tra una settimana alle 9', c.at(c.day(7), 9)],
      ['tra 10 giorni', c.at(c.day(10), 13, 5)],
      ['a Ferragosto alle 20', c.at(d(2027, 8, 15), 20)],
      ['il giorno dopo Ferragosto', nine(d(2027, 8, 16))],
      ['due giorni prima di Ferragosto', nine(d(2027, 8, 13))],
      ['a Natale', nine(d(2027, 12, 25))],
      ['la mattina del 2 luglio', nine(d(2027, 7, 2))],
      ['la sera del 2 luglio', c.at(d(2027, 7, 2), 19)],
    ];
  }),
  // Sunday 14 March 2027 in Chicago, 10:20 CDT: the clocks went forward at 02:00.
  wrapped('b14-r3-chicago-dst', 'en', '2027-03-14T10:20:00-05:00', 'America/Chicago', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['noon tomorrow', c.at(c.day(1), 12)],
      ['tomorrow noon', c.at(c.day(1), 12)],
      ['at midday', c.at(c.today, 12)],
      ['at 3 sharp', c.at(c.today, 15)],
      ["at 3 o'clock in the afternoon", c.at(c.today, 15)],
      ['at half past 3 pm', c.at(c.today, 15, 30)],
      ['at quarter of 5', c.at(c.today, 16, 45)],
      ['at a quarter after 6', c.at(c.today, 18, 15)],
      ['around 6ish', c.at(c.today, 18)],
      ['in a fortnight', c.at(c.day(14), 10, 20)],
      ['in 1 hr', c.inMinutes(60)],
      ['in 1.5 hours', c.inMinutes(90)],
      ['in 2 and a half hours', c.inMinutes(150)],
      ['3 hours from now', c.inMinutes(180)],
      ['an hour from now', c.inMinutes(60)],
      ['on Wed., Mar. 17', nine(d(2027, 3, 17))],
      ['Wednesday, 17 March 2027', nine(d(2027, 3, 17))],
      ['17-Mar-2027', nine(d(2027, 3, 17))],
      ['on the first of april', nine(d(2027, 4, 1))],
      ['april first at 2', c.at(d(2027, 4, 1), 14)],
      ['1 apr at 14.00', c.at(d(2027, 4, 1), 14)],
      // the end of the week said on a weekend is the coming Friday (contract)
      ['at the end of the week', nine(c.weekday(FRI))],
      ['mid-april', nine(d(2027, 4, 15))],
      ['in the middle of may', nine(d(2027, 5, 15))],
      ['the day before christmas eve', nine(d(2027, 12, 23))],
      ["two days before new year's eve", nine(d(2027, 12, 29))],
      ['on the 4th of july at 8pm', c.at(d(2027, 7, 4), 20)],
      ["on mother's day", nine(c.nth(2027, 5, SUN, 2))],
      ['tues 9am', c.at(c.weekday(TUE), 9)],
      ['thurs at 4', c.at(c.weekday(THU), 16)],
      // 09:00 is gone today
      ["at nine o'clock in the morning", c.next(9)],
      ['at one forty-five', c.at(c.today, 13, 45)],
      ['on the 5th at 17:00', c.at(d(2027, 4, 5), 17)],
      ['at 5pm on the 5th', c.at(d(2027, 4, 5), 17)],
    ];
  }),
  // Wednesday 5 January 2028 in Auckland, 11:45 NZDT (summer time until 2 April).
  wrapped('b14-r3-auckland', 'en', '2028-01-05T11:45:00+13:00', 'Pacific/Auckland', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['on 2028-01-12T10:00', c.at(d(2028, 1, 12), 10)],
      ['friday at 5:30 in the evening', c.at(c.weekday(FRI), 17, 30)],
      ['this friday', nine(c.weekday(FRI))],
      ['friday week', nine(c.weekday(FRI, 1))],
      ['in 3 months', c.at(d(2028, 4, 5), 11, 45)],
      ['in a year', c.at(d(2029, 1, 5), 11, 45)],
      ['the first monday of february', nine(c.nth(2028, 2, MON, 1))],
      ['the last day of february', nine(d(2028, 2, 29))],
      ['feb 29', nine(d(2028, 2, 29))],
      ['at 8:30 tomorrow morning', c.at(c.day(1), 8, 30)],
      ['tomorrow at 8:30pm', c.at(c.day(1), 20, 30)],
      ['today at 4', c.at(c.today, 16)],
      ['at 4:00 p.m.', c.at(c.today, 16)],
      ['this evening at 7:15', c.at(c.today, 19, 15)],
      ['at 11:59 pm', c.at(c.today, 23, 59)],
      ['in 20 min', c.inMinutes(20)],
      ['in three days', c.at(c.day(3), 11, 45)],
      ['five days from now', c.at(c.day(5), 11, 45)],
      ['2 days from tomorrow', nine(c.day(3))],
      ['a week from tomorrow at 10', c.at(c.day(8), 10)],
      ['on the 20th of this month', nine(d(2028, 1, 20))],
      ['on the twentieth at noon', c.at(d(2028, 1, 20), 12)],
      ['on the 2nd', nine(d(2028, 2, 2))],
      ['on easter', nine(c.easter(0))],
      ['on thanksgiving', nine(c.nth(2028, 11, THU, 4))],
      ['saturday morning at 10', c.at(c.weekday(SAT), 10)],
      ['sunday night', c.at(c.weekday(SUN), 22)],
      ['next saturday at noon', c.at(c.weekday(SAT), 12)],
    ];
  }),
];
