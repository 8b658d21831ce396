import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about } from './fresh-18-it-common.js';
import { busy, d, days, nextWeek, office } from './fresh-19-round1.js';

/**
 * Fresh batch 22 ("noisy"), round 4: a Turin shop owner two days before Christmas (capitals, emoji inside the
 * words, English mixed in), a Los Angeles film producer on the Fourth of July (letters for numbers, glued clocks).
 * Written and labelled in code before the rules ran on them; free texts keep the client's words as typed.
 */
export const fresh22NoisyRound4: readonly Family[] = [
  // Thursday 23 December 2027, 10:20 in Turin
  fresh('b22-r4-turin-shop', 'it', '2027-12-23T10:20:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami la vigilia alle6 di comprare il pane',
      said(reminder(c.at(d(2027, 12, 24), 18)), 'comprare il pane'),
    ],
    [
      'it',
      'RICORDAMI DOMANI ALLE 11 DI FARE GLI AUGURI ALLA NONNA 🎄',
      said(reminder(c.at(c.day(1), 11)), 'FARE GLI AUGURI ALLA NONNA'),
    ],
    ['it', 'lunedi 27 alle 9 ho il commercialsita', booking(c.at(d(2027, 12, 27), 9))],
    ['it', 'che appuntamneti ho la prossima settimana', only('agenda', days(...nextWeek(c)))],
    [
      'it',
      'sposta il taglio di capelli a domani alle 5 e meza',
      about(reschedule(c.at(c.day(1), 17, 30)), 'taglio di capelli'),
    ],
    ['it', 'anulla la cena di sabato da Mario', only('cancel')],
    ['it', 'sono in riunione fino a mezzogiono', busy(c.at(c.today, 12))],
    ['it', 'remind me fra 1 oretta di chiamare il corriere', said(reminder(c.inMinutes(60)), 'chiamare il corriere')],
    [
      'it',
      "ogni venerdi' alle 5 ricordami di chiudere la cassa",
      said(recurring(c.at(c.weekday(FRI), 17), 'FREQ=WEEKLY;BYDAY=FR'), 'chiudere la cassa'),
    ],
    ['it', 'potete spedire i pachi regalo entro domani??', { intent: 'task', due: c.iso(c.day(1)) }],
    ['it', 'avete prenotato il ristorante x capodanno??', only('ticket_status')],
    ['it', 'quante ore mi restanno', only('balance')],
    ['it', 'ciao! come funziona?', only('help')],
    [
      'it',
      'mi trovi 2 ore libbere martedi',
      only('free_slots', days(c.iso(c.weekday(TUE)), undefined, { durationMin: 120 })),
    ],
    ['it', 'buon natale a tuttti 🎅🎅', only('other')],
  ]),
  // Sunday 4 July 2027, 15:30 in Los Angeles
  fresh('b22-r4-los-angeles-producer', 'en', '2027-07-04T15:30:00-07:00', 'America/Los_Angeles', (c) => [
    ['en', 'REMIND ME TMRW AT 8 TO CALL THE DP', said(reminder(c.at(c.day(1), 8)), 'CALL THE DP')],
    [
      'en',
      'remind me tues @ 2 to send the cut to the studio',
      said(reminder(c.at(c.weekday(TUE), 14)), 'send the cut to the studio'),
    ],
    ['en', 'lunch w/ Marta on thursday at 1230', booking(c.at(c.weekday(THU), 12, 30))],
    ['en', 'what do i have monday', only('agenda', days(c.iso(c.weekday(MON))))],
    ['en', 'move the table read to wed at10am', about(reschedule(c.at(c.weekday(WED), 10)), 'table read')],
    ['en', 'cancel my 3pm on tues', only('cancel')],
    ['en', 'at the fireworks till 10 pm, wont pick up', busy(c.at(c.today, 22))],
    ['en', 'remind me in 15min to turn the grill off 🔥', said(reminder(c.inMinutes(15)), 'turn the grill off')],
    [
      'en',
      'remind me on the 1st of evry month to pay rent',
      said(recurring(c.at(d(2027, 8, 1), 9), 'FREQ=MONTHLY;BYMONTHDAY=1'), 'pay rent'),
    ],
    ['en', 'get someone to book my flights to NYC by wedensday', { intent: 'task', due: c.iso(c.weekday(WED)) }],
    ['en', 'did u book the car 4 friday??', only('ticket_status')],
    ['en', 'how many hrs left this mnth', only('balance')],
    [
      'en',
      'need a free hour thurs morning',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { durationMin: 60, dayPart: 'morning' })),
    ],
    ['en', 'book a table for 8 at nobu sat at 9', office(booking(c.at(c.weekday(SAT), 21), { partySize: 8 }))],
    ['en', 'happy 4th!!! 🇺🇸🎆', only('other')],
  ]),
];
