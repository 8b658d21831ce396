import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, before } from './fresh-18-it-common.js';
import { busy, d, days, office, until } from './fresh-19-round1.js';

/**
 * Fresh batch 21 (Italian), round 1: a Sunday night in Rome, a dentist's receptionist and a psychologist getting
 * the week ready from the sofa (no accents, "k"/"cmq"/"nn"/"sn"/"qlc" shorthand, context before the request).
 * Written and labelled in code before the rules ran on them; `viaOffice` and free texts are checked by
 * src/understanding/fresh-batch-21-it.test.ts.
 */
export const fresh21ItRound1: readonly Family[] = [
  // Sunday 10 October 2027, 21:15 in Rome
  fresh('b21-r1-rome-dentist-desk', 'it', '2027-10-10T21:15:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'fra 10 minuti ricordami di mandare i promemoria ai pazienti di domani',
      said(reminder(c.inMinutes(10)), 'mandare i promemoria ai pazienti di domani'),
    ],
    [
      'it',
      'ricordami stanotte di caricare il tablet dello studio',
      said(reminder(c.at(c.today, 22)), 'caricare il tablet dello studio'),
    ],
    ['it', 'la signora Lodi viene domani alle 3 x la pulizia, segnala', booking(c.at(c.day(1), 15))],
    ['it', 'cosa abbiamo da mercoledi a venerdi?', only('agenda', days(c.iso(c.weekday(WED)), c.iso(c.weekday(FRI))))],
    ['it', 'a che punto e la richiesta 6120?', only('ticket_status', { ref: 6120 })],
    ['it', 'il sig. Fanti nn viene piu martedi, cancella il suo appuntamento', only('cancel')],
    [
      'it',
      'sposta l igiene della Bassi da giovedi a venerdi alle 10',
      about(reschedule(c.at(c.weekday(FRI), 10)), 'igiene della Bassi'),
    ],
    [
      'it',
      'ricordami ogni lunedi alle 8 di controllare le scorte di anestetico fino a fine anno',
      said(
        recurring(c.at(c.weekday(MON), 8), `FREQ=WEEKLY;BYDAY=MO;${until(d(2027, 12, 31))}`),
        'controllare le scorte di anestetico',
      ),
    ],
    [
      'it',
      'entro mercoledi mi serve che qlc chiami il laboratorio x le corone della Lodi',
      { intent: 'task', due: c.iso(c.weekday(WED)) },
    ],
    ['it', 'sono ancora in studio a chiudere la cassa fino alle 10', busy(c.at(c.today, 22))],
    [
      'it',
      'cmq dmn alle 8 e mezza ricordami di aprire il compressore',
      said(reminder(c.at(c.day(1), 8, 30)), 'aprire il compressore'),
    ],
    [
      'it',
      'prenotami un tavolo x 5 venerdi alle 9 da Checco',
      office(booking(c.at(c.weekday(FRI), 21), { partySize: 5 })),
    ],
    [
      'it',
      'che impegni ho la settimana prossima?',
      only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6)))),
    ],
    [
      'it',
      'mi serve entro fine mese il preventivo x il nuovo riunito, lo chiedete voi?',
      { intent: 'task', due: '2027-10-31' },
    ],
  ]),
  fresh('b21-r1-rome-psychologist', 'it', '2027-10-10T21:15:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami tra un paio d ore di rispondere alla mail della paziente nuova',
      said(reminder(c.inMinutes(120)), 'rispondere alla mail della paziente nuova'),
    ],
    ['it', 'domani ho supervisione alle 18 con il dott. Neri', booking(c.at(c.day(1), 18))],
    [
      'it',
      'mi trovi un ora libera martedi pomeriggio x un primo colloquio?',
      only('free_slots', days(c.iso(c.weekday(TUE)), c.iso(c.weekday(TUE)), { durationMin: 60 })),
    ],
    [
      'it',
      'ricordami tutti i giovedi alle 6 e mezza di preparare la stanza del gruppo fino al 16 dicembre',
      said(
        recurring(c.at(c.weekday(THU), 18, 30), `FREQ=WEEKLY;BYDAY=TH;${until(d(2027, 12, 16))}`),
        'preparare la stanza del gruppo',
      ),
    ],
    ['it', 'la paziente delle 10 di mercoledi ha disdetto, toglila', only('cancel')],
    ['it', 'sn in seduta online fino alle 10 e mezza', busy(c.at(c.today, 22, 30))],
    ['it', 'a che punto e la relazione x il tribunale?', about(only('ticket_status'), 'la relazione per il tribunale')],
    [
      'it',
      'sposta il colloquio di venerdi alle 5 a sabato mattina alle 10',
      about(reschedule(c.at(c.weekday(SAT), 10)), 'colloquio di venerdi alle 5'),
    ],
    [
      'it',
      'entro giovedi devo mandare la relazione al giudice, ricordamelo il giorno prima',
      before(c.at(c.weekday(WED), 9), c.iso(c.weekday(THU))),
    ],
    ['it', 'nn riesco a dormire, domani e lunedi e ho 8 pazienti', only('other')],
    ['it', 'quante ore ho ancora nel pacchetto?', only('balance')],
    [
      'it',
      'ricordami fra 3 settimane di rinnovare l assicurazione professionale',
      said(reminder(c.at(c.plus(c.today, 21), 21, 15)), 'rinnovare l assicurazione professionale'),
    ],
    [
      'it',
      'puoi mandare tu la fattura di settembre alla dott.ssa Gallo entro martedi?',
      { intent: 'task', due: c.iso(c.weekday(TUE)) },
    ],
  ]),
];
