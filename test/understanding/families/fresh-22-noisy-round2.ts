import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about } from './fresh-18-it-common.js';
import { busy, days, nextWeek, office } from './fresh-19-round1.js';

/**
 * Fresh batch 22 ("noisy"), round 2: a Milanese restaurant owner and mother on a Saturday evening, a Sydney
 * tradesman at dawn on a Monday; autocorrect, glued numbers, words spelled by ear. Written and labelled in code
 * before the rules ran on them; free texts keep the client's words as typed.
 */
export const fresh22NoisyRound2: readonly Family[] = [
  // Saturday 20 November 2027, 19:30 in Milan
  fresh('b22-r2-milan-restaurant', 'it', '2027-11-20T19:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordarmi lunedi mattina di ordinare il vino',
      said(reminder(c.at(c.weekday(MON), 9)), 'ordinare il vino'),
    ],
    ['it', 'domani12 e 30 pranzo dai suoceri, segnamelo', booking(c.at(c.day(1), 12, 30))],
    [
      'it',
      'ricordami dopodomani alle 10:30 di protare la macchina dal meccanico',
      said(reminder(c.at(c.day(2), 10, 30)), 'protare la macchina dal meccanico'),
    ],
    ['it', 'prenotami un tavolo x 6 stasera alle 9 da Gino 🍕', office(booking(c.at(c.today, 21), { partySize: 6 }))],
    ['it', 'ho il dentista martedi alle 3e mezza', booking(c.at(c.weekday(TUE), 15, 30))],
    ['it', 'cosa ho la settimana prosima?', only('agenda', days(...nextWeek(c)))],
    ['it', 'sposta la cena con i rossi a domenica alle8', about(reschedule(c.at(c.day(1), 20)), 'cena con i rossi')],
    ['it', 'ANNULLA IL PARRUCCHIERE DI GIOVEDI', only('cancel')],
    ['it', 'sono a messa fino alle 8 nn disturbate', busy(c.at(c.today, 20))],
    ['it', 'ricordami tra mezzora di spegnere il forno', said(reminder(c.inMinutes(30)), 'spegnere il forno')],
    [
      'it',
      'ricordami ogni giorno alle 7 e un quarto di matina di dare la medicina al gatto',
      said(recurring(c.at(c.day(1), 7, 15), 'FREQ=DAILY'), 'dare la medicina al gatto'),
    ],
    [
      'it',
      'mi serve entro mercoledi la traduzzione del menu in inglese, ci pensate voi?',
      { intent: 'task', due: c.iso(c.weekday(WED)) },
    ],
    ['it', 'il preventivo x la festa e pronto??', only('ticket_status')],
    ['it', 'buona serata a tutti!!! 😘', only('other')],
    [
      'it',
      'ricordami sabato prossimo alle diecci di mattina di ritirare la torta',
      said(reminder(c.at(c.weekday(SAT), 10)), 'ritirare la torta'),
    ],
  ]),
  // Monday 2 August 2027, 07:15 in Sydney
  fresh('b22-r2-sydney-builder', 'en', '2027-08-02T07:15:00+10:00', 'Australia/Sydney', (c) => [
    [
      'en',
      'remind me 2moro at 6.30am to take the bins out',
      said(reminder(c.at(c.day(1), 6, 30)), 'take the bins out'),
    ],
    [
      'en',
      'reminde me on thursday at 1 to ring the supplier',
      said(reminder(c.at(c.weekday(THU), 13)), 'ring the supplier'),
    ],
    ['en', 'got a physio appt wednesday at 4:15', booking(c.at(c.weekday(WED), 16, 15))],
    ['en', 'whats on this wek?', only('agenda', days(c.iso(c.today), c.iso(c.plus(c.today, 6))))],
    ['en', 'pls move tomorows meeting to thursday 11am', reschedule(c.at(c.weekday(THU), 11))],
    ['en', 'cancel my remider for friday', only('cancel')],
    ['en', 'on site til 3 , no calls', busy(c.at(c.today, 15))],
    ['en', 'remind me in 2 hrs to chek the concrete', said(reminder(c.inMinutes(120)), 'chek the concrete')],
    [
      'en',
      'remind me every second fri to do payroll',
      said(recurring(c.at(c.weekday(FRI), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'), 'do payroll'),
    ],
    ['en', 'can someone order 20 bags of cement by wednsday', { intent: 'task', due: c.iso(c.weekday(WED)) }],
    ['en', 'hey any updates on request #7731', only('ticket_status', { ref: 7731 })],
    ['en', 'how many hours have i used this month??', only('balance')],
    [
      'en',
      'any free time tmrw afternoon for an hour?',
      only('free_slots', days(c.iso(c.day(1)), undefined, { durationMin: 60, dayPart: 'afternoon' })),
    ],
    ['en', 'book me a tabel for two at Quay sat 7pm pls', office(booking(c.at(c.weekday(SAT), 19), { partySize: 2 }))],
    ['en', 'thx mate thats all', only('other')],
  ]),
];
