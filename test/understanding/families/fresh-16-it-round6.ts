import { booking, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE, WED } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 16 (Italian), round 6: written and labelled in code after round 5 was fixed, before running
 * the rules. A Roman estate agent on the Friday evening before August, an Italian IT consultant in Berlin
 * on the morning of 30 November, an Italian wedding planner in São Paulo late on a Saturday before
 * Valentine's Day. `viaOffice` and free texts are checked by src/understanding/fresh-batch-16-it.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh16ItRound6: readonly Family[] = [
  fresh('b16-r6-rome-estate-agent', 'it', '2027-07-30T19:05:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'dmn alle 10 e mezza visita all appartamento di via Merulana coi sig. Conti, mettimelo in agenda',
      booking(c.at(c.day(1), 10, 30)),
    ],
    ['it', 'ricordami lunedi mattina di chiamare il notaio x il rogito', reminder(c.at(c.weekday(MON), 9))],
    ['it', 'sono in giro x visite fino alle 8 e mezza', busy(c.at(c.today, 20, 30))],
    [
      'it',
      'quando ho 2 ore libere martedi o mercoledi?',
      only('free_slots', { from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(WED)), durationMin: 120 }),
    ],
    ['it', 'il rogito Conti è spostato al 10 agosto alle 11, aggiorna l agenda', reschedule(c.at(d(2027, 8, 10), 11))],
    ['it', 'a che punto è la planimetria catastale x via Merulana?', only('ticket_status')],
    ['it', 'mi scrivi un annuncio x l attico di Prati entro lunedi?', { intent: 'task', due: c.iso(c.weekday(MON)) }],
    [
      'it',
      'ogni 1 del mese ricordami di pagare l affitto dell agenzia',
      recurring(c.at(d(2027, 8, 1), 9), 'FREQ=MONTHLY;BYMONTHDAY=1'),
    ],
  ]),
  fresh('b16-r6-berlin-november-end', 'it', '2027-11-30T08:15:00+01:00', 'Europe/Berlin', (c) => [
    ['it', 'buongiorno! oggi sono in call tt la mattina', only('status', { availability: 'busy' })],
    [
      'it',
      'x l immacolata torno in italia, ricordami il 6 di fare la valigia',
      said(reminder(c.at(d(2027, 12, 6), 9)), 'fare la valigia'),
    ],
    ['it', 'sposta il deploy di dmn a giovedi alle 7 di mattina', reschedule(c.at(c.weekday(THU), 7))],
    ['it', 'mi prenoti un volo Berlino-Bologna x il 7 dicembre la mattina?', only('task')],
    ['it', 'che ho in agenda tra mercoledi e venerdi?', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(3)) })],
    [
      'it',
      'ricordami tra un quarto d ora di mandare la fattura a Klaus',
      said(reminder(c.inMinutes(15)), 'mandare la fattura a Klaus'),
    ],
    ['it', 'fino a giovedi sono in trasferta a Monaco', busy(c.at(c.weekday(THU), 9))],
    ['it', 'la richiesta n 3390 è stata fatta?', only('ticket_status', { ref: 3390 })],
  ]),
  fresh('b16-r6-sao-paulo-saturday-night', 'it', '2028-02-12T23:10:00-03:00', 'America/Sao_Paulo', (c) => [
    [
      'it',
      'x san valentino prenotami un tavolo x 2 da Fasano alle 9',
      office(booking(c.at(d(2028, 2, 14), 21), { partySize: 2 })),
    ],
    [
      'it',
      'dmn nn lavoro, lunedi ricordami alle 10 di chiamare la fioraia',
      said(reminder(c.at(c.weekday(MON), 10)), 'chiamare la fioraia'),
    ],
    ['it', 'sono a un matrimonio fino alle 2 di notte', busy(c.at(c.day(1), 2))],
    [
      'it',
      'ricordami ogni sabato alle 9 di confermare i fornitori del weekend',
      recurring(c.at(c.weekday(SAT), 9), 'FREQ=WEEKLY;BYDAY=SA'),
    ],
    [
      'it',
      'mi serve entro mercoledi il preventivo dei fiori x il matrimonio Santos',
      { intent: 'task', due: c.iso(c.weekday(WED)) },
    ],
    ['it', 'annulla la degustazione di martedi', only('cancel')],
    ['it', 'ok perfetto grazie!!', only('other')],
    ['it', 'che impegni ho lunedi pomeriggio?', only('agenda', day(c.iso(c.weekday(MON))))],
    [
      'it',
      'tra 2 ore ricordami di mandare le foto alla sposa',
      said(reminder(c.inMinutes(120)), 'mandare le foto alla sposa'),
    ],
  ]),
];
