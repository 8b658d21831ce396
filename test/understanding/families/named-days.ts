import type { Family } from './calendar.js';
import { booking, NOW, reminder, SUN, THU, TZ } from './common.js';

/** Holidays, fixed and movable (Easter computed), and days counted from them. */
export const namedDays: Family = {
  name: 'named-days',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const nine = (m: number, d: number) => c.at(c.date(m, d), 9);
    const year = c.today.year;
    return [
      ['it', 'Ricordami a Natale di chiamare la nonna', reminder(nine(12, 25))],
      ['it', 'Ricordami la vigilia di Natale alle 18 di chiudere il negozio', reminder(c.at(c.date(12, 24), 18))],
      ['it', 'ricordami a Pasqua di fare gli auguri ai clienti', reminder(c.at(c.easter(), 9))],
      ['it', 'Ricordami a Pasquetta alle 10 di portare la griglia', reminder(c.at(c.easter(1), 10))],
      ['it', 'Segna in agenda la cena di San Valentino alle 20:30', booking(c.at(c.date(2, 14), 20, 30))],
      ['it', 'Ricordami a Ferragosto di annaffiare le piante', reminder(nine(8, 15))],
      ['it', 'Ricordami il giorno dopo Ferragosto di riaprire lo studio', reminder(nine(8, 16))],
      ['it', 'Ricordami per la festa della mamma di ordinare i fiori', reminder(c.at(c.nth(year, 5, SUN, 2), 9))],
      ['it', 'Ricordami a Capodanno alle 11 di chiamare i parenti', reminder(c.at(c.date(1, 1), 11))],
      ['it', "Ricordami all'Epifania di togliere l'albero", reminder(nine(1, 6))],
      ['it', 'Ricordami a San Silvestro alle 22 di prenotare il taxi', reminder(c.at(c.date(12, 31), 22))],
      ['it', 'Ricordami due giorni prima di Natale di spedire i pacchi', reminder(nine(12, 23))],
      ['it', 'Ricordami ad Halloween di comprare le caramelle', reminder(nine(10, 31))],
      ['it', 'Ricordami a Santo Stefano di chiamare lo zio', reminder(nine(12, 26))],
      ['it', 'Ricordami per la Festa della Repubblica di esporre la bandiera', reminder(nine(6, 2))],
      ['it', 'Ricordami a Ognissanti di portare i fiori al cimitero', reminder(nine(11, 1))],
      ['it', 'Ricordami il venerdì santo di ordinare le colombe', reminder(c.at(c.easter(-2), 9))],
      ['en', 'Remind me on Christmas Eve at 6pm to wrap the presents', reminder(c.at(c.date(12, 24), 18))],
      ['en', 'Remind me on Christmas Day to call grandma', reminder(nine(12, 25))],
      ['en', 'Remind me on Easter Sunday to hide the eggs', reminder(c.at(c.easter(), 9))],
      ['en', 'Remind me on Good Friday to order the fish', reminder(c.at(c.easter(-2), 9))],
      ['en', "Remind me on Valentine's Day to buy roses", reminder(nine(2, 14))],
      ['en', "Remind me on Mother's Day to call mum", reminder(c.at(c.nth(year, 5, SUN, 2), 9))],
      ['en', 'Remind me on Thanksgiving at 3pm to start the turkey', reminder(c.at(c.nth(year, 11, THU, 4), 15))],
      ['en', "Remind me on New Year's Eve at 11pm to open the champagne", reminder(c.at(c.date(12, 31), 23))],
      ['en', "Remind me on New Year's Day to write down my goals", reminder(nine(1, 1))],
      ['en', 'Remind me on Boxing Day to return the jumper', reminder(nine(12, 26))],
      ['en', 'Remind me on Halloween to carve the pumpkin', reminder(nine(10, 31))],
      ['en', 'Remind me two days before Christmas to post the cards', reminder(nine(12, 23))],
      [
        'en',
        'Remind me the day after Thanksgiving to check the sales',
        reminder(c.at(c.plus(c.nth(year, 11, THU, 4), 1), 9)),
      ],
      ['en', 'Remind me on Easter Monday at 10am to book the ferry', reminder(c.at(c.easter(1), 10))],
      ['en', "Book a table at Luigi's on Valentine's Day at 8pm", booking(c.at(c.date(2, 14), 20))],
      ['en', "Remind me on Father's Day to call dad", reminder(c.at(c.nth(year, 6, SUN, 3), 9))],
    ];
  },
};
