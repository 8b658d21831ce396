import { booking, FRI, MON, only, recurring, reminder, said, SUN, THU, titled } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { busy, d, day, office } from './fresh-18-it-common.js';

/**
 * Fresh batch 18 (Italian), round 4: written and labelled in code before the rules ran on it. A Palermo lawyer
 * at 23:30 on 23 December, a B&B owner in Olbia before dawn on the last day of June, an Italian physiotherapist
 * in New York the Sunday the clocks went back there (Rome already on winter time). `viaOffice` and free texts
 * are checked by src/understanding/fresh-batch-18-it.test.ts.
 */
export const fresh18ItRound4: readonly Family[] = [
  fresh('b18-r4-palermo-lawyer-december-23', 'it', '2027-12-23T23:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ehm scusate l orario dmn mattina alle 9 devo notificare l atto di appello ricordamelo',
      reminder(c.at(c.day(1), 9)),
    ],
    [
      'it',
      'x santo stefano prenotami un tavolo x 8 da Gagini all 1 e mezza',
      office(booking(c.at(d(2027, 12, 26), 13, 30), { partySize: 8 })),
    ],
    [
      'it',
      'il 28 ho l udienza col giudice Sciortino alle 10 e un quarto',
      titled(booking(c.at(d(2027, 12, 28), 10, 15)), 'udienza col giudice Sciortino'),
    ],
    ['it', 'a che punto siamo col ricorso della signora Lo Bue?', only('ticket_status')],
    ['it', 'nn ci sono x nessuno fino al 27', only('status', { availability: 'dnd', until: c.at(d(2027, 12, 27), 9) })],
    [
      'it',
      'ricordami tutti i giorni feriali alle 8 di controllare il pct',
      said(recurring(c.at(c.day(1), 8), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'), 'controllare il pct'),
    ],
    ['it', 'entro il 31 mi servono le parcelle di dicembre stampate', { intent: 'task', due: '2027-12-31' }],
    ['it', 'ok grazie, buone feste', only('other')],
  ]),
  fresh('b18-r4-olbia-bnb-dawn', 'it', '2027-06-30T05:50:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'sveglia presto oggi arrivano 3 camere ricordami alle 7 di mattina di preparare le colazioni',
      said(reminder(c.at(c.today, 7)), 'preparare le colazioni'),
    ],
    ['it', 'la famiglia Hansen ha cancellato x sabato, togli la prenotazione', only('cancel')],
    ['it', 'mi chiami la lavanderia e chiedi se passano oggi x le lenzuola?', { intent: 'task', due: c.iso(c.today) }],
    ['it', 'alle 4 ho il check in dei Rossi poi alle 6 quello degli olandesi', booking(c.at(c.today, 16))],
    [
      'it',
      'ogni domenica sera ricordami di fare il resoconto della settimana',
      said(recurring(c.at(c.weekday(SUN), 19), 'FREQ=WEEKLY;BYDAY=SU'), 'fare il resoconto della settimana'),
    ],
    ['it', 'quante ore di pacchetto mi rimangono?', only('balance')],
    ['it', 'mi prenoti il traghetto x Livorno del 15 luglio?', only('task')],
    ['it', 'sono al porto a prendere degli ospiti fino alle 9 e mezza', busy(c.at(c.today, 9, 30))],
    [
      'it',
      'domani è il primo ricordami di pagare l affitto della struttura',
      said(reminder(c.at(c.day(1), 9)), 'pagare l affitto della struttura'),
    ],
  ]),
  fresh('b18-r4-new-york-physio-dst-sunday', 'it', '2027-11-07T10:00:00-05:00', 'America/New_York', (c) => [
    [
      'it',
      'stanotte hanno messo indietro l orologio ehm ricordami alle 11 di chiamare mia sorella a Torino',
      said(reminder(c.at(c.today, 11)), 'chiamare mia sorella a Torino'),
    ],
    ['it', 'dmn alle 8 di mattina ho il primo paziente, il signor Klein', booking(c.at(c.weekday(MON), 8))],
    [
      'it',
      'mi trovi un ora e mezza libera giovedì x la riunione con lo studio?',
      only('free_slots', day(c.iso(c.weekday(THU)), { durationMin: 90 })),
    ],
    ['it', 'fissami una call coi colleghi di Milano martedì alle 3 ora italiana', booking(c.at(c.day(2), 9))],
    ['it', 'sono in clinica fino alle 7 di stasera', busy(c.at(c.today, 19))],
    ['it', 'la richiesta 8120 è stata presa in carico?', only('ticket_status', { ref: 8120 })],
    [
      'it',
      'ricordami ogni 2 settimane il venerdì di fare gli ordini delle bende',
      recurring(c.at(c.weekday(FRI), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'),
    ],
    [
      'it',
      'x il ringraziamento chiudo, ricordami il mercoledì prima di avvisare i pazienti',
      reminder(c.at(d(2027, 11, 24), 9)),
    ],
  ]),
];
