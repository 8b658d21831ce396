import { booking, MON, only, recurring, reminder, said, SAT, THU, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, before, busy, d, day, office } from './fresh-18-it-common.js';

/**
 * Fresh batch 18 (Italian), round 5: written and labelled in code before the rules ran on it. An accountants'
 * studio in Treviso at 17:55 on the Friday before August, a florist in Bari at dawn the day before Mother's Day,
 * an Italian B&B owner in Lisbon late on the last day of January 2028. `viaOffice` and free texts are checked by
 * src/understanding/fresh-batch-18-it.test.ts.
 */
export const fresh18ItRound5: readonly Family[] = [
  fresh('b18-r5-treviso-accountants-july-end', 'it', '2027-07-30T17:55:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ragazzi dal 9 al 20 agosto lo studio è chiuso ricordami lunedì di mettere l avviso sul sito',
      said(reminder(c.at(c.weekday(MON), 9)), 'mettere l avviso sul sito'),
    ],
    [
      'it',
      'entro il 20 agosto va pagato l f24 del secondo acconto, ricordamelo la settimana prima',
      before(c.at(d(2027, 8, 13), 9), '2027-08-20'),
    ],
    ['it', 'fino alle 7 sono in riunione coi soci nn passatemi nessuno', busy(c.at(c.today, 19))],
    [
      'it',
      'a che punto sta la dichiarazione della ditta Zago?',
      about(only('ticket_status'), 'la dichiarazione della ditta Zago'),
    ],
    ['it', 'la pratica 2291 è partita?', only('ticket_status', { ref: 2291 })],
    [
      'it',
      'mi serve una mano a scrivere la circolare ai clienti sulle scadenze di settembre, entro mercoledì',
      { intent: 'task', due: c.iso(c.weekday(WED)) },
    ],
    [
      'it',
      'ogni lunedì alle 9 e mezza ricordami la riunione di studio',
      recurring(c.at(c.weekday(MON), 9, 30), 'FREQ=WEEKLY;BYDAY=MO'),
    ],
    [
      'it',
      'che ho in agenda lunedì e martedì?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 1)) }),
    ],
    [
      'it',
      'tra un quarto d ora ricordami di spegnere il server',
      said(reminder(c.inMinutes(15)), 'spegnere il server'),
    ],
  ]),
  fresh('b18-r5-bari-florist-mothers-day-eve', 'it', '2027-05-08T07:10:00+02:00', 'Europe/Rome', (c) => [
    ['it', 'oggi è un delirio x la festa della mamma, sn in negozio fino alle 9 di sera', busy(c.at(c.today, 21))],
    [
      'it',
      'ricordami alle 8 di chiamare il corriere x le consegne a domicilio',
      said(reminder(c.at(c.today, 8)), 'chiamare il corriere per le consegne a domicilio'),
    ],
    ['it', 'la signora de Palo ritira il bouquet domani alle 10 mettilo in agenda', booking(c.at(c.day(1), 10))],
    ['it', 'ehm ordinami 200 gerbere dal vivaio di Terlizzi x lunedì', { intent: 'task', due: c.iso(c.weekday(MON)) }],
    ['it', 'ricordami dmn sera di fare la cassa', said(reminder(c.at(c.day(1), 19)), 'fare la cassa')],
    [
      'it',
      'mi trovi un ora libera mercoledì x andare dal commercialista?',
      only('free_slots', day(c.iso(c.weekday(WED)), { durationMin: 60 })),
    ],
    ['it', 'la richiesta n. 3771 com è andata?', only('ticket_status', { ref: 3771 })],
    [
      'it',
      'ogni 2 giovedì ricordami di cambiare l acqua alle piante in vetrina',
      recurring(c.at(c.weekday(THU), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'),
    ],
  ]),
  fresh('b18-r5-lisbon-bnb-january-end', 'it', '2028-01-31T22:15:00+00:00', 'Europe/Lisbon', (c) => [
    [
      'it',
      'ehm ciao ehm volevo dire domani arrivano 2 coppie italiane ricordami alle 2 di fare le camere',
      said(reminder(c.at(c.day(1), 14)), 'fare le camere'),
    ],
    [
      'it',
      'entro fine febbraio devo rinnovare la licenza AL ricordamelo una settimana prima',
      before(c.at(d(2028, 2, 22), 9), '2028-02-29'),
    ],
    [
      'it',
      'prenotami un tavolo x 4 giovedì alle 8 e mezza alla Cervejaria Ramiro',
      office(booking(c.at(c.weekday(THU), 20, 30), { partySize: 4 })),
    ],
    ['it', 'a mezzanotte ricordami di chiudere il cancello', said(reminder(c.at(c.day(1), 0)), 'chiudere il cancello')],
    ['it', 'sono fuori fino alle 11 e mezza', busy(c.at(c.today, 23, 30))],
    ['it', 'che prenotazioni ho nel weekend?', only('agenda', { from: c.iso(c.weekday(SAT)), to: c.iso(c.day(6)) })],
    [
      'it',
      'sposta la pulizia straordinaria da mercoledì a venerdì alle 10',
      about({ intent: 'reschedule', when: c.at(c.day(4), 10) }, 'pulizia straordinaria'),
    ],
    [
      'it',
      'ho ricevuto 3 recensioni negative, mi scrivi tu le risposte entro domani?',
      { intent: 'task', due: c.iso(c.day(1)) },
    ],
  ]),
];
