import { booking, MON, only, recurring, reminder, reschedule, said, SAT, SUN, TUE, WED } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 16 (Italian), round 4: written and labelled in code after round 3 was fixed, before running
 * the rules. A Palermo pastry shop before dawn on Holy Saturday 2028, a Florentine lawyer on the evening
 * of 30 September (a quarter's end), an Italian in Dubai late on a Friday. `viaOffice` and free texts are
 * checked by src/understanding/fresh-batch-16-it.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh16ItRound4: readonly Family[] = [
  fresh('b16-r4-palermo-holy-saturday', 'it', '2028-04-15T05:50:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buongiorno ricordami alle 7 di mattina di sfornare le colombe',
      said(reminder(c.at(c.today, 7)), 'sfornare le colombe'),
    ],
    [
      'it',
      'x pasquetta siamo chiusi, ricordami sabato prossimo di ordinare la farina',
      said(reminder(c.at(c.weekday(SAT), 9)), 'ordinare la farina'),
    ],
    [
      'it',
      'la signora Caruso passa a ritirare la torta domenica alle 11, segnamelo',
      booking(c.at(c.weekday(SUN), 11)),
    ],
    [
      'it',
      'ogni giorno alle 5 del mattino ricordami di accendere il forno',
      recurring(c.at(c.day(1), 5), 'FREQ=DAILY'),
    ],
    ['it', 'quanto mi resta del pacchetto ore?', only('balance')],
    [
      'it',
      'mi trovi un corriere x spedire 20 colombe a Milano entro mercoledi?',
      { intent: 'task', due: c.iso(c.weekday(WED)) },
    ],
    ['it', 'sn in laboratorio fino alle 2 nn chiamatemi', busy(c.at(c.today, 14))],
    ['it', 'che c e da fare lunedi?', only('agenda', day(c.iso(c.weekday(MON))))],
  ]),
  fresh('b16-r4-florence-quarter-end', 'it', '2027-09-30T17:45:00+02:00', 'Europe/Rome', (c) => [
    ['it', 'ricordami lunedi di depositare il ricorso al tar, scade martedi', reminder(c.at(c.weekday(MON), 9))],
    ['it', 'sposta l udienza preparatoria col cliente Neri a venerdi 8 alle 15', reschedule(c.at(d(2027, 10, 8), 15))],
    [
      'it',
      'mi prepari una bozza di diffida x il condominio di via Toscanella entro dmn?',
      { intent: 'task', due: c.iso(c.day(1)) },
    ],
    ['it', 'nn disturbatemi x la prossima ora', only('status', { availability: 'dnd', until: c.inMinutes(60) })],
    ['it', 'annulla la riunione di domani alle 9 con i Bianchi', only('cancel')],
    ['it', 'a che punto è la traduzione del contratto in inglese x i tedeschi?', only('ticket_status')],
    ['it', 'il 5 ottobre alle 10 e 30 ho la mediazione, ricordamelo la sera prima', reminder(c.at(d(2027, 10, 4), 19))],
    [
      'it',
      'prenotami un tavolo x 4 stasera da Cibrèo verso le 8 e mezza',
      office(booking(c.at(c.today, 20, 30), { partySize: 4 })),
    ],
    [
      'it',
      'tutti i giovedi alle 6 del pomeriggio ricordami di fare il punto col praticante',
      recurring(c.at(c.today, 18), 'FREQ=WEEKLY;BYDAY=TH'),
    ],
  ]),
  fresh('b16-r4-dubai-friday-night', 'it', '2028-01-07T22:30:00+04:00', 'Asia/Dubai', (c) => [
    ['it', 'dmn alle 8 ho il volo x Milano, ricordamelo 3 ore prima', reminder(c.at(c.day(1), 5))],
    ['it', 'sono a cena con dei clienti fino alle 11 e mezza', busy(c.at(c.today, 23, 30))],
    [
      'it',
      'ricordami tra 2 giorni alle 9 di mattina di rinnovare il visto',
      said(reminder(c.at(c.day(2), 9)), 'rinnovare il visto'),
    ],
    [
      'it',
      'fissami una call con lo studio di Milano x martedi alle 10 ora italiana',
      // label corrected after the first run, before any fix: a call is the client's own meeting, with no
      // provider to book (rules/third-party.ts), so no viaOffice
      booking(c.at(c.weekday(TUE), 13)),
    ],
    ['it', 'che ho in programma x il weekend?', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(2)) })],
    ['it', 'la richiesta 6120 annullala pure', only('cancel', { ref: 6120 })],
    ['it', 'ok grazie mille, buonanotte', only('other')],
    [
      'it',
      'ogni ultimo venerdi del mese ricordami di pagare gli stipendi',
      recurring(c.at(d(2028, 1, 28), 9), 'FREQ=MONTHLY;BYDAY=-1FR'),
    ],
  ]),
];
