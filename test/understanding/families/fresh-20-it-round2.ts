import {
  booking,
  FRI,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  said,
  SAT,
  SUN,
  taskAt,
  THU,
  TUE,
} from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 20 (Italian), round 2: voice notes through speech-to-text, as the phone writes them: numbers
 * in words ("alle quindici e trenta", "il ventitré"), no punctuation, "virgola" and "punto" dictated, run-on
 * sentences, words split or misheard ("ricorda mi"). A shop owner in Rome on a Friday evening in June, an
 * Italian engineer in Zurich on a Sunday night in September. Written and labelled in code before the rules
 * ran on them; `viaOffice` and free texts are checked by src/understanding/fresh-batch-20-it.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const busy = (until: string) => only('status', { availability: 'busy', until });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });

export const fresh20ItRound2: readonly Family[] = [
  // Friday 11 June 2027, 18:20 in Rome
  fresh('b20-r2-rome-voice-notes', 'it', '2027-06-11T18:20:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami domani alle dieci e trenta di chiamare il commercialista',
      said(reminder(c.at(c.day(1), 10, 30)), 'chiamare il commercialista'),
    ],
    [
      'it',
      'lunedì alle quindici e trenta ho la riunione con il cliente di Bergamo',
      booking(c.at(c.weekday(MON), 15, 30)),
    ],
    [
      'it',
      "ricordami il ventitré di pagare l'affitto virgola grazie",
      said(reminder(c.at(d(2027, 6, 23), 9)), "pagare l'affitto"),
    ],
    [
      'it',
      'allora senti mi devi prenotare un tavolo da Nino per quattro persone sabato sera alle nove punto',
      office(booking(c.at(c.weekday(SAT), 21), { partySize: 4 })),
    ],
    ['it', 'sono in riunione fino alle sette e mezza non rispondo', busy(c.at(c.today, 19, 30))],
    [
      'it',
      'ricordami fra venti minuti di togliere la torta dal forno',
      said(reminder(c.inMinutes(20)), 'togliere la torta dal forno'),
    ],
    ['it', 'mi metti in agenda martedì alle nove meno un quarto dentista', booking(c.at(c.weekday(TUE), 8, 45))],
    [
      'it',
      'ricorda mi domani mattina di portare la macchina dal meccanico',
      said(reminder(c.at(c.day(1), 9)), 'portare la macchina dal meccanico'),
    ],
    ['it', "cancella l'appuntamento di mercoledì con il geometra punto", only('cancel')],
    [
      'it',
      'ricordami tutti i giovedì alle otto di sera di mettere fuori la differenziata',
      recurring(c.at(c.weekday(THU), 20), 'FREQ=WEEKLY;BYDAY=TH'),
    ],
    ['it', "puoi chiamare tu l'idraulico lunedì mattina e dirgli di venire martedì", taskAt(c.at(c.weekday(MON), 9))],
    [
      'it',
      'ho bisogno che mi traduci la lettera per il fornitore tedesco entro giovedì diciassette',
      { intent: 'task', due: '2027-06-17' },
    ],
    [
      'it',
      'che cosa ho in programma la settimana prossima',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    [
      'it',
      'ricordami alle diciannove e quarantacinque di chiamare mia sorella',
      said(reminder(c.at(c.today, 19, 45)), 'chiamare mia sorella'),
    ],
    [
      'it',
      'sposta la call di lunedì alle undici a martedì alle undici e un quarto',
      reschedule(c.at(c.weekday(TUE), 11, 15)),
    ],
  ]),
  // Sunday 5 September 2027, 21:10 in Zurich
  fresh('b20-r2-zurich-voice-notes', 'it', '2027-09-05T21:10:00+02:00', 'Europe/Zurich', (c) => [
    [
      'it',
      "domani alle otto e un quarto ricordami di chiamare l'ufficio di Lugano",
      said(reminder(c.at(c.day(1), 8, 15)), "chiamare l'ufficio di Lugano"),
    ],
    ['it', "mercoledì otto settembre alle quattordici ho l'incontro in banca", booking(c.at(d(2027, 9, 8), 14))],
    [
      'it',
      "ricordami tra un'ora e mezza di chiudere la finestra",
      said(reminder(c.inMinutes(90)), 'chiudere la finestra'),
    ],
    [
      'it',
      "mi trovi un paio d'ore libere giovedì pomeriggio",
      only('free_slots', day(c.iso(c.weekday(THU)), { durationMin: 120 })),
    ],
    [
      'it',
      'entro venerdì mi serve la ricerca sui prezzi degli affitti a Zurigo',
      { intent: 'task', due: c.iso(c.weekday(FRI)) },
    ],
    ['it', "la richiesta numero 4312 com'è messa", only('ticket_status', { ref: 4312 })],
    [
      'it',
      'ricordami sabato undici alle nove e mezza del mattino di andare al mercato',
      said(reminder(c.at(d(2027, 9, 11), 9, 30)), 'andare al mercato'),
    ],
    ['it', 'sono in macchina fino alle dieci punto scrivimi dopo', busy(c.at(c.today, 22))],
    [
      'it',
      'stanotte a mezzanotte ricordami di spegnere il server',
      said(reminder(c.at(c.day(1), 0)), 'spegnere il server'),
    ],
    ['it', 'domenica prossima alle dodici pranzo dai suoceri', booking(c.at(c.weekday(SUN), 12))],
  ]),
];
