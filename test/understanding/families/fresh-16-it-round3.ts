import { booking, FRI, MON, only, recurring, reminder, reschedule, said, THU, TUE, WED } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 16 (Italian), round 3: written and labelled in code after round 2 was fixed, before running
 * the rules. A Veronese beautician early on the Monday after Christmas, an Italian lawyer in Zurich at
 * lunchtime on Ferragosto, an Italian consultant in New York the Saturday evening before the clocks go
 * back there. `viaOffice` and free texts are checked by src/understanding/fresh-batch-16-it.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });

export const fresh16ItRound3: readonly Family[] = [
  fresh('b16-r3-verona-after-christmas', 'it', '2027-12-27T07:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'allora mi ricordi dopodomani alle 2 e mezza che viene la signora Bertolini per la ceretta',
      reminder(c.at(c.day(2), 14, 30)),
    ],
    [
      'it',
      'x san silvestro prenotami da Ciccio x 8 persone alle 9 di sera',
      office(booking(c.at(d(2027, 12, 31), 21), { partySize: 8 })),
    ],
    [
      'it',
      'sposta l appuntamento della sig.ra Ferrari da giovedi a lunedi prossimo stessa ora',
      reschedule(c.iso(c.weekday(MON))),
    ],
    ['it', 'quanti appuntamenti ho domani?', only('agenda', day(c.iso(c.day(1)), { items: 'bookings' }))],
    [
      'it',
      'ricordami ogni mattina alle 8 meno un quarto di accendere la caldaia del centro',
      recurring(c.at(c.today, 7, 45), 'FREQ=DAILY'),
    ],
    [
      'it',
      'fino alle 10 sono chiusa in cabina con una cliente',
      only('status', { availability: 'busy', until: c.at(c.today, 10) }),
    ],
    ['it', 'entro il 30 mi serve l inventario dei prodotti in excel', { intent: 'task', due: '2027-12-30' }],
    ['it', 'ho qualcosa il 2 gennaio?', only('agenda', day('2028-01-02'))],
  ]),
  fresh('b16-r3-zurich-ferragosto', 'it', '2027-08-15T13:00:00+02:00', 'Europe/Zurich', (c) => [
    [
      'it',
      'buon ferragosto! dmn sono ancora in ferie ma martedi alle 9 ho la call con lo studio di Lugano',
      booking(c.at(c.weekday(TUE), 9)),
    ],
    [
      'it',
      'mi fai tradurre in tedesco la procura entro mercoledi sera',
      { intent: 'task', due: c.iso(c.weekday(WED)) },
    ],
    [
      'it',
      'ricordami fra 3 giorni alle 18 di depositare la memoria',
      said(reminder(c.at(c.day(3), 18)), 'depositare la memoria'),
    ],
    ['it', 'non disturbare fino alle 4', only('status', { availability: 'dnd', until: c.at(c.today, 16) })],
    ['it', 'quante ore ho usato ad agosto?', only('balance')],
    [
      'it',
      'il 1 settembre ricordami di rinnovare l abbonamento ffs',
      said(reminder(c.at(d(2027, 9, 1), 9)), 'rinnovare l abbonamento ffs'),
    ],
    ['it', 'la #8830 a che punto e?', only('ticket_status', { ref: 8830 })],
    ['it', 'cancella la call di martedi con Lugano', only('cancel')],
    [
      'it',
      'ricordami il lunedi dopo ferragosto di chiamare la banca',
      said(reminder(c.at(d(2027, 8, 16), 9)), 'chiamare la banca'),
    ],
  ]),
  fresh('b16-r3-new-york-before-dst-end', 'it', '2027-11-06T20:10:00-04:00', 'America/New_York', (c) => [
    [
      'it',
      'ricordami dmn alle 10 di chiamare mia madre a Napoli',
      said(reminder(c.at(c.day(1), 10)), 'chiamare mia madre a Napoli'),
    ],
    [
      'it',
      'tra 12 ore ricordami di fare il check in del volo',
      said(reminder(c.inMinutes(12 * 60)), 'fare il check in del volo'),
    ],
    ['it', 'sono in volo fino a martedi', only('status', { availability: 'busy', until: c.at(c.weekday(TUE), 9) })],
    // label corrected before any fix: a ride at a fixed time is a booking the office makes (third-party.test.ts)
    ['it', 'mi prenoti un uber x domani alle 6 di mattina x il JFK?', office(booking(c.at(c.day(1), 6)))],
    [
      'it',
      'cosa c è in agenda x la prossima settimana?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    [
      'it',
      'ogni venerdi sera ricordami di mandare il report settimanale',
      recurring(c.at(c.weekday(FRI), 19), 'FREQ=WEEKLY;BYDAY=FR'),
    ],
    ['it', 'a che ora ho il dentista mercoledi?', only('agenda', day(c.iso(c.weekday(WED))))],
    [
      'it',
      'scusa il ritardo nella risposta, va bene giovedi alle 3 x la call con Anna, mettila in agenda',
      booking(c.at(c.weekday(THU), 15)),
    ],
  ]),
];
