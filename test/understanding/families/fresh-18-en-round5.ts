import type { Family } from './calendar.js';
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
  task,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';
import { busy, days, office } from './fresh-17-en-round1.js';

/**
 * Fresh batch 18 (English), round 5: 24 whole client messages written and labelled in code before the rules
 * ran on them. A Neapolitan lawyer writing English early on the last Monday of January 2028 ("in tribunal
 * until the 1", "the 5 of february", "every 15 of the month", "is moved to wednesday at the 4"), a Melbourne
 * sports club secretary at dawn on a spring Thursday ("fri arvo", "whats the go with", "ta").
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh18EnRound5: readonly Family[] = [
  fresh('b18-r5-naples-lawyer-january-end', 'en', '2028-01-31T08:50:00+01:00', 'Europe/Rome', (c) => [
    ['en', 'good morning, today I am in tribunal until the 1, after you can call me', busy(c.at(c.today, 13))],
    ['en', 'remember me to pay the rent the 5 of february', said(reminder(c.at(d(2028, 2, 5), 9)), 'pay the rent')],
    [
      'en',
      'please reserve a table for 3 persons at the pizzeria Sorbillo for tomorrow evening',
      office(booking(c.at(c.day(1), 19), { partySize: 3 })),
    ],
    ['en', 'I need the translation of the catalogue in english for the end of the week', task(c.iso(c.weekday(FRI)))],
    [
      'en',
      'there is a free hour thursday afternoon?',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { durationMin: 60 })),
    ],
    ['en', 'how is going the practice of the pension, the number is 5518', only('ticket_status', { ref: 5518 })],
    [
      'en',
      'every 15 of the month remember me to pay the accountant',
      said(recurring(c.at(d(2028, 2, 15), 9), 'FREQ=MONTHLY;BYMONTHDAY=15'), 'pay the accountant'),
    ],
    [
      'en',
      'the appointment with the dottoressa Esposito is moved to wednesday at the 4',
      reschedule(c.at(c.weekday(WED), 16)),
    ],
    ['en', 'delete the request 6602, is not necessary anymore', only('cancel', { ref: 6602 })],
    ['en', 'what I have this week?', only('agenda', days(c.iso(c.today), c.iso(c.weekday(SUN))))],
    [
      'en',
      'tomorrow at the 11 I have the call with Milano',
      titled(booking(c.at(c.day(1), 11)), 'call with Milano', 'Milano'),
    ],
    ['en', 'remember me tomorrow at 8 to take the medicine and friday to call the insurance', only('task')],
  ]),
  fresh('b18-r5-melbourne-spring-dawn', 'en', '2027-10-07T06:45:00+11:00', 'Australia/Melbourne', (c) => [
    [
      'en',
      'morning, can u remind me fri arvo to pick up the trophies for the footy presentation',
      said(reminder(c.at(c.weekday(FRI), 15)), 'pick up the trophies for the footy presentation'),
    ],
    [
      'en',
      'book a table for 7 at Chin Chin sat night 7pm',
      office(booking(c.at(c.weekday(SAT), 19), { partySize: 7 })),
    ],
    ['en', 'need the grant application submitted by 5pm fri', task(c.iso(c.weekday(FRI)))],
    ['en', 'doing school drop off till 9, then on deck', busy(c.at(c.today, 9))],
    [
      'en',
      'any gaps in my diary tues for a 1 hr meeting?',
      only('free_slots', days(c.iso(c.weekday(TUE)), undefined, { durationMin: 60 })),
    ],
    ['en', 'whats the go with ticket 2045', only('ticket_status', { ref: 2045 })],
    [
      'en',
      'remind me every other monday to invoice the Carlton club',
      said(recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'), 'invoice the Carlton club'),
    ],
    ['en', 'move the team meeting to wed at 2', reschedule(c.at(c.weekday(WED), 14))],
    ['en', 'cancel the 9.30 with the accountant', only('cancel')],
    [
      'en',
      'remind me at 11 to um ring the physio and like book another session',
      said(reminder(c.at(c.today, 11)), 'ring the physio and book another session'),
    ],
    ['en', 'is there anything on tmrw', only('agenda', days(c.iso(c.day(1))))],
    ['en', 'ta', only('other')],
  ]),
];
