import type { Family } from './calendar.js';
import { FRI, NOW, reminder, THU, TZ } from './common.js';

/** Explicit minutes next to a part of the day, and hours coloured by it. */
export const partOfDay: Family = {
  name: 'part-of-day-minutes',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const tomorrow = c.day(1);
    return [
      ['it', 'Ricordami domani alle 3:20 del pomeriggio di chiamare il fornitore', reminder(c.at(tomorrow, 15, 20))],
      ['it', 'Ricordami giovedì alle 11:45 del mattino di passare in banca', reminder(c.at(c.weekday(THU), 11, 45))],
      ['it', 'Ricordami domani alle 1:30 del pomeriggio di uscire', reminder(c.at(tomorrow, 13, 30))],
      ['it', 'Ricordami alle 8 di stasera di chiamare Marta', reminder(c.at(c.today, 20))],
      ['it', 'Ricordami alle 9 e mezza di sera di spegnere il server', reminder(c.at(c.today, 21, 30))],
      ['it', 'Ricordami domani alle 7:15 di mattina di prendere il treno', reminder(c.at(tomorrow, 7, 15))],
      ['it', 'Ricordami a mezzogiorno meno un quarto di uscire', reminder(c.next(11, 45))],
      ['it', 'Ricordami a mezzogiorno e un quarto di mangiare', reminder(c.next(12, 15))],
      [
        'it',
        'Ricordami venerdì alle 5 e un quarto del pomeriggio di chiudere la cassa',
        reminder(c.at(c.weekday(FRI), 17, 15)),
      ],
      ['it', 'Ricordami domani alle 10:40 di sera di guardare la partita', reminder(c.at(tomorrow, 22, 40))],
      ['it', 'Ricordami domani alle 6:50 del mattino di svegliare Luca', reminder(c.at(tomorrow, 6, 50))],
      ['it', "Ricordami alle 4 meno dieci del pomeriggio di chiamare l'avvocato", reminder(c.next(15, 50))],
      ['it', 'Ricordami domani alle 2:05 di notte di controllare il forno', reminder(c.at(tomorrow, 2, 5))],
      ['it', 'Ricordami stasera alle 8:30 di mandare il report', reminder(c.at(c.today, 20, 30))],
      ['it', 'Ricordami domani pomeriggio alle 4:10 di fare la spesa', reminder(c.at(tomorrow, 16, 10))],
      ['en', 'Remind me tomorrow at 3:20 in the afternoon to call the supplier', reminder(c.at(tomorrow, 15, 20))],
      ['en', 'Remind me at 11:45 in the morning to go to the bank', reminder(c.next(11, 45))],
      ['en', 'Remind me at 8 tonight to call Martha', reminder(c.at(c.today, 20))],
      ['en', 'Remind me tomorrow at 9:30 in the evening to lock the shed', reminder(c.at(tomorrow, 21, 30))],
      ['en', 'Remind me at a quarter past noon to eat', reminder(c.next(12, 15))],
      ['en', 'Remind me at a quarter to noon to leave', reminder(c.next(11, 45))],
      ['en', 'Remind me at half past noon to call Bob', reminder(c.next(12, 30))],
      ['en', 'Remind me tomorrow at 7:15 in the morning to catch the train', reminder(c.at(tomorrow, 7, 15))],
      ['en', 'Remind me at 8pm today to water the plants', reminder(c.at(c.today, 20))],
      ['en', 'Remind me tomorrow at 4 a.m. to leave for the airport', reminder(c.at(tomorrow, 4))],
      ['en', 'Remind me tomorrow at 6:50 in the morning to wake Luke', reminder(c.at(tomorrow, 6, 50))],
      ['en', 'Remind me tomorrow afternoon at 4:10 to do the shopping', reminder(c.at(tomorrow, 16, 10))],
      ['en', 'Remind me this evening at 8:30 to send the report', reminder(c.at(c.today, 20, 30))],
      ['en', 'Remind me on Friday at 5:15 in the afternoon to close the till', reminder(c.at(c.weekday(FRI), 17, 15))],
      ['en', 'Remind me at 10 to midnight to check the oven', reminder(c.next(23, 50))],
    ];
  },
};
