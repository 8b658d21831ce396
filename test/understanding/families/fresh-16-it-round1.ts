import {
  booking,
  FRI,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  said,
  SUN,
  taskAt,
  THU,
  TUE,
  WED,
} from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 16 (Italian), round 1: whole client messages typed on a phone by small-business clients,
 * written and labelled in code before running the rules. A Milanese accountant on the Sunday morning the
 * clocks went back (Ognissanti the next day), a Neapolitan hairdresser at 23:20 on New Year's Eve, an
 * Italian builder in Toronto the Monday after the clocks went forward (San Giuseppe on Sunday), a Roman
 * lawyer ten minutes before the end of June. `viaOffice` and free texts are checked by
 * src/understanding/fresh-batch-16-it.test.ts (the eval does not score them).
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const busy = (until: string) => only('status', { availability: 'busy', until });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });

export const fresh16ItRound1: readonly Family[] = [
  fresh('b16-r1-milan-dst-sunday', 'it', '2027-10-31T08:10:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ma l orologio è gia indietro di un ora? vabbè ricordami alle 10 di chiamare mia mamma',
      said(reminder(c.at(c.today, 10)), 'chiamare mia mamma'),
    ],
    [
      'it',
      'dmn è festa quindi martedì mattina presto ricordami di mandare gli F24 ai clienti',
      said(reminder(c.at(c.weekday(TUE), 9)), 'mandare gli F24 ai clienti'),
    ],
    [
      'it',
      'entro venerdi devo consegnare il 730 integrativo della sig.ra Colombo, ricordamelo giovedì',
      reminder(c.at(c.weekday(THU), 9)),
    ],
    ['it', 'sono in studio fino all 1 poi vado a pranzo', busy(c.at(c.today, 13))],
    [
      'it',
      'mi prenoti dal barbiere x mercoledì alle 6 e mezza? taglio e barba',
      office(booking(c.at(c.weekday(WED), 18, 30))),
    ],
    ['it', 'annulla pure l appuntamento col geometra di giovedì, nn serve piu', only('cancel')],
    ['it', 'quante ore ci sono ancora nel mio pacchetto?', only('balance')],
    ['it', 'a che punto siete con la successione dei Ferrari?', only('ticket_status')],
    [
      'it',
      'ogni primo lunedi del mese ricordami di scaricare gli estratti conto',
      recurring(c.at(d(2027, 11, 1), 9), 'FREQ=MONTHLY;BYDAY=1MO'),
    ],
    ['it', 'sposta la call con Bianchi da martedì a mercoledì alle 11', reschedule(c.at(c.weekday(WED), 11))],
  ]),
  fresh('b16-r1-naples-new-years-eve', 'it', '2027-12-31T23:20:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'auguri!! ah dmn nn apro ma domenica pome ricordami di ordinare le tinte',
      said(reminder(c.at(c.weekday(SUN), 15)), 'ordinare le tinte'),
    ],
    [
      'it',
      'la sig.ra Esposito vuole spostare la piega da martedi alle 10 a mercoledi alle 10',
      reschedule(c.at(c.weekday(WED), 10)),
    ],
    [
      'it',
      'ricordami il 7 di pagare l affitto del negozio',
      said(reminder(c.at(d(2028, 1, 7), 9)), 'pagare l affitto del negozio'),
    ],
    ['it', 'tra 10 minuti ricordami di spegnere il forno', said(reminder(c.inMinutes(10)), 'spegnere il forno')],
    [
      'it',
      'a mezzanotte ricordami di fare gli auguri alla zia',
      said(reminder(c.at(c.day(1), 0)), 'fare gli auguri alla zia'),
    ],
    [
      'it',
      'ogni lunedi e giovedi alle 9 ricordami di controllare le prenotazioni online',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;BYDAY=MO,TH'),
    ],
    [
      'it',
      'mi trovi un ora libera martedi mattina x fare l inventario?',
      only('free_slots', day(c.iso(c.weekday(TUE)), { durationMin: 60 })),
    ],
    ['it', 'che ho sabato prossimo?', only('agenda', day('2028-01-01'))],
  ]),
  fresh('b16-r1-toronto-builder', 'it', '2028-03-13T07:05:00-04:00', 'America/Toronto', (c) => [
    [
      'it',
      'x la festa del papà prenotami un tavolo x 5 da Gusto alle 7 e mezza',
      office(booking(c.at(d(2028, 3, 19), 19, 30), { partySize: 5 })),
    ],
    [
      'it',
      'ricordami dopodomani alle 6 di mattina di passare a prendere il cemento',
      said(reminder(c.at(c.day(2), 6)), 'passare a prendere il cemento'),
    ],
    [
      'it',
      'devo mandare il preventivo al sig. Rossi entro giovedì, me lo prepari tu?',
      { intent: 'task', due: c.iso(c.weekday(THU)) },
    ],
    ['it', 'stamattina alle 10 ho il sopralluogo in via Queen, ricordamelo 1 ora prima', reminder(c.at(c.today, 9))],
    [
      'it',
      'tra 2 sett ricordami di rinnovare l assicurazione del furgone',
      said(reminder(c.at(c.day(14), 7, 5)), 'rinnovare l assicurazione del furgone'),
    ],
    ['it', 'la 3321 l avete chiusa?', only('ticket_status', { ref: 3321 })],
    ['it', 'sono in riunione col geometra fino alle 11 e mezza, scrivimi dopo', busy(c.at(c.today, 11, 30))],
    ['it', 'venerdi alle 5 chiama tu il fornitore di piastrelle x l ordine', taskAt(c.at(c.weekday(FRI), 17))],
  ]),
  fresh('b16-r1-rome-lawyer-june-end', 'it', '2027-06-30T23:50:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'entro fine mese prossimo mi serve una ricerca sulla giurisprudenza degli sfratti',
      { intent: 'task', due: '2027-07-31' },
    ],
    ['it', 'dmn mattina alle 9 e mezza ho udienza in tribunale', booking(c.at(c.day(1), 9, 30))],
    [
      'it',
      'ricordami tra mezz ora di mandare la pec al collega',
      said(reminder(c.inMinutes(30)), 'mandare la pec al collega'),
    ],
  ]),
];
