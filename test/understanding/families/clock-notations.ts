import type { Family } from './calendar.js';
import { booking, MON, NOW, reminder, TZ } from './common.js';

/** How a time of day is written: 15h30, seconds, 7p, -ish, half three, 1/4h, minus minutes. */
export const clockNotations: Family = {
  name: 'clock-notations',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const tomorrow = c.day(1);
    return [
      ['it', 'Lunedì 15h30 riunione con il commercialista, mettila in agenda', booking(c.at(c.weekday(MON), 15, 30))],
      ['it', 'Ricordami alle 16:30:00 di collegarmi alla call', reminder(c.next(16, 30))],
      ['it', 'Ricordami domani h 9.30 di chiamare la banca', reminder(c.at(tomorrow, 9, 30))],
      ['it', 'Ricordami alle otto meno tre minuti di accendere la radio', reminder(c.next(7, 57))],
      ['it', 'Ricordami verso le 8 di portare fuori il cane', reminder(c.next(8))],
      ['it', 'Ricordami alle 15 e 20 di chiamare Franco', reminder(c.next(15, 20))],
      ['it', 'Ricordami alle 3 e 40 di prendere le medicine', reminder(c.next(15, 40))],
      ['it', "Ricordami tra 1/4 d'ora di spegnere il forno", reminder(c.inMinutes(15))],
      ['it', "Ricordami alle 17.45 di chiudere l'ufficio", reminder(c.next(17, 45))],
      ['it', 'Ricordami alle 21:15:30 di staccare il modem', reminder(c.next(21, 15))],
      ['it', 'Ricordami domani alle ore 14 di scrivere a Paola', reminder(c.at(tomorrow, 14))],
      ['it', 'Ricordami alle 23h di controllare le mail', reminder(c.next(23))],
      ['it', 'Ricordami alle 5 meno un quarto di andare a prendere i bambini', reminder(c.next(16, 45))],
      ['it', 'Ricordami alle 12 e mezza di pranzare', reminder(c.next(12, 30))],
      ['it', 'Ricordami alle 7 meno 10 di sera di chiamare Anna', reminder(c.next(18, 50))],
      ['en', 'Remind me at 7p to call Sara', reminder(c.next(19))],
      ['en', 'Remind me at 7pm-ish to call the plumber', reminder(c.next(19))],
      ['en', 'Remind me tomorrow at 8:00:20 to join the webinar', reminder(c.at(tomorrow, 8))],
      ['en', 'Remind me at half three to collect the kids', reminder(c.next(15, 30))],
      ['en', 'Remind me at 8-ish to feed the cat', reminder(c.next(8))],
      ['en', 'Remind me at 15:45 to send the invoice', reminder(c.next(15, 45))],
      ['en', 'Remind me at 4.30pm to call the bank', reminder(c.next(16, 30))],
      ['en', 'Remind me in 1/4h to check the pasta', reminder(c.inMinutes(15))],
      ['en', 'Remind me at 5 p.m. to leave', reminder(c.next(17))],
      ['en', 'Remind me tomorrow at 6am to go running', reminder(c.at(tomorrow, 6))],
      ['en', 'Remind me at 10 past 4 to move the car', reminder(c.next(16, 10))],
      ['en', 'Remind me at quarter to 6 to start dinner', reminder(c.next(17, 45))],
      ['en', "Remind me at 9 o'clock tomorrow to open the shop", reminder(c.at(tomorrow, 9))],
      ['en', 'Remind me tomorrow at 11:30am to phone the school', reminder(c.at(tomorrow, 11, 30))],
      ['en', 'Remind me at 12:05 pm to take my pills', reminder(c.next(12, 5))],
    ];
  },
};
