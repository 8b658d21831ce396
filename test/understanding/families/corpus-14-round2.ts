import type { Family } from './calendar.js';
import { FRI, MON, SAT, SUN, THU, TUE } from './common.js';
import { wrapped } from './corpus-10.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Batch 14 (corpus style), round 2: written after round 1's fixes and labelled before running the rules.
 */
export const corpus14Round2: readonly Family[] = [
  // Sunday 31 October 2027 in Rome, 10:15 CET: the clocks went back at 03:00; Halloween.
  wrapped('b14-r2-roma-ora-solare', 'it', '2027-10-31T10:15:00+01:00', 'Europe/Rome', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['il 15 di novembre', nine(d(2027, 11, 15))],
      ['15 nov.', nine(d(2027, 11, 15))],
      ['ven 5/11', nine(d(2027, 11, 5))],
      ['venerdì 12 novembre 2027 ore 18', c.at(d(2027, 11, 12), 18)],
      ['alle ore 18 e 30', c.at(c.today, 18, 30)],
      ['alle 18h', c.at(c.today, 18)],
      ['h. 15:30', c.at(c.today, 15, 30)],
      ['alle ore 9:00 di domani', c.at(c.day(1), 9)],
      ['nel pomeriggio', c.at(c.today, 15)],
      ['in serata', c.at(c.today, 19)],
      ['domattina', nine(c.day(1))],
      ['dopodomani mattina alle 8', c.at(c.day(2), 8)],
      ['alle diciotto', c.at(c.today, 18)],
      ['alle venti e quindici', c.at(c.today, 20, 15)],
      ['alle 7 e 45 di sera', c.at(c.today, 19, 45)],
      // 05:00 is gone today
      ['alle 5 del mattino', c.next(5)],
      ['alle 4 di notte', c.next(4)],
      ['alle 23 di stasera', c.at(c.today, 23)],
      ['tra 3 settimane', c.at(c.day(21), 10, 15)],
      ['fra 2 mesi', c.at(d(2027, 12, 31), 10, 15)],
      ['il terzo lunedì del mese prossimo', nine(c.nth(2027, 11, MON, 3))],
      ["l'ultima domenica di novembre", nine(c.nth(2027, 11, SUN, -1))],
      ['il quarto giovedì di novembre', nine(c.nth(2027, 11, THU, 4))],
      ['la vigilia di Natale alle 18', c.at(d(2027, 12, 24), 18)],
      ['il giorno dei morti', nine(d(2027, 11, 2))],
      ['a Ognissanti', nine(d(2027, 11, 1))],
      ["all'Immacolata", nine(d(2027, 12, 8))],
      ['mercoledì 3 novembre alle 17:45', c.at(d(2027, 11, 3), 17, 45)],
      ['3-11-2027', nine(d(2027, 11, 3))],
      ['il 3.11 alle 9 e 10', c.at(d(2027, 11, 3), 9, 10)],
      ['questo venerdì', nine(c.weekday(FRI))],
      ['il prossimo venerdì', nine(c.weekday(FRI))],
      // said on a Sunday, next week starts tomorrow
      ['venerdì della prossima settimana', nine(d(2027, 11, 5))],
      ['il mese prossimo', nine(d(2027, 11, 1))],
      ["fra un'ora e un quarto", c.inMinutes(75)],
      ['a mezzogiorno in punto', c.at(c.today, 12)],
      ['verso le 3 del pomeriggio', c.at(c.today, 15)],
      ['alle dieci e trenta', c.at(c.today, 10, 30)],
      ['sabato alle 9 e 40', c.at(c.weekday(SAT), 9, 40)],
    ];
  }),
  // Monday 14 June 2027 in Lugano (Europe/Zurich), 22:30 CEST: late in the evening.
  wrapped('b14-r2-lugano-sera', 'it', '2027-06-14T22:30:00+02:00', 'Europe/Zurich', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['stasera alle 11', c.at(c.today, 23)],
      ["stanotte all'una", c.at(c.day(1), 1)],
      ['domani alle 6 di mattina', c.at(c.day(1), 6)],
      ['domani alle 6', c.at(c.day(1), 18)],
      ['a mezzanotte e un quarto', c.at(c.day(1), 0, 15)],
      ['tra 45 minuti', c.inMinutes(45)],
      ['tra un paio di ore', c.inMinutes(120)],
      ['tra 2 ore e mezza', c.inMinutes(150)],
      ['martedì', nine(c.weekday(TUE))],
      ['martedì prossimo', nine(c.weekday(TUE))],
      ['lunedì prossimo', nine(c.weekday(MON))],
      ['fra due lunedì', nine(c.weekday(MON, 1))],
      ['il 2 luglio alle 20:30', c.at(d(2027, 7, 2), 20, 30)],
      ['il 2/7', nine(d(2027, 7, 2))],
      ['2 lug', nine(d(2027, 7, 2))],
      ['giovedì 1° luglio', nine(d(2027, 7, 1))],
      ['il primo luglio alle 8 di sera', c.at(d(2027, 7, 1), 20)],
      ["l'ultimo giorno del mese", nine(d(2027, 6, 30))],
      ['a fine giugno', nine(d(2027, 6, 30))],
      ['a inizio luglio', nine(d(2027, 7, 1))],
      ['a metà luglio', nine(d(2027, 7, 15))],
      ['il 15 alle 11 e 15', c.at(d(2027, 6, 15), 11, 15)],
      ['alle 8:05', c.next(8, 5)],
      ['alle otto e cinque di sera', c.next(20, 5)],
      ['a Ferragosto alle 12:30', c.at(d(2027, 8, 15), 12, 30)],
      ['tra 4 giorni alle 10', c.at(c.day(4), 10)],
      ['il weekend', nine(c.weekday(SAT))],
      ['sabato sera alle 9', c.at(c.weekday(SAT), 21)],
      ['domenica a pranzo', c.at(c.weekday(SUN), 13)],
      ['giovedì alle 7 meno un quarto', c.at(c.weekday(THU), 18, 45)],
    ];
  }),
  // Sunday 7 November 2027 in Los Angeles, 09:00 PST: the clocks went back at 02:00.
  wrapped('b14-r2-los-angeles', 'en', '2027-11-07T09:00:00-08:00', 'America/Los_Angeles', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['on Nov 15', nine(d(2027, 11, 15))],
      ['on November 15th at 3:30 PM', c.at(d(2027, 11, 15), 15, 30)],
      ['on Monday, November 15', nine(d(2027, 11, 15))],
      ['on 15/11', nine(d(2027, 11, 15))],
      ['on 15.11.2027', nine(d(2027, 11, 15))],
      ['2027/11/15', nine(d(2027, 11, 15))],
      ['on the 15th', nine(d(2027, 11, 15))],
      ['on the fifteenth', nine(d(2027, 11, 15))],
      ['at 3 in the afternoon', c.at(c.today, 15)],
      ['at 10 in the morning', c.at(c.today, 10)],
      ['at 11 at night', c.at(c.today, 23)],
      ['at 12 noon', c.at(c.today, 12)],
      ['at 12 midnight', c.at(c.day(1), 0)],
      ['at ten past four', c.at(c.today, 16, 10)],
      ['at five to six', c.at(c.today, 17, 55)],
      ['at 6:15 this evening', c.at(c.today, 18, 15)],
      ['this evening', c.at(c.today, 19)],
      ['tomorrow night', c.at(c.day(1), 22)],
      ['tomorrow at noon', c.at(c.day(1), 12)],
      ['in an hour', c.inMinutes(60)],
      ['in 3 hours and 15 minutes', c.inMinutes(195)],
      ['in 10 days', c.at(c.day(10), 9)],
      ['two weeks from tomorrow', nine(c.day(15))],
      // Monday is the 8th; a week from it
      ['a week from monday', nine(c.plus(c.weekday(MON), 7))],
      ['3 days after thanksgiving', nine(c.plus(c.nth(2027, 11, THU, 4), 3))],
      ['on christmas day at 10', c.at(d(2027, 12, 25), 10)],
      ["on new year's eve at 11pm", c.at(d(2027, 12, 31), 23)],
      ['next sunday', nine(c.weekday(SUN))],
      ['friday afternoon', c.at(c.weekday(FRI), 15)],
      ['on the last friday of november', nine(c.nth(2027, 11, FRI, -1))],
      ['on the 2nd tuesday of next month', nine(c.nth(2027, 12, TUE, 2))],
    ];
  }),
  // Christmas Day, Saturday 25 December 2027 in Sydney, 20:15 AEDT (summer time).
  wrapped('b14-r2-sydney-christmas', 'en', '2027-12-25T20:15:00+11:00', 'Australia/Sydney', (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['on boxing day at 10am', c.at(d(2027, 12, 26), 10)],
      ["on new year's day", nine(d(2028, 1, 1))],
      ["on new year's eve at 9pm", c.at(d(2027, 12, 31), 21)],
      ['tomorrow morning at 7:30', c.at(c.day(1), 7, 30)],
      ['tonight at 9', c.at(c.today, 21)],
      ['at 10 tonight', c.at(c.today, 22)],
      ['at 9:45 pm', c.at(c.today, 21, 45)],
      ['at 23:00', c.at(c.today, 23)],
      // 19:00 is gone today
      ['at 7', c.next(19)],
      ['at 8 am', c.at(c.day(1), 8)],
      ['on monday at 9', c.at(c.weekday(MON), 9)],
      ['on mon 27th', nine(d(2027, 12, 27))],
      ['monday the 27th at 4pm', c.at(d(2027, 12, 27), 16)],
      ['on the 3rd of January', nine(d(2028, 1, 3))],
      ['jan 3rd', nine(d(2028, 1, 3))],
      ['3 jan 2028', nine(d(2028, 1, 3))],
      ['on 03/01/2028', nine(d(2028, 1, 3))],
      ['on 3/1', nine(d(2028, 1, 3))],
      ['in 5 minutes', c.inMinutes(5)],
      ['in 2 days', c.at(c.day(2), 20, 15)],
      ['in a week', c.at(c.day(7), 20, 15)],
      // said on a Saturday, next week starts on Monday the 27th
      ['next week', nine(d(2027, 12, 27))],
      ['next month', nine(d(2028, 1, 1))],
      ['this time next week', c.at(c.day(7), 20, 15)],
      ["on valentine's day at 7pm", c.at(d(2028, 2, 14), 19)],
      ['on easter sunday', nine(c.easter(0))],
      ['from 10 to 11 tomorrow morning', c.at(c.day(1), 10)],
      ['between 6 and 7pm on tuesday', c.at(c.weekday(TUE), 18)],
      ['at half seven tomorrow', c.at(c.day(1), 19, 30)],
      ['at quarter past eleven', c.next(11, 15)],
    ];
  }),
];
