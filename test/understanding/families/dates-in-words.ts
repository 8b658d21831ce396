import type { Family } from './calendar.js';
import { booking, NOW, reminder, TZ } from './common.js';

/** Dates written in words, with ordinal marks, abbreviations and ISO forms. */
export const datesInWords: Family = {
  name: 'dates-in-words',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const nine = (m: number, d: number) => c.at(c.date(m, d), 9);
    return [
      ['it', "Ricordami il 1º marzo di pagare l'affitto", reminder(nine(3, 1))],
      ['it', 'Ricordami il 1° aprile di fare uno scherzo a Luca', reminder(nine(4, 1))],
      ['it', 'Ricordami il primo marzo di rinnovare il bollo', reminder(nine(3, 1))],
      ['it', "Segna in agenda il due ottobre l'inaugurazione", booking(c.iso(c.date(10, 2)))],
      ['it', 'udienza 7-ott ore 9.30, segnala in agenda', booking(c.at(c.date(10, 7), 9, 30))],
      ['it', 'Ricordami il 3 mar alle 11 di portare le ricevute', reminder(c.at(c.date(3, 3), 11))],
      ['it', 'Mer 17 feb h 9.30 colloquio con il candidato, mettilo in agenda', booking(c.at(c.date(2, 17), 9, 30))],
      ['it', 'Ricordami il ventinove maggio di chiamare zia Rosa', reminder(nine(5, 29))],
      ['it', 'Ricordami il 2027-3-3 di inviare il modulo', reminder(nine(3, 3))],
      ['it', 'Ricordami il quindici agosto di chiudere le finestre', reminder(nine(8, 15))],
      ['it', 'Ricordami il 12 dic. di fare i regali', reminder(nine(12, 12))],
      ['it', 'Ricordami il trentuno dicembre alle 20 di prenotare il taxi', reminder(c.at(c.date(12, 31), 20))],
      ['it', "Ricordami il 21 giu di tagliare l'erba", reminder(nine(6, 21))],
      ['it', "Ricordami sabato 20 marzo di portare l'auto al lavaggio", reminder(nine(3, 20))],
      ['it', 'Ricordami il 4/3 di chiamare il medico', reminder(nine(3, 4))],
      ['en', 'Put the trade fair on May twenty-nine in my calendar', booking(c.iso(c.date(5, 29)))],
      ['en', 'Remind me on March 3rd to renew the insurance', reminder(nine(3, 3))],
      ['en', 'Remind me on the first of April to play a prank', reminder(nine(4, 1))],
      ['en', 'Remind me on the twenty-first of June to cut the grass', reminder(nine(6, 21))],
      ['en', 'Remind me on Jan. 5 to pay the gas bill', reminder(nine(1, 5))],
      ['en', 'Remind me on Wed 17 Feb to call the landlord', reminder(nine(2, 17))],
      ['en', 'Remind me on 2027-3-3 to send the form', reminder(nine(3, 3))],
      ['en', 'Remind me on the 15th of August to close the windows', reminder(nine(8, 15))],
      ['en', 'Remind me on Dec 12 to buy the presents', reminder(nine(12, 12))],
      ['en', 'Remind me on December thirty-first at 8pm to book a taxi', reminder(c.at(c.date(12, 31), 20))],
      ['en', 'Remind me on 21 June to mow the lawn', reminder(nine(6, 21))],
      ['en', 'Remind me on Saturday, March 20 to wash the car', reminder(nine(3, 20))],
      ['en', 'Remind me on the 4th of March to call the doctor', reminder(nine(3, 4))],
      ['en', 'Remind me on April the second to renew the permit', reminder(nine(4, 2))],
      ['en', 'Remind me on Sept 9 to enrol the kids', reminder(nine(9, 9))],
    ];
  },
};
