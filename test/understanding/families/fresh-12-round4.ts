import type { Family } from './calendar.js';
import {
  booking,
  FRI,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  SAT,
  task,
  taskAt,
  THU,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 12, fourth round: written and labelled before running the rules (after round 3 was fixed).
 * A Bolognese client on the Monday morning after New Year (Epifania on Wednesday); a B&B owner on a lake
 * on the last Saturday afternoon of July, Ferragosto ahead; an Italian in Paris five minutes before
 * midnight on a Thursday.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh12Round4: readonly Family[] = [
  fresh('b12-r4-bologna-after-new-year', 'it', '2027-01-04T08:05:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buongiorno e buon anno! mi ricordi dopo la befana di portare giù l albero?',
      reminder(c.at(d(2027, 1, 7), 9)),
    ],
    ['it', 'entro l epifania mi serve il preventivo x la ristrutturazione del bagno', task('2027-01-06')],
    [
      'it',
      'oggi pome sn dal commercialista fino alle 5 e mezza',
      only('status', { availability: 'busy', until: c.at(c.today, 17, 30) }),
    ],
    ['it', 'mi fissi un appuntamento col notaio Rinaldi x giovedì verso le 11?', booking(c.at(c.weekday(THU), 11))],
    ['it', 'annulla la cena di venerdì da Diana, la 6012', only('cancel', { ref: 6012 })],
    ['it', 'sposta la lezione di pilates di mercoledì a sabato mattina', reschedule(c.at(c.weekday(SAT), 9))],
    ['it', 'che ho in agenda x l epifania?', only('agenda', { from: '2027-01-06', to: '2027-01-06' })],
    ['it', 'ricordami tra 2 settimane di chiamare l idraulico x il preventivo', reminder(c.at(c.day(14), 8, 5))],
    [
      'it',
      'ogni 2 settimane il lunedì ricordami di mandare le fatture al commercialista',
      recurring(c.at(c.today, 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
    ],
  ]),
  fresh('b12-r4-lake-july-end', 'it', '2027-07-31T16:40:00+02:00', 'Europe/Rome', (c) => [
    ['it', 'ciao! dmn arrivano 2 ospiti alle 3, ricordamelo mezz ora prima', reminder(c.at(c.day(1), 14, 30))],
    [
      'it',
      'x ferragosto prenotami un tavolo x 12 al ristorante del lago alle 8 e mezza',
      booking(c.at(d(2027, 8, 15), 20, 30), { partySize: 12 }),
    ],
    [
      'it',
      'nel tardo pomeriggio di lunedì mi fai chiamare dal tecnico della piscina?',
      taskAt(c.at(c.weekday(MON), 17)),
    ],
    [
      'it',
      'sono in spiaggia fino alle 6, nn rispondo',
      only('status', { availability: 'busy', until: c.at(c.today, 18) }),
    ],
    ['it', 'quante ore ho consumato a luglio?', only('balance')],
    ['it', 'a inizio agosto mi serve la traduzione in tedesco delle regole della casa', task('2027-08-01')],
    [
      'it',
      'che impegni ho tra lunedì e mercoledì?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(WED)) }),
    ],
    ['it', 'ricordami venerdì prossimo alle 10 di fare il check out dei tedeschi', reminder(c.at(c.weekday(FRI), 10))],
  ]),
  fresh('b12-r4-paris-midnight', 'it', '2027-11-25T23:55:00+01:00', 'Europe/Paris', (c) => [
    [
      'it',
      'scusa l ora tarda, dmn alle 9 e un quarto ho il colloquio, ricordamelo alle 8',
      reminder(c.at(c.day(1), 8)),
    ],
    ['it', 'prenotami da Le Comptoir sabato sera x 2 alle 8', booking(c.at(c.weekday(SAT), 20), { partySize: 2 })],
    ['it', 'sposta il meeting con Dupont a lunedì in mattinata', reschedule(c.at(c.weekday(MON), 9))],
    [
      'it',
      'fino a dmn a pranzo sono in treno, scrivetemi solo x urgenze',
      only('status', { availability: 'busy', until: c.at(c.day(1), 13) }),
    ],
    ['it', 'a che punto è la prenotazione dell hotel a Lione? rich 8830', only('ticket_status', { ref: 8830 })],
    [
      'it',
      'mi fai mandare da uno di voi i fiori a mia madre x il suo compleanno martedì?',
      task(c.iso(c.weekday(TUE))),
    ],
    ['it', 'tutti i giorni alle 7 ricordami la pillola', recurring(c.at(c.day(1), 19), 'FREQ=DAILY')],
    [
      'it',
      'ho l aereo x Roma il 23 dicembre alle 7 e 40 di mattina, ricordamelo il giorno prima',
      { intent: 'reminder', when: c.at(d(2027, 12, 22), 9), due: '2027-12-23' },
    ],
  ]),
];
