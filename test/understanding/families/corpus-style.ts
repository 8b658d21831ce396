import type { Calendar, Case, Family } from './calendar.js';
import { FRI, MON, NOW, reminder, SAT, SUN, THU, TUE, TZ, WED } from './common.js';

type Expression = [expression: string, when: string];

/** Bare Italian time expressions, the way public parsers' corpora list them. */
function italian(c: Calendar): Expression[] {
  const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
  const y = c.today.year;
  return [
    ['alle 15:30', c.next(15, 30)],
    ['alle tre e venti del pomeriggio', c.at(c.today, 15, 20)],
    ['domani alle otto di sera', c.at(c.day(1), 20)],
    ['alle 18 in punto', c.at(c.today, 18)],
    ['il 14 febbraio', nine(c.date(2, 14))],
    ['il 4 luglio 2027', nine({ year: 2027, month: 7, day: 4 })],
    ['il 4/7/2027 alle 10', c.at({ year: 2027, month: 7, day: 4 }, 10)],
    ['lunedì 15 febbraio alle 9', c.at(c.date(2, 15), 9)],
    ['tra tre ore', c.inMinutes(180)],
    ['tra 5 minuti', c.inMinutes(5)],
    ['fra una settimana', c.at(c.day(7), 10)],
    ['dopodomani sera', c.at(c.day(2), 19)],
    ['questo venerdì', nine(c.weekday(FRI))],
    ['venerdì 12 alle 17', c.at(c.weekday(FRI), 17)],
    ['a mezzogiorno', c.at(c.today, 12)],
    ['alle 00:30', c.at(c.day(1), 0, 30)],
    ['alle 23', c.at(c.today, 23)],
    ['alle nove e trenta', c.next(9, 30)],
    ['alle undici meno dieci', c.at(c.today, 10, 50)],
    ['alle 4 e tre quarti', c.at(c.today, 16, 45)],
    ['il prossimo martedì', nine(c.weekday(TUE))],
    ['giovedì della settimana prossima alle 10', c.at(c.weekday(THU, 1), 10)],
    ['fra 15 giorni', c.at(c.day(15), 10)],
    ['il 3 marzo alle 14', c.at(c.date(3, 3), 14)],
    ['il 31/12 alle 23:59', c.at(c.date(12, 31), 23, 59)],
    ['a fine febbraio', nine(c.date(2, 28))],
    ['il primo del mese prossimo', nine(c.date(3, 1))],
    ["l'ultimo giorno del mese", nine(c.date(2, 28))],
    ['il secondo mercoledì di marzo', nine(c.nth(y, 3, WED, 2))],
    ['domenica prossima a pranzo', c.at(c.weekday(SUN), 13)],
    ['sabato alle 10 del mattino', c.at(c.weekday(SAT), 10)],
    ["tra un'ora e un quarto", c.inMinutes(75)],
    ['domani verso le 5', c.at(c.day(1), 17)],
    ['alle 17.30 di giovedì', c.at(c.weekday(THU), 17, 30)],
    ['il 10 marzo 2027 alle ore 9', c.at(c.date(3, 10), 9)],
    ['il giorno di Natale alle 12', c.at(c.date(12, 25), 12)],
    ['a Capodanno', nine(c.date(1, 1))],
    ['il 2 giugno', nine(c.date(6, 2))],
    ['tra 2 giorni alle 8 di mattina', c.at(c.day(2), 8)],
    ['alle 20 di venerdì prossimo', c.at(c.weekday(FRI), 20)],
    ['mercoledì 3 marzo', nine(c.date(3, 3))],
    ['lunedì mattina alle 7 e mezza', c.at(c.weekday(MON), 7, 30)],
    ['il ventotto febbraio', nine(c.date(2, 28))],
    ['tra tre settimane', c.at(c.day(21), 10)],
  ];
}

/** Bare English time expressions, the way public parsers' corpora list them. */
function english(c: Calendar): Expression[] {
  const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
  const y = c.today.year;
  return [
    ['at 3:30pm', c.at(c.today, 15, 30)],
    ['tomorrow at 8 in the evening', c.at(c.day(1), 20)],
    ['at noon', c.at(c.today, 12)],
    ['on February 14th', nine(c.date(2, 14))],
    ['on 4 July 2027', nine({ year: 2027, month: 7, day: 4 })],
    ['next Monday at 9', c.at(c.weekday(MON), 9)],
    ['in 3 hours', c.inMinutes(180)],
    ['in five minutes', c.inMinutes(5)],
    ['in a week', c.at(c.day(7), 10)],
    ['the day after tomorrow in the evening', c.at(c.day(2), 19)],
    ['this Friday', nine(c.weekday(FRI))],
    ['Friday the 12th at 5pm', c.at(c.weekday(FRI), 17)],
    ['at 00:30', c.at(c.day(1), 0, 30)],
    ['at 11pm', c.at(c.today, 23)],
    ['at nine thirty', c.next(9, 30)],
    ['at ten to eleven', c.at(c.today, 10, 50)],
    ['at a quarter to five', c.at(c.today, 16, 45)],
    ['Tuesday next week', nine(c.weekday(TUE))],
    ['Thursday next week at 10', c.at(c.weekday(THU, 1), 10)],
    ['in 15 days', c.at(c.day(15), 10)],
    ['on March 3 at 2pm', c.at(c.date(3, 3), 14)],
    ['on 31 December at 11:59pm', c.at(c.date(12, 31), 23, 59)],
    ['at the end of February', nine(c.date(2, 28))],
    ['on the first of next month', nine(c.date(3, 1))],
    ['on the last day of the month', nine(c.date(2, 28))],
    ['on the second Wednesday of March', nine(c.nth(y, 3, WED, 2))],
    ['next Sunday at lunchtime', c.at(c.weekday(SUN), 13)],
    ['Saturday at 10 in the morning', c.at(c.weekday(SAT), 10)],
    ['in an hour and a quarter', c.inMinutes(75)],
    ['tomorrow around 5', c.at(c.day(1), 17)],
    ['at 5:30pm on Thursday', c.at(c.weekday(THU), 17, 30)],
    ['on Christmas Day at noon', c.at(c.date(12, 25), 12)],
    ["on New Year's Day", nine(c.date(1, 1))],
    ['in 2 days at 8am', c.at(c.day(2), 8)],
    ['at 8pm next Friday', c.at(c.weekday(FRI), 20)],
    ['Wednesday March 3rd', nine(c.date(3, 3))],
    ["at 7 o'clock tonight", c.at(c.today, 19)],
    ['tomorrow evening', c.at(c.day(1), 19)],
    ['this coming Monday', nine(c.weekday(MON))],
    ['in half an hour', c.inMinutes(30)],
    ['on the 20th at 4pm', c.at(c.date(2, 20), 16)],
    ['at 2 in the afternoon', c.at(c.today, 14)],
    ['at 6 in the morning', c.next(6)],
    ['on Monday the 1st of March', nine(c.date(3, 1))],
    ['at 15:45', c.at(c.today, 15, 45)],
    ['3 weeks from today', nine(c.day(21))],
    ['tomorrow at 9ish', c.at(c.day(1), 9)],
  ];
}

/** Time expressions wrapped in a reminder, as the corpus sets of issue 17 are built. */
export const corpusStyle: Family = {
  name: 'corpus-style',
  now: NOW,
  tz: TZ,
  cases: (c) => [
    ...italian(c).map(([expression, when]): Case => ['it', `ricordami ${expression} di pagare`, reminder(when)]),
    ...english(c).map(([expression, when]): Case => ['en', `remind me ${expression} to call Bob`, reminder(when)]),
  ],
};
