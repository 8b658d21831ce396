import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, titled, TUE } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 16 (Italian), round 5: written and labelled in code after round 4 was fixed, before running
 * the rules. A Bergamo plumber at lunchtime on the last day of March (voice notes), a Paduan accountant
 * twenty minutes after midnight on a Monday in January, an Italian in Los Angeles the Sunday morning the
 * clocks went forward there (Rome still on winter time). `viaOffice` and free texts are checked by
 * src/understanding/fresh-batch-16-it.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh16ItRound5: readonly Family[] = [
  fresh('b16-r5-bergamo-plumber', 'it', '2027-03-31T12:40:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'senti domani mattina devo andare dal cliente in via Broseta alle 8 ricordamelo stasera',
      reminder(c.at(c.today, 19)),
    ],
    [
      'it',
      'il preventivo x la signora Locatelli mandalo tu entro venerdi',
      { intent: 'task', due: c.iso(c.weekday(FRI)) },
    ],
    ['it', 'sposta l intervento della caldaia di dmn al pomeriggio', reschedule(c.at(c.day(1), 15))],
    ['it', 'sn sotto un lavandino fino alle 2 richiamo io', busy(c.at(c.today, 14))],
    [
      'it',
      'tra 10 gg ricordami di fatturare i lavori della villetta',
      said(reminder(c.at(c.day(10), 12, 40)), 'fatturare i lavori della villetta'),
    ],
    [
      'it',
      'ho un buco domani pome x un sopralluogo di un ora?',
      only('free_slots', day(c.iso(c.day(1)), { durationMin: 60 })),
    ],
    ['it', 'la 4471 annullala, il cliente ha disdetto', only('cancel', { ref: 4471 })],
    ['it', 'quanti promemoria ho x sabato?', only('agenda', day(c.iso(c.weekday(SAT)), { items: 'reminders' }))],
  ]),
  fresh('b16-r5-padua-after-midnight', 'it', '2027-01-11T00:20:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'scusa l ora, stamattina alle 9 e un quarto ho l appuntamento con la banca, segnalo',
      booking(c.at(c.today, 9, 15)),
    ],
    ['it', 'il 16 febbraio scade l F24, ricordamelo una settimana prima', reminder(c.at(d(2027, 2, 9), 9))],
    [
      'it',
      'entro fine gennaio mi serve il prospetto delle spese del 2026 in excel',
      { intent: 'task', due: '2027-01-31' },
    ],
    [
      'it',
      'ricordami ogni lunedi alle 8 e mezza di controllare la pec',
      recurring(c.at(c.today, 8, 30), 'FREQ=WEEKLY;BYDAY=MO'),
    ],
    ['it', 'cosa ho mercoledi 13?', only('agenda', day('2027-01-13'))],
    [
      'it',
      'nn ci sono x nessuno fino alle 10 devo finire i bilanci',
      only('status', { availability: 'dnd', until: c.at(c.today, 10) }),
    ],
    ['it', 'mi fissi il dentista x venerdi pomeriggio verso le 5?', office(booking(c.at(c.weekday(FRI), 17)))],
    ['it', 'grazie x la pazienza, buona notte', only('other')],
  ]),
  fresh('b16-r5-los-angeles-dst-sunday', 'it', '2027-03-14T09:30:00-07:00', 'America/Los_Angeles', (c) => [
    [
      'it',
      'mi ricordi tra 3 ore di chiamare mamma in italia?',
      said(reminder(c.inMinutes(180)), 'chiamare mamma in italia'),
    ],
    [
      'it',
      'venerdi è la festa del papa, ricordami giovedi sera di comprare il regalo',
      said(reminder(c.at(c.weekday(THU), 19)), 'comprare il regalo'),
    ],
    ['it', 'sono in palestra fino alle 11', busy(c.at(c.today, 11))],
    [
      'it',
      'x martedi sera prenotami un tavolo x 3 al Bestia alle 7 e mezza',
      office(booking(c.at(c.weekday(TUE), 19, 30), { partySize: 3 })),
    ],
    ['it', 'che appuntamenti ho giovedi?', only('agenda', day(c.iso(c.weekday(THU)), { items: 'bookings' }))],
    [
      'it',
      'mi mandi entro domani la traduzione in inglese del certificato di nascita?',
      { intent: 'task', due: c.iso(c.day(1)) },
    ],
    [
      'it',
      'ricordami alle 18 ora italiana di chiamare il notaio',
      said(reminder(c.at(c.today, 10)), 'chiamare il notaio'),
    ],
    [
      'it',
      'oggi ho dormito un ora in meno, cmq lunedi alle 9 ho la call con Milano',
      titled(booking(c.at(c.weekday(MON), 9)), 'call con Milano'),
    ],
    ['it', 'la pratica del visto a che punto è?', only('ticket_status')],
  ]),
];
