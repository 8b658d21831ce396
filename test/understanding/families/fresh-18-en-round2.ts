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
  task,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';
import { busy, days, office } from './fresh-17-en-round1.js';

/**
 * Fresh batch 18 (English), round 2: 24 whole client messages written and labelled in code before the rules
 * ran on them. A Chicago paralegal early on Martin Luther King Day (a voice note with "um" and "like", "cob",
 * "2moro"), an Italian in Florence writing English at lunchtime on the Friday a week before Christmas ("at the
 * notary until the 5", "at which point is the practice", "we are 12 persons"). Two requests of different times
 * or kinds go to the desk whole, as one task (rules/several.ts).
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh18EnRound2: readonly Family[] = [
  fresh('b18-r2-chicago-mlk-day', 'en', '2027-01-18T07:30:00-06:00', 'America/Chicago', (c) => [
    [
      'en',
      'office is closed for MLK day but can u remind me at 11 to email the landlord',
      said(reminder(c.at(c.today, 11)), 'email the landlord'),
    ],
    [
      'en',
      'um so like can you remind me tomorrow morning to um call the insurance guy about the claim',
      said(reminder(c.at(c.day(1), 9)), 'call the insurance guy about the claim'),
    ],
    [
      'en',
      'book a table for 2 at Girl and the Goat sat 8pm',
      office(booking(c.at(c.weekday(SAT), 20), { partySize: 2 })),
    ],
    ['en', 'need the Q4 numbers pulled together by cob wed', task(c.iso(c.weekday(WED)))],
    [
      'en',
      'pls find me 2 hrs free thurs or fri',
      only('free_slots', days(c.iso(c.weekday(THU)), c.iso(c.weekday(FRI)), { durationMin: 120 })),
    ],
    ['en', 'whats the status on ticket #6120', only('ticket_status', { ref: 6120 })],
    [
      'en',
      'remind me the first monday of each month to back up the server',
      said(recurring(c.at(d(2027, 2, 1), 9), 'FREQ=MONTHLY;BYDAY=1MO'), 'back up the server'),
    ],
    ['en', 'in depositions till 3 then free', busy(c.at(c.today, 15))],
    ['en', 'move my 1:1 with Sarah to thurs 10am', reschedule(c.at(c.weekday(THU), 10))],
    ['en', 'cancel request 5307 we dont need it anymore', only('cancel', { ref: 5307 })],
    ['en', 'dentist appt 2moro 4:15, can u add it', titled(booking(c.at(c.day(1), 16, 15)), 'dentist appointment')],
    ['en', 'remind me at noon to take my meds and then at 6 to walk the dog', only('task')],
  ]),
  fresh('b18-r2-florence-italian-friday-lunch', 'en', '2027-12-17T12:10:00+01:00', 'Europe/Rome', (c) => [
    ['en', 'hello, this afternoon I am at the notary until the 5, so please no calls', busy(c.at(c.today, 17))],
    [
      'en',
      'remember me monday at the 10 to send the christmas gifts to the clients',
      said(reminder(c.at(c.weekday(MON), 10)), 'send the christmas gifts to the clients'),
    ],
    [
      'en',
      'for the dinner of the office on wednesday we are 12 persons, book at Buca Mario at 8 please',
      office(booking(c.at(c.weekday(WED), 20), { partySize: 12 })),
    ],
    ['en', 'we have a problem with the boiler, can somebody call the technician asap', only('task')],
    ['en', 'at which point is the practice 4471?', only('ticket_status', { ref: 4471 })],
    [
      'en',
      'I have free time tuesday morning? I need one hour and half for the bank',
      only('free_slots', days(c.iso(c.weekday(TUE)), undefined, { durationMin: 90 })),
    ],
    ['en', 'the meeting with Frigerio of thursday, move it to friday at the 11', reschedule(c.at(c.weekday(FRI), 11))],
    [
      'en',
      'every other tuesday remember me to water the plants of the office',
      said(recurring(c.at(c.weekday(TUE), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'), 'water the plants of the office'),
    ],
    ['en', 'what I have the 24?', only('agenda', days(c.iso(d(2027, 12, 24))))],
    [
      'en',
      'tomorrow I must bring the car to the mechanic at the 9, write it in the calendar',
      booking(c.at(c.day(1), 9)),
    ],
    ['en', 'cancel the appointment of the hairdresser, I have the flu', only('cancel')],
    [
      'en',
      'send a whatsapp to Giulia that the meeting is cancelled, and remember me at the 6 to call her',
      only('task'),
    ],
  ]),
];
