import { booking, FRI, MON, only, recurring, reminder, reschedule, said, THU, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { busy, d, day, office } from './fresh-18-it-common.js';

/**
 * Fresh batch 18 (Italian), round 3: written and labelled in code before the rules ran on it. A Bolognese
 * physiotherapist at 07:30 the Sunday the clocks went back (Ognissanti the next day), a Roman estate agent on the
 * evening of 30 April (1 May the next day), a Bergamo plumber's voice notes before dawn on the Monday after New
 * Year. `viaOffice` and free texts are checked by src/understanding/fresh-batch-18-it.test.ts.
 */
export const fresh18ItRound3: readonly Family[] = [
  fresh('b18-r3-bologna-physio-dst-end', 'it', '2027-10-31T07:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ehm buongiorno ho guadagnato un ora ehm quindi ricordami alle 8 e mezza di fare stretching',
      said(reminder(c.at(c.today, 8, 30)), 'fare stretching'),
    ],
    ['it', 'martedì alle 3 ho il signor Gentile x la spalla segnalo', booking(c.at(c.weekday(TUE), 15))],
    [
      'it',
      'la seduta di mercoledì alle 4 della signora Lodi spostala a giovedì alle 5',
      reschedule(c.at(c.weekday(THU), 17)),
    ],
    [
      'it',
      'mi trovi 45 minuti liberi venerdì mattina x un paziente nuovo?',
      only('free_slots', day(c.iso(c.weekday(FRI)), { durationMin: 45 })),
    ],
    [
      'it',
      'ogni martedì e venerdì alle 7 di mattina ricordami di sanificare i lettini',
      said(recurring(c.at(c.weekday(TUE), 7), 'FREQ=WEEKLY;BYDAY=TU,FR'), 'sanificare i lettini'),
    ],
    ['it', 'sono in palestra con un paziente fino alle 10', busy(c.at(c.today, 10))],
    [
      'it',
      'dmn è festa ma martedì mattina ricordami di ordinare gli elastici',
      said(reminder(c.at(c.weekday(TUE), 9)), 'ordinare gli elastici'),
    ],
    [
      'it',
      'quanti appuntamenti ho la settimana prossima?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.day(7)), items: 'bookings' }),
    ],
    [
      'it',
      'mi serve che qualcuno chiami l inail x la pratica del sig. Gentile entro mercoledì',
      { intent: 'task', due: c.iso(c.weekday(WED)) },
    ],
  ]),
  fresh('b18-r3-rome-estate-agent-april-end', 'it', '2027-04-30T19:20:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'allora il rogito Santoro è confermato x il 12 maggio alle 11 dal notaio Pace segnalo',
      booking(c.at(d(2027, 5, 12), 11)),
    ],
    [
      'it',
      'ricordami lunedì di mandare la proposta di acquisto firmata',
      said(reminder(c.at(c.weekday(MON), 9)), 'mandare la proposta di acquisto firmata'),
    ],
    ['it', 'sono in visita a un attico fino alle 8', busy(c.at(c.today, 20))],
    ['it', 'la 6630 a che punto è?', only('ticket_status', { ref: 6630 })],
    [
      'it',
      'mi serve la visura catastale del bilocale di via dei Volsci entro martedì',
      { intent: 'task', due: c.iso(c.weekday(TUE)) },
    ],
    [
      'it',
      'ogni ultimo giorno del mese ricordami di fare il report delle vendite',
      said(recurring(c.at(d(2027, 5, 31), 9), 'FREQ=MONTHLY;BYMONTHDAY=-1'), 'fare il report delle vendite'),
    ],
    ['it', 'cancella l appuntamento coi Marini di lunedì', only('cancel')],
    [
      'it',
      'prenota un tavolo x 2 domani sera alle 8 e mezza da Armando al Pantheon',
      office(booking(c.at(c.day(1), 20, 30), { partySize: 2 })),
    ],
  ]),
  fresh('b18-r3-bergamo-plumber-voice', 'it', '2027-01-04T06:45:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'allora ehm stamattina alle 8 ho la signora Rota che le perde il boiler ehm segnamelo',
      booking(c.at(c.today, 8)),
    ],
    [
      'it',
      'ricordami ricordami alle 12 di passare dal grossista a prendere i raccordi',
      said(reminder(c.at(c.today, 12)), 'passare dal grossista a prendere i raccordi'),
    ],
    [
      'it',
      'dopodomani è la befana quindi ehm giovedì alle 7 di mattina ricordami di caricare il furgone',
      said(reminder(c.at(c.weekday(THU), 7)), 'caricare il furgone'),
    ],
    ['it', 'sn in cantina a sistemare un tubo fino alle 10 e mezza', busy(c.at(c.today, 10, 30))],
    [
      'it',
      'ho un buco oggi pomeriggio x un intervento veloce? cioè mezz ora',
      only('free_slots', day(c.iso(c.today), { durationMin: 30 })),
    ],
    ['it', 'la 3308 annullala il cliente ha risolto da solo', only('cancel', { ref: 3308 })],
    [
      'it',
      'ogni primo del mese ricordami di pagare il leasing del furgone',
      said(recurring(c.at(d(2027, 2, 1), 9), 'FREQ=MONTHLY;BYMONTHDAY=1'), 'pagare il leasing del furgone'),
    ],
    ['it', 'entro venerdì mi fai la fattura x la signora Rota?', { intent: 'task', due: c.iso(c.weekday(FRI)) }],
  ]),
];
