import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, titled, TUE, WED } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 16 (Italian), round 2: written and labelled in code after round 1 was fixed, before running
 * the rules. A Turin shoe shop on the Sunday morning the clocks went forward, a Bari accountant in the
 * evening of 29 February 2028, an Italian consultant in Sydney the Saturday night before the clocks go
 * back there. `viaOffice` and free texts are checked by src/understanding/fresh-batch-16-it.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });

export const fresh16ItRound2: readonly Family[] = [
  fresh('b16-r2-turin-dst-sunday', 'it', '2028-03-26T10:20:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buongiorno stanotte ho perso un ora di sonno 😅 ricordami alle 3 di fare l ordine delle sneakers',
      said(reminder(c.at(c.today, 15)), 'fare l ordine delle sneakers'),
    ],
    [
      'it',
      'lunedi arriva il corriere tra le 9 e le 12, ricordamelo alle 8 e mezza',
      reminder(c.at(c.weekday(MON), 8, 30)),
    ],
    [
      'it',
      'fine mese devo pagare l affitto del negozio, ricordamelo il giorno prima',
      reminder(c.at(d(2028, 3, 30), 9)),
    ],
    ['it', 'ci sono promemoria x mercoledi?', only('agenda', day(c.iso(c.weekday(WED)), { items: 'reminders' }))],
    ['it', 'mi metti in agenda la fiera di Verona dal 4 al 7 aprile?', booking('2028-04-04')],
    ['it', 'prenotami il parrucchiere x sabato mattina', office(booking(c.at(c.weekday(SAT), 9)))],
    ['it', 'ho la saracinesca rotta mi chiami un fabbro x dmn mattina?', only('task')],
    [
      'it',
      'quando ho un paio d ore libere la prossima settimana?',
      only('free_slots', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)), durationMin: 120 }),
    ],
    ['it', 'annulla tt i promemoria di domani', only('cancel')],
    [
      'it',
      'ogni sabato alle 19 ricordami di fare la chiusura di cassa',
      recurring(c.at(c.weekday(SAT), 19), 'FREQ=WEEKLY;BYDAY=SA'),
    ],
  ]),
  fresh('b16-r2-bari-leap-day', 'it', '2028-02-29T18:40:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'oggi è il 29 febbraio e devo ancora fare le liquidazioni iva... ricordamelo dmn mattina alle 8',
      reminder(c.at(c.day(1), 8)),
    ],
    ['it', 'il 16 scade l F24 ricordamelo 2 giorni prima', reminder(c.at(d(2028, 3, 14), 9))],
    [
      'it',
      'nn ci sono x nessuno fino alle 8 e mezza',
      only('status', { availability: 'dnd', until: c.at(c.today, 20, 30) }),
    ],
    [
      'it',
      'sposta la riunione col dott. Lorusso di giovedi alle 4 a venerdi stessa ora',
      reschedule(c.at(c.weekday(FRI), 16)),
    ],
    [
      'it',
      'x favore mi mandi il modulo F24 compilato del sig. De Palma entro venerdi',
      { intent: 'task', due: c.iso(c.weekday(FRI)) },
    ],
    ['it', 'che ho da fare dopodomani?', only('agenda', day(c.iso(c.day(2))))],
    [
      'it',
      'ricordami l ultimo giorno del mese prossimo di chiudere il bilancio',
      said(reminder(c.at(d(2028, 3, 31), 9)), 'chiudere il bilancio'),
    ],
    ['it', 'la pratica 7781 è a posto?', only('ticket_status', { ref: 7781 })],
    ['it', 'tra un ora e mezza ricordami di chiudere lo studio', said(reminder(c.inMinutes(90)), 'chiudere lo studio')],
  ]),
  fresh('b16-r2-sydney-before-dst-end', 'it', '2028-04-01T21:15:00+11:00', 'Australia/Sydney', (c) => [
    [
      'it',
      'dmn mattina alle 10 ho il brunch con i clienti italiani',
      titled(booking(c.at(c.day(1), 10)), 'brunch con i clienti italiani'),
    ],
    ['it', 'tra 24 ore ricordami di richiamare Milano', said(reminder(c.inMinutes(24 * 60)), 'richiamare Milano')],
    [
      'it',
      'ricordami lunedi alle 7 di sera di chiamare mia sorella in italia',
      said(reminder(c.at(c.weekday(MON), 19)), 'chiamare mia sorella in italia'),
    ],
    [
      'it',
      'sn al ristorante fino alle 11 nn rispondo',
      only('status', { availability: 'busy', until: c.at(c.today, 23) }),
    ],
    [
      'it',
      'mi prenoti un tavolo x 2 da Fratelli Fresh martedi alle 8?',
      office(booking(c.at(c.weekday(TUE), 20), { partySize: 2 })),
    ],
    [
      'it',
      'ogni 15 del mese ricordami di pagare la carta',
      recurring(c.at(d(2028, 4, 15), 9), 'FREQ=MONTHLY;BYMONTHDAY=15'),
    ],
  ]),
];
