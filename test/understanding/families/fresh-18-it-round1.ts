import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, busy, d, day, office } from './fresh-18-it-common.js';

/**
 * Fresh batch 18 (Italian), round 1: whole client messages written and labelled in code before the rules ran on
 * them (voice-note transcriptions with no punctuation and fillers, short fragments, typos). A Milanese lawyer on
 * the Sunday morning the clocks went forward, a Florentine florist late on the eve of Valentine's Day, a
 * Neapolitan plumber at dawn. `viaOffice` and free texts are checked by src/understanding/fresh-batch-18-it.test.ts.
 */
export const fresh18ItRound1: readonly Family[] = [
  fresh('b18-r1-milan-lawyer-dst-sunday', 'it', '2028-03-26T09:15:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ehm allora stanotte hanno cambiato l ora quindi ehm ricordami alle 11 di chiamare il collega Ferri',
      said(reminder(c.at(c.today, 11)), 'chiamare il collega Ferri'),
    ],
    ['it', 'domani ho udienza alle 9 e mezza in tribunale a Milano ricordamelo stasera', reminder(c.at(c.today, 19))],
    [
      'it',
      'entro giovedì devo depositare la memoria difensiva ricordamelo mercoledì pomeriggio',
      reminder(c.at(c.weekday(WED), 15)),
    ],
    ['it', 'sono in studio a preparare l udienza fino all una', busy(c.at(c.today, 13))],
    [
      'it',
      'a che punto è la ricerca sulle clausole vessatorie?',
      about(only('ticket_status'), 'la ricerca sulle clausole vessatorie'),
    ],
    ['it', 'la pratica 5812 l avete protocollata?', only('ticket_status', { ref: 5812 })],
    [
      'it',
      'mi trovi due ore libere martedì x studiare il fascicolo Galli?',
      only('free_slots', day(c.iso(c.weekday(TUE)), { durationMin: 120 })),
    ],
    [
      'it',
      'prenotami un tavolo x 6 da Langosteria venerdì sera alle 9 cioè alle 9 e mezza',
      office(booking(c.at(c.weekday(FRI), 21, 30), { partySize: 6 })),
    ],
    [
      'it',
      'ogni lunedì alle 8 ricordami di controllare i termini in scadenza',
      said(recurring(c.at(c.weekday(MON), 8), 'FREQ=WEEKLY;BYDAY=MO'), 'controllare i termini in scadenza'),
    ],
    ['it', 'annulla la call di martedì con lo studio di Torino', only('cancel')],
    [
      'it',
      'ricordami il 31 di pagare la cassa forense',
      said(reminder(c.at(d(2028, 3, 31), 9)), 'pagare la cassa forense'),
    ],
    [
      'it',
      'mi serve entro venerdì una visura camerale della Galli srl',
      { intent: 'task', due: c.iso(c.weekday(FRI)) },
    ],
  ]),
  fresh('b18-r1-florence-florist-valentine-eve', 'it', '2028-02-13T21:40:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'dmn è san valentino ricordami alle 6 di mattina di ritirare le rose dal grossista',
      said(reminder(c.at(c.day(1), 6)), 'ritirare le rose dal grossista'),
    ],
    [
      'it',
      'ehm ehm la signora Bruni passa a prendere 30 rose rosse dmn alle 10 segnamelo',
      booking(c.at(c.day(1), 10)),
    ],
    ['it', 'tra mezz ora ricordami di chiudere la serra', said(reminder(c.inMinutes(30)), 'chiudere la serra')],
    [
      'it',
      'ogni sabato alle 6 e mezza di mattina ricordami di fare l ordine all asta di Pescia',
      recurring(c.at(c.weekday(SAT), 6, 30), 'FREQ=WEEKLY;BYDAY=SA'),
    ],
    ['it', 'sono in negozio fino alle 11 a sistemare', busy(c.at(c.today, 23))],
    ['it', 'quante ore mi restano questo mese?', only('balance')],
    [
      'it',
      'mi serve un preventivo x gli addobbi del matrimonio Ricci entro mercoledì, lo prepari tu?',
      { intent: 'task', due: c.iso(c.weekday(WED)) },
    ],
    ['it', 'che consegne ho martedì?', only('agenda', day(c.iso(c.weekday(TUE))))],
    ['it', 'nn ce la faccio piu buonanotte', only('other')],
  ]),
  fresh('b18-r1-naples-plumber-dawn', 'it', '2027-11-16T06:10:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buongiorno sn gia in macchina ehm alle 8 ho la caldaia a Posillipo poi alle 11 lo scarico in via Toledo segnali',
      booking(c.at(c.today, 8)),
    ],
    [
      'it',
      'ricordami tra 2 ore di chiamare il fornitore x il miscelatore',
      said(reminder(c.inMinutes(120)), 'chiamare il fornitore per il miscelatore'),
    ],
    ['it', 'oggi sto sotto un bagno fino alle 3 nn rispondo', busy(c.at(c.today, 15))],
    ['it', 'la signora Esposito ha disdetto giovedì, cancella', only('cancel')],
    ['it', 'a che punto sta la richiesta 4402?', only('ticket_status', { ref: 4402 })],
    [
      'it',
      'ricordami ogni venerdì alle 5 di fare le fatture della settimana',
      said(recurring(c.at(c.weekday(FRI), 17), 'FREQ=WEEKLY;BYDAY=FR'), 'fare le fatture della settimana'),
    ],
    [
      'it',
      'mi cerchi un buco domani pomeriggio x un intervento di un ora e mezza?',
      only('free_slots', day(c.iso(c.day(1)), { durationMin: 90 })),
    ],
    ['it', 'sposta il sopralluogo di dmn a venerdì alle 9', reschedule(c.at(c.weekday(FRI), 9))],
  ]),
];
