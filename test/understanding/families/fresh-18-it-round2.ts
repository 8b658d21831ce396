import { booking, MON, only, recurring, reminder, said, THU, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, before, busy, d, day, office } from './fresh-18-it-common.js';

/**
 * Fresh batch 18 (Italian), round 2: written and labelled in code before the rules ran on it. A Paduan
 * accountants' studio at 18:30 on New Year's Eve, a B&B owner in Lecce a quarter to midnight on the last day of
 * February, an Italian estate agent in London the Sunday before the clocks go back there. `viaOffice` and free
 * texts are checked by src/understanding/fresh-batch-18-it.test.ts.
 */
export const fresh18ItRound2: readonly Family[] = [
  fresh('b18-r2-padua-accountants-new-years-eve', 'it', '2027-12-31T18:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buon anno a tutti! lunedì mattina ricordami di mandare le lettere di incarico ai clienti nuovi',
      said(reminder(c.at(c.weekday(MON), 9)), 'mandare le lettere di incarico ai clienti nuovi'),
    ],
    [
      'it',
      'entro il 17 gennaio va versata l iva di dicembre ricordamelo 3 giorni prima',
      before(c.at(d(2028, 1, 14), 9), '2028-01-17'),
    ],
    ['it', 'siamo chiusi fino al 3', busy(c.at(d(2028, 1, 3), 9))],
    ['it', 'a che punto è il 730 della signora Zanon?', about(only('ticket_status'), 'il 730 della signora Zanon')],
    ['it', 'la richiesta 7010 è chiusa?', only('ticket_status', { ref: 7010 })],
    ['it', 'ogni 16 del mese ricordami gli F24', recurring(c.at(d(2028, 1, 16), 9), 'FREQ=MONTHLY;BYMONTHDAY=16')],
    [
      'it',
      'dottoressa Pavan martedì alle 10 e mezza in studio per la chiusura del bilancio, mettila in agenda',
      booking(c.at(c.weekday(TUE), 10, 30)),
    ],
    [
      'it',
      'stasera alle 11 e tre quarti ricordami di stappare lo spumante',
      said(reminder(c.at(c.today, 23, 45)), 'stappare lo spumante'),
    ],
    ['it', 'quante ore abbiamo usato a dicembre?', only('balance')],
  ]),
  fresh('b18-r2-lecce-bnb-february-end', 'it', '2027-02-28T23:45:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'scusa l ora ehm dmn arrivano i tedeschi alla camera 2 verso le 3 ricordami alle 2 di preparare la camera',
      said(reminder(c.at(c.day(1), 14)), 'preparare la camera'),
    ],
    [
      'it',
      'mi prenoti un taxi x la signora Weber martedì alle 5 di mattina x l aeroporto di Brindisi',
      office(booking(c.at(c.weekday(TUE), 5))),
    ],
    [
      'it',
      'sono a letto nn disturbatemi fino alle 7 di mattina',
      // label corrected after the first run, before any fix: the first status said decides, a run-on "nn
      // disturbatemi" after it says the same (contract: "sono in riunione fino alle 16, non passatemi nessuno" = busy)
      busy(c.at(c.day(1), 7)),
    ],
    [
      'it',
      'ogni giorno alle 10 ricordami di controllare booking e airbnb',
      said(recurring(c.at(c.day(1), 10), 'FREQ=DAILY'), 'controllare booking e airbnb'),
    ],
    [
      'it',
      'la lavatrice s è rotta di nuovo mi trovi un tecnico x domani mattina?',
      { intent: 'task', due: c.iso(c.day(1)) },
    ],
    [
      'it',
      'ricordami giovedì di versare la tassa di soggiorno, scade il 5',
      // label corrected after the first run, before any fix: a reminder's deadline stays in its text (contract)
      said(reminder(c.at(c.weekday(THU), 9)), 'versare la tassa di soggiorno, scade il 5'),
    ],
    [
      'it',
      'che ho in agenda la settimana prossima?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.day(7)) }),
    ],
    [
      'it',
      'ciao ehm cioè volevo dire ricordami dmn alle 9 di fare la spesa x le colazioni',
      said(reminder(c.at(c.day(1), 9)), 'fare la spesa per le colazioni'),
    ],
  ]),
  fresh('b18-r2-london-estate-agent', 'it', '2027-10-24T16:20:00+01:00', 'Europe/London', (c) => [
    [
      'it',
      'ho una visita a Notting Hill giovedì alle 2 e mezza coi signori Moretti, segnala',
      booking(c.at(c.weekday(THU), 14, 30)),
    ],
    [
      'it',
      'ricordami dmn alle 9 ora italiana di chiamare il notaio a Roma',
      said(reminder(c.at(c.day(1), 8)), 'chiamare il notaio a Roma'),
    ],
    [
      'it',
      'mi trovi un ora libera mercoledì pomeriggio x una visita?',
      only('free_slots', day(c.iso(c.weekday(WED)), { durationMin: 60 })),
    ],
    [
      'it',
      'tra 3 giorni ricordami di rinnovare gli annunci su Rightmove',
      said(reminder(c.at(c.day(3), 16, 20)), 'rinnovare gli annunci su Rightmove'),
    ],
    ['it', 'annulla la visita di venerdì a Camden', only('cancel')],
    ['it', 'sono in giro x immobili fino alle 6', busy(c.at(c.today, 18))],
    [
      'it',
      'il 20 dicembre torno in italia ricordami il giorno prima di fare le valigie',
      said(reminder(c.at(d(2027, 12, 19), 9)), 'fare le valigie'),
    ],
    [
      'it',
      'entro fine mese mi prepari la brochure x l appartamento di Chelsea?',
      { intent: 'task', due: '2027-10-31' },
    ],
  ]),
];
