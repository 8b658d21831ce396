import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, SUN, THU, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about } from './fresh-18-it-common.js';
import { busy, d, days, office } from './fresh-19-round1.js';

/**
 * Fresh batch 22 ("noisy"), round 3: a Neapolitan lawyer dictating between hearings on a Friday lunchtime (voice to
 * text: numbers heard as words, "a le"), a London nurse typing after a late shift the week the clocks go forward.
 * Written and labelled in code before the rules ran on them; free texts keep the client's words as typed.
 */
export const fresh22NoisyRound3: readonly Family[] = [
  // Friday 4 February 2028, 13:05 in Naples
  fresh('b22-r3-naples-lawyer', 'it', '2028-02-04T13:05:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami lunedi alle nove e un quarto di depositare il ricorso',
      said(reminder(c.at(c.weekday(MON), 9, 15)), 'depositare il ricorso'),
    ],
    ['it', 'ricordami a le 6 di chiamare il cliente', said(reminder(c.at(c.today, 18)), 'chiamare il cliente')],
    ['it', 'ho l udienza mercoledi alle10 in tribunale', booking(c.at(c.weekday(WED), 10))],
    [
      'it',
      'ricordami fra sete giorni di rinnovare la polizza',
      said(reminder(c.at(c.plus(c.today, 7), 13, 5)), 'rinnovare la polizza'),
    ],
    [
      'it',
      'sposta la riunione con lo studio Bianchi a giovedi prossimo alle 4',
      about(reschedule(c.at(c.weekday(THU), 16)), 'riunione con lo studio Bianchi'),
    ],
    ['it', 'cancella l apuntamento di martedi col perito', only('cancel')],
    ['it', 'sono in udienza fino alle 3 e mezza', busy(c.at(c.today, 15, 30))],
    [
      'it',
      'ricordami fra 3 quarti d ora di richiamare il collega',
      said(reminder(c.inMinutes(45)), 'richiamare il collega'),
    ],
    [
      'it',
      'ricordami il 15 di ogni mese di pagare l afitto dello studio',
      said(recurring(c.at(d(2028, 2, 15), 9), 'FREQ=MONTHLY;BYMONTHDAY=15'), 'pagare l afitto dello studio'),
    ],
    [
      'it',
      'entro fine mese mi serve la ricerca sulle sentenze della cassazione',
      { intent: 'task', due: '2028-02-29' },
    ],
    ['it', 'a che punto e la pratica 2290?', only('ticket_status', { ref: 2290 })],
    ['it', 'quante ore ho usato a gennaio', only('balance')],
    [
      'it',
      'mi trovi mezz ora libera lunedi mattina?',
      only('free_slots', days(c.iso(c.weekday(MON)), undefined, { durationMin: 30 })),
    ],
    [
      'it',
      'prenotami un tavolo x due domani sera alle oto da Mimi alla ferrovia',
      office(booking(c.at(c.day(1), 20), { partySize: 2 })),
    ],
    ['it', 'cosa ho domani ???', only('agenda', days(c.iso(c.day(1))))],
  ]),
  // Wednesday 24 March 2027, 21:40 in London (the clocks go forward on Sunday)
  fresh('b22-r3-london-nurse', 'en', '2027-03-24T21:40:00+00:00', 'Europe/London', (c) => [
    [
      'en',
      'remind me tomorro at half seven in the morning to pick up my scrubs',
      said(reminder(c.at(c.day(1), 7, 30)), 'pick up my scrubs'),
    ],
    ['en', 'remind me on sundy at 10 to call mum', said(reminder(c.at(c.weekday(SUN), 10)), 'call mum')],
    ['en', 'GP appoinment fri at 11.20', booking(c.at(c.weekday(FRI), 11, 20))],
    ['en', 'wat have i got on the weekend', only('agenda', days(c.iso(c.weekday(SAT)), c.iso(c.weekday(SUN))))],
    ['en', 'push my hair cut to saturday at2', about(reschedule(c.at(c.weekday(SAT), 14)), 'hair cut')],
    ['en', 'cancle tommorows dentist', only('cancel')],
    ['en', 'on shift til 8 in the morning', busy(c.at(c.day(1), 8))],
    ['en', 'remind me in 45mins to take my meds', said(reminder(c.inMinutes(45)), 'take my meds')],
    [
      'en',
      'remind me every weekday at 6.45am to leave for work',
      said(recurring(c.at(c.day(1), 6, 45), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'), 'leave for work'),
    ],
    ['en', 'could someone renew my car insurance by the end of the month', { intent: 'task', due: '2027-03-31' }],
    ['en', 'any news on request 6604', only('ticket_status', { ref: 6604 })],
    ['en', 'how many hours r left on my package', only('balance')],
    [
      'en',
      'find me 2 free hours on thurs',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { durationMin: 120 })),
    ],
    ['en', 'pls book a table for 3 at dishoom tmrw at 7', office(booking(c.at(c.day(1), 19), { partySize: 3 }))],
    ['en', 'ok ty 👍', only('other')],
  ]),
];
