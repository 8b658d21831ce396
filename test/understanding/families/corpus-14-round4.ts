import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, WED } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 14 (corpus style), round 4: written after round 3's fixes and labelled before running the rules.
 */
export const corpus14Round4: readonly Family[] = [
  // Thursday 2 September 2027 in Rome, 19:40 CEST.
  wrapped('b14-r4-roma-settembre', 'it', '2027-09-02T19:40:00+02:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['5 sett.', nine(d(2027, 9, 5))],
      ['il 5 set', nine(d(2027, 9, 5))],
      ['lunedì 6/9 ore 9.30', c.at(d(2027, 9, 6), 9, 30)],
      ['alle 18 di lunedì prossimo', c.at(c.weekday(MON), 18)],
      ['nella mattinata di domani', nine(c.day(1))],
      ['domani in serata', c.at(c.day(1), 19)],
      ['alle 00:15', c.at(c.day(1), 0, 15)],
      ['alle 0.30', c.at(c.day(1), 0, 30)],
      ['alle sette e tre quarti', c.at(c.today, 19, 45)],
      // 8 stays as said (contract), so 07:55, gone today
      ['alle 8 meno 5', c.next(7, 55)],
      ['fra un mese', c.at(d(2027, 10, 2), 19, 40)],
      ['tra un anno', c.at(d(2028, 9, 2), 19, 40)],
      ['tra 2 giorni alle 9 di sera', c.at(c.day(2), 21)],
      ['il 3 del prossimo mese', nine(d(2027, 10, 3))],
      ['il primo venerdì del mese prossimo', nine(c.nth(2027, 10, FRI, 1))],
      ["l'ultimo giorno dell'anno", nine(d(2027, 12, 31))],
      ['a fine anno', nine(d(2027, 12, 31))],
      ['il giorno di Natale alle 13', c.at(d(2027, 12, 25), 13)],
      ['a Santo Stefano', nine(d(2027, 12, 26))],
      ['la notte di San Silvestro', c.at(d(2027, 12, 31), 22)],
      ['alla festa del papà', nine(d(2028, 3, 19))],
      ['dopodomani alle 10 e mezza', c.at(c.day(2), 10, 30)],
      ['oggi alle 21', c.at(c.today, 21)],
      ['stasera alle 8 meno un quarto', c.at(c.today, 19, 45)],
      ['domani sera alle 7 e mezza', c.at(c.day(1), 19, 30)],
      ['venerdì mattina alle 7', c.at(c.weekday(FRI), 7)],
      ['sabato 4 alle 11', c.at(d(2027, 9, 4), 11)],
      ['il 10 alle 9 di mattina', c.at(d(2027, 9, 10), 9)],
      ['il 10/09/2027 alle 14:30', c.at(d(2027, 9, 10), 14, 30)],
      ['il 31 ottobre', nine(d(2027, 10, 31))],
    ];
  }),
  // Saturday 25 March 2028 in Rome, 23:30 CET: the clocks go forward at 02:00 tonight.
  wrapped('b14-r4-roma-ora-legale', 'it', '2028-03-25T23:30:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['domani alle 9', c.at(c.day(1), 9)],
      ['tra 12 ore', c.inMinutes(720)],
      ['domani mattina', nine(c.day(1))],
      ['domani alle 3', c.at(c.day(1), 15)],
      ['a mezzanotte e mezza', c.at(c.day(1), 0, 30)],
      ['lunedì alle 8', c.at(c.weekday(MON), 8)],
      ["tra un'ora", c.inMinutes(60)],
      ['tra 3 ore', c.inMinutes(180)],
      ['tra 2 giorni', c.at(c.day(2), 23, 30)],
      ['il 1° aprile', nine(d(2028, 4, 1))],
      ['sabato 1 aprile alle 10', c.at(d(2028, 4, 1), 10)],
      ['a Pasqua', nine(c.easter(0))],
      ['il giorno dopo Pasquetta', nine(c.easter(2))],
      ['il 25 aprile', nine(d(2028, 4, 25))],
      ['la settimana prossima', nine(d(2028, 3, 27))],
      ['mercoledì della settimana prossima alle 15', c.at(d(2028, 3, 29), 15)],
      ['fra due mercoledì', nine(c.weekday(WED, 1))],
      ['il 2 del mese prossimo', nine(d(2028, 4, 2))],
      ["l'ultimo lunedì di aprile", nine(c.nth(2028, 4, MON, -1))],
      ['domenica prossima', nine(c.weekday(SUN))],
      ['domenica a mezzogiorno', c.at(c.weekday(SUN), 12)],
      ['alle 23:45', c.at(c.today, 23, 45)],
      ['alle 11 e 50 di sera', c.at(c.today, 23, 50)],
      ['stanotte alle 4', c.at(c.day(1), 4)],
      ['il 31/3 alle 18', c.at(d(2028, 3, 31), 18)],
      ['31 mar 2028', nine(d(2028, 3, 31))],
      ['a fine aprile', nine(d(2028, 4, 30))],
      ['a metà maggio', nine(d(2028, 5, 15))],
      ['tra 20 minuti', c.inMinutes(20)],
    ];
  }),
  // Friday 1 September 2028 in Denver, 16:05 MDT.
  wrapped('b14-r4-denver', 'en', '2028-09-01T16:05:00-06:00', 'America/Denver', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['on the morning of 3 september', nine(d(2028, 9, 3))],
      ['on the evening of the 5th', c.at(d(2028, 9, 5), 19)],
      // said on a Friday: next week's
      ['on friday afternoon', c.at(c.weekday(FRI), 15)],
      ['after 5pm', c.at(c.today, 17)],
      ['in a couple of days', c.at(c.day(2), 16, 5)],
      ['half an hour from now', c.inMinutes(30)],
      ['an hour and a half from now', c.inMinutes(90)],
      ['3 weeks from monday', nine(c.plus(c.weekday(MON), 21))],
      ['on the last monday of the month', nine(c.nth(2028, 9, MON, -1))],
      ['this sat', nine(c.weekday(SAT))],
      ['sat 10am', c.at(c.weekday(SAT), 10)],
      ['saturday the 9th', nine(d(2028, 9, 9))],
      ['Sept 5', nine(d(2028, 9, 5))],
      ['sept. 5th at 3', c.at(d(2028, 9, 5), 15)],
      ['5 sept', nine(d(2028, 9, 5))],
      ['on the 5th of sept at 3pm', c.at(d(2028, 9, 5), 15)],
      ['december 25', nine(d(2028, 12, 25))],
      ['noon on christmas eve', c.at(d(2028, 12, 24), 12)],
      ['at eight in the evening', c.at(c.today, 20)],
      ["eight o'clock tonight", c.at(c.today, 20)],
      ['at 6.45am', c.next(6, 45)],
      ['at 18.45', c.at(c.today, 18, 45)],
      ['at twelve fifteen pm', c.next(12, 15)],
      ['at 12:30am', c.at(c.day(1), 0, 30)],
      ['at 12 pm tomorrow', c.at(c.day(1), 12)],
      ['in 1 week and 2 days', c.at(c.day(9), 16, 5)],
      ['the first monday in october', nine(c.nth(2028, 10, MON, 1))],
      ['on the 2nd friday of next month', nine(c.nth(2028, 10, FRI, 2))],
      ['at 9 tomorrow', c.at(c.day(1), 9)],
      ['tomorrow at 9 pm', c.at(c.day(1), 21)],
    ];
  }),
  // Monday 30 October 2028 in Dublin, 08:10 GMT: the clocks went back yesterday.
  wrapped('b14-r4-dublin', 'en', '2028-10-30T08:10:00+00:00', 'Europe/Dublin', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['on halloween', nine(d(2028, 10, 31))],
      ['tomorrow evening', c.at(c.day(1), 19)],
      ['at 8:15', c.at(c.today, 8, 15)],
      ['at half 8', c.at(c.today, 8, 30)],
      ["at 8 o'clock tonight", c.at(c.today, 20)],
      ['in 90 mins', c.inMinutes(90)],
      ['on the 1st of november', nine(d(2028, 11, 1))],
      ['on 1/11', nine(d(2028, 11, 1))],
      ['on 01.11.28', nine(d(2028, 11, 1))],
      ['wednesday 1st november at 2pm', c.at(d(2028, 11, 1), 14)],
      ['on thursday at 11', c.at(c.weekday(THU), 11)],
      ['this thursday at 6', c.at(c.weekday(THU), 18)],
      ['next monday', nine(c.weekday(MON))],
      ['monday week', nine(c.weekday(MON, 1))],
      ['a week today', nine(c.day(7))],
      ['on the 2nd of december', nine(d(2028, 12, 2))],
      ['the first sunday of december', nine(c.nth(2028, 12, SUN, 1))],
      ['on christmas morning', nine(d(2028, 12, 25))],
      ['on boxing day', nine(d(2028, 12, 26))],
      ["new year's eve at midnight", c.at(d(2029, 1, 1), 0)],
      ['in 4 weeks', c.at(c.day(28), 8, 10)],
      ['in 6 hours', c.inMinutes(360)],
      ['tomorrow lunchtime', c.at(c.day(1), 13)],
      ['at breakfast tomorrow', c.at(c.day(1), 8)],
      ['at dinner on friday', c.at(c.weekday(FRI), 20)],
      ['on the 15th at 10:45', c.at(d(2028, 11, 15), 10, 45)],
      ['on nov 15 at 10.45am', c.at(d(2028, 11, 15), 10, 45)],
      ['in the evening', c.at(c.today, 19)],
      ['at 7pm on the last day of november', c.at(d(2028, 11, 30), 19)],
      ['the day after tomorrow in the afternoon', c.at(c.day(2), 15)],
    ];
  }),
];
