import type { Family } from './calendar.js';
import { booking, FRI, MON, NOW, reminder, TZ } from './common.js';

/** Offsets and counts: "dopo domani", "fra due venerdì", "3 days from today", "a week from Monday". */
export const offsets: Family = {
  name: 'offsets-counts',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    const christmas = c.date(12, 25);
    const nextMonth = (day: number) => ({ year: c.today.year, month: c.today.month + 1, day });
    return [
      ['it', "Ricordami dopo domani alle 10 di controllare l'allarme", reminder(c.at(c.day(2), 10))],
      ['it', 'Ricordami il giorno dopo domani di pagare la bolletta', reminder(nine(c.day(2)))],
      ['it', 'Ricordami fra due venerdì di fare il bonifico', reminder(nine(c.weekday(FRI, 1)))],
      ['it', "Ricordami tra tre lunedì alle 9 di rinnovare l'abbonamento", reminder(c.at(c.weekday(MON, 2), 9))],
      ['it', "Ricordami il 20 del mese prossimo di pagare l'affitto", reminder(nine(nextMonth(20)))],
      ['it', 'Ricordami il 5 del prossimo mese di mandare le fatture', reminder(nine(nextMonth(5)))],
      ['it', 'Fissa la riunione tre giorni dopo Natale alle 10', booking(c.at(c.plus(christmas, 3), 10))],
      ['it', 'Ricordami tra 3 giorni alle 18 di richiamare Gino', reminder(c.at(c.day(3), 18))],
      ['it', 'Ricordami una settimana dopo Pasqua di fare il tagliando', reminder(nine(c.plus(c.easter(), 7)))],
      ['it', 'Ricordami tra 2 settimane di rinnovare il passaporto', reminder(c.at(c.day(14), 10))],
      ['it', 'Ricordami domani a otto di chiamare il notaio', reminder(nine(c.day(8)))],
      ['it', "Ricordami lunedì a otto di pagare l'IMU", reminder(nine(c.weekday(MON, 1)))],
      ['it', 'Ricordami due giorni prima di Ferragosto di chiudere le imposte', reminder(nine(c.date(8, 13)))],
      ['it', 'Ricordami tra 45 minuti di togliere la torta dal forno', reminder(c.inMinutes(45))],
      ['it', 'Ricordami cinque giorni dopo il 3 marzo di chiamare il geometra', reminder(nine(c.date(3, 8)))],
      ['en', 'Remind me 3 days from today at 4pm to chase the invoice', reminder(c.at(c.day(3), 16))],
      ['en', 'Remind me a week from Monday to renew the lease', reminder(nine(c.weekday(MON, 1)))],
      ['en', 'Remind me 2 fridays from now to pay the builder', reminder(nine(c.weekday(FRI, 1)))],
      ['en', 'Remind me on the 20th of next month to pay the rent', reminder(nine(nextMonth(20)))],
      ['en', 'Remind me in 2 weeks from Friday to call the bank', reminder(nine(c.weekday(FRI, 2)))],
      ['en', 'Remind me three days after Christmas to return the gifts', reminder(nine(c.plus(christmas, 3)))],
      ['en', 'Remind me the day after tomorrow at 10 to check the alarm', reminder(c.at(c.day(2), 10))],
      ['en', 'Remind me in 3 days at 6pm to call Gina', reminder(c.at(c.day(3), 18))],
      ['en', 'Remind me a week after Easter to service the car', reminder(nine(c.plus(c.easter(), 7)))],
      ['en', 'Remind me in 45 minutes to take the cake out', reminder(c.inMinutes(45))],
      ['en', 'Remind me 2 days from tomorrow to send the contract', reminder(nine(c.day(3)))],
      ['en', 'Remind me the Friday after next to book the venue', reminder(nine(c.weekday(FRI, 1)))],
      ['en', 'Remind me Monday week to pay the plumber', reminder(nine(c.weekday(MON, 1)))],
      ['en', "Remind me 5 days before New Year's Eve to book the restaurant", reminder(nine(c.date(12, 26)))],
      ['en', 'Remind me in 2 weeks to renew my passport', reminder(c.at(c.day(14), 10))],
    ];
  },
};
