import type { Family } from './calendar.js';
import {
  booking,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  said,
  SAT,
  task,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';
import { busy, days, office } from './fresh-17-en-round1.js';

/**
 * Fresh batch 17 (English), round 3: 25 whole client messages written and labelled in code before running
 * the rules (after round 2 was fixed). A Los Angeles client five minutes before midnight on the last
 * Saturday of July, an English-speaking expat in Rome the Sunday morning the clocks went forward.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh17EnRound3: readonly Family[] = [
  fresh('b17-r3-los-angeles-july-end', 'en', '2027-07-31T23:55:00-07:00', 'America/Los_Angeles', (c) => [
    ['en', 'yo can u remind me tmrw at noon to call grandma its her bday', reminder(c.at(c.day(1), 12))],
    [
      'en',
      'add dinner w/ the Garcias next sat 7:30',
      titled(booking(c.at(c.weekday(SAT), 19, 30)), 'dinner with the Garcias'),
    ],
    ['en', 'what do i have monday and tuesday', only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.weekday(TUE))))],
    ['en', 'remind me in 10 min to lock the garage', said(reminder(c.inMinutes(10)), 'lock the garage')],
    ['en', 'need the lease renewal signed and sent back by the 5th', task(c.iso(d(2027, 8, 5)))],
    ['en', 'cancel tmrws brunch reservation', only('cancel')],
    ['en', 'can u get me a haircut appt sometime next week', office(booking(c.iso(c.weekday(MON))))],
    ['en', 'hows my dmv appointment request coming', only('ticket_status')],
    ['en', 'move my call with Priya from 3 to 4 on monday', reschedule(c.at(c.weekday(MON), 16))],
    [
      'en',
      'remind me every sunday at 6pm to plan the week',
      said(recurring(c.at(c.day(1), 18), 'FREQ=WEEKLY;BYDAY=SU'), 'plan the week'),
    ],
    ['en', 'whats the time in london rn', only('other')],
    ['en', 'driving till 1am dont text', busy(c.at(c.day(1), 1))],
  ]),
  fresh('b17-r3-rome-expat-dst-sunday', 'en', '2028-03-26T10:15:00+02:00', 'Europe/Rome', (c) => [
    [
      'en',
      "hi! clocks changed last night so i'm an hour behind on everything, can you move my 11 call with Marco to 12",
      reschedule(c.at(c.today, 12)),
    ],
    [
      'en',
      'remind me tomorrow at 8 to pay the condominio fees',
      said(reminder(c.at(c.day(1), 8)), 'pay the condominio fees'),
    ],
    ['en', 'book a table for 2 at Da Enzo tonight at 8.30', office(booking(c.at(c.today, 20, 30), { partySize: 2 }))],
    ['en', 'can someone call the comune about my residency appointment tmrw morning', task(c.iso(c.day(1)))],
    ['en', 'whats on for easter monday', only('agenda', days(c.iso(c.easter(1))))],
    [
      'en',
      'remind me the day before easter to order the colomba',
      said(reminder(c.at(c.easter(-1), 9)), 'order the colomba'),
    ],
    ['en', 'in a meeting w/ the notaio till 1, msg me', busy(c.at(c.today, 13))],
    [
      'en',
      'any free time thurs morning for a 1h call?',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { durationMin: 60 })),
    ],
    ['en', 'pls translate the rental contract into english by wed', task(c.iso(c.weekday(WED)))],
    ['en', 'remind me in 1 hr 30 to check the oven', said(reminder(c.inMinutes(90)), 'check the oven')],
    ['en', 'my request 4410, any update?', only('ticket_status', { ref: 4410 })],
    ['en', 'dentist appt moved to april 4 at 9:45, pls update', reschedule(c.at(d(2028, 4, 4), 9, 45))],
    ['en', 'thx a mil! have a good sunday', only('other')],
  ]),
];
