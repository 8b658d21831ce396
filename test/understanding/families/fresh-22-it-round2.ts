import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about } from './fresh-18-it-common.js';
import { busy, d, days, MORNING, nextWeek, office, windowed } from './fresh-19-round1.js';

/**
 * Fresh batch 22 (Italian), round 2: Friday 30 April 2027, the last day of the month before the May Day weekend.
 * A translator in Trieste at the end of the working day, and an IT freelancer in Bologna deploying five minutes
 * before midnight (so "domani" is Saturday 1 May and "fine mese" is today). Written and labelled in code before the
 * rules ran on them; `viaOffice` and free texts are checked by src/understanding/fresh-batch-22-it.test.ts.
 */
export const fresh22ItRound2: readonly Family[] = [
  // Friday 30 April 2027, 18:45 in Trieste
  fresh('b22-r2-trieste-translator', 'it', '2027-04-30T18:45:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ho appena finito la traduzione del manuale, ricordami tra 1 ora di mandarla al cliente',
      said(reminder(c.inMinutes(60)), 'mandarla al cliente'),
    ],
    ['it', 'il tre maggio alle 10 ho una call con l agenzia di Vienna', booking(c.at(d(2027, 5, 3), 10))],
    [
      'it',
      'mi serve entro il 10 maggio una revisione del testo tedesco, la fate fare voi a qlc?',
      { intent: 'task', due: '2027-05-10' },
    ],
    [
      'it',
      'mi fissate un appuntamento dal notaio x l asseverazione della traduzione giovedi prossimo di mattina?',
      windowed(c.iso(c.weekday(THU)), c.iso(c.weekday(THU)), MORNING),
    ],
    ['it', 'cosa ho in agenda a maggio?', only('agenda', days('2027-05-01', '2027-05-31'))],
    [
      'it',
      'la consegna x lo studio Benussi slitta a mercoledi 12 alle 5',
      about(reschedule(c.at(d(2027, 5, 12), 17)), 'consegna per lo studio Benussi'),
    ],
    ['it', 'annulla il promemoria delle 8 di domani', only('cancel')],
    [
      'it',
      'ogni venerdi alle 5 ricordami di emettere le fatture della settimana',
      said(recurring(c.at(c.weekday(FRI), 17), 'FREQ=WEEKLY;BYDAY=FR'), 'emettere le fatture della settimana'),
    ],
    ['it', 'sono in cabina a fare interpretariato fino alle 8 e mezza', busy(c.at(c.today, 20, 30))],
    ['it', 'la 3391 e stata consegnata?', only('ticket_status', { ref: 3391 })],
    [
      'it',
      'mi trovi 3 ore libere martedi x la revisione del contratto?',
      only('free_slots', days(c.iso(c.weekday(TUE)), c.iso(c.weekday(TUE)), { durationMin: 180 })),
    ],
    [
      'it',
      'il 2 giugno e festa, ricordami il giorno prima di avvisare i clienti che lo studio e chiuso',
      said(reminder(c.at(d(2027, 6, 1), 9)), 'avvisare i clienti che lo studio e chiuso'),
    ],
    ['it', 'buon primo maggio! ci sentiamo martedi', only('other')],
    ['it', 'entro le 12 di lunedi mi mandate il glossario aggiornato?', { intent: 'task', due: c.iso(c.weekday(MON)) }],
    [
      'it',
      'stasera alle 9 e un quarto ricordami di controllare la mail dal Giappone',
      said(reminder(c.at(c.today, 21, 15)), 'controllare la mail dal Giappone'),
    ],
  ]),
  // Friday 30 April 2027, 23:55 in Bologna
  fresh('b22-r2-bologna-it-freelancer', 'it', '2027-04-30T23:55:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'sto facendo il deploy, ricordami tra 5 minuti di controllare i log',
      said(reminder(c.inMinutes(5)), 'controllare i log'),
    ],
    [
      'it',
      'ricordami domani alle 10 di rinnovare il certificato ssl del cliente',
      said(reminder(c.at(c.day(1), 10)), 'rinnovare il certificato ssl del cliente'),
    ],
    ['it', 'lunedi alle 9 ho il daily con il team di Milano', booking(c.at(c.weekday(MON), 9))],
    [
      'it',
      'entro martedi potete mandare voi il sollecito di pagamento alla Zanetti srl?',
      { intent: 'task', due: c.iso(c.weekday(TUE)) },
    ],
    ['it', 'cosa ho la prossima settimana?', only('agenda', days(...nextWeek(c)))],
    [
      'it',
      'il meeting col cliente di mercoledi spostalo a giovedi alle 14.30',
      about(reschedule(c.at(c.weekday(THU), 14, 30)), 'meeting col cliente di mercoledi'),
    ],
    [
      'it',
      'cancella la call di lunedi con il commercialista',
      about(only('cancel'), 'call di lunedi con il commercialista'),
    ],
    [
      'it',
      'ogni 2 settimane il lunedi alle 9 ricordami di fare il backup dei server',
      said(recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'), 'fare il backup dei server'),
    ],
    ['it', 'sono in call con gli americani fino alle 2 di notte nn scrivetemi', busy(c.at(c.day(1), 2))],
    ['it', 'a che punto e il ticket 7702?', only('ticket_status', { ref: 7702 })],
    [
      'it',
      'mi trovi 4 ore libere venerdi prossimo x la migrazione del db?',
      only('free_slots', days(c.iso(c.weekday(FRI)), c.iso(c.weekday(FRI)), { durationMin: 240 })),
    ],
    [
      'it',
      'ricordami il quindici maggio alle 9 di pagare l abbonamento aws',
      said(reminder(c.at(d(2027, 5, 15), 9)), 'pagare l abbonamento aws'),
    ],
    [
      'it',
      'mi prenotate un tavolo x 4 sabato sera da Cesarina? facciamo le 8',
      office(booking(c.at(c.weekday(SAT), 20), { partySize: 4 })),
    ],
    [
      'it',
      'l ultimo venerdi di ogni mese ricordami di aggiornare i server',
      said(recurring(c.at(d(2027, 5, 28), 9), 'FREQ=MONTHLY;BYDAY=-1FR'), 'aggiornare i server'),
    ],
    ['it', 'ok buonanotte, finito x oggi', only('other')],
  ]),
];
