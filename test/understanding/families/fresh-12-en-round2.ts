import {
  booking,
  FRI,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  SUN,
  task,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { atIn } from './fresh-12-en-round1.js';

/**
 * Fresh batch 12 (English), second round: 27 whole client messages written and labelled in code before
 * running the rules (after round 1 was fixed). A New Yorker late on the Saturday night the clocks go back,
 * a Dubai client on a Friday morning (a weekend day there) before the month ends, an Auckland client on the
 * last afternoon of August, a Dublin client at lunchtime on St Patrick's Day; a German writing English.
 *
 * Labels where the contract is silent (batch 12's decisions): "sometime next week" is next week as a date
 * (its Monday, a reminder at 09:00); "early next month" is the first of next month, as "the beginning of
 * next month"; a move "to wednesday same time" is the new date (the time stays the target's).
 */
export const fresh12EnRound2: readonly Family[] = [
  fresh('b12-r2-new-york-clocks-back', 'en', '2027-11-06T23:30:00-04:00', 'America/New_York', (c) => [
    [
      'en',
      'hey sorry its late!! can you remind me tmrw at 10 to call my mom, clocks change tonight right?',
      reminder(c.at(c.day(1), 10)),
    ],
    [
      'en',
      'whats on my calendar for monday',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) }),
    ],
    [
      'en',
      'pls book a table for 6 at Carbone next fri 8:30pm, its for my dads bday',
      booking(c.at(c.weekday(FRI), 20, 30), { partySize: 6 }),
    ],
    ['en', 'cancel #5521 thx', only('cancel', { ref: 5521 })],
    ['en', 'remind me sometime next week to renew the car registration', reminder(c.at(c.weekday(MON), 9))],
    ['en', 'can someone call con ed about the bill on monday, im at work all day', task(c.iso(c.weekday(MON)))],
    ['en', 'meeting w/ Jen from accounting tuesday 2-3pm', booking(c.at(c.weekday(TUE), 14))],
  ]),
  fresh('b12-r2-dubai-friday', 'en', '2027-01-29T09:15:00+04:00', 'Asia/Dubai', (c) => [
    [
      'en',
      'Good morning, please arrange a meeting with Mr. Khalid on Sunday at 11am',
      titled(booking(c.at(c.weekday(SUN), 11)), 'meeting with Mr. Khalid', 'Mr. Khalid'),
    ],
    ['en', 'I need the quarterly report translated to Arabic by end of month', task('2027-01-31')],
    ['en', 'remind me in 45 mins to pick the kids from school', reminder(c.inMinutes(45))],
    ['en', 'call with London office 3pm UK time monday', booking(atIn(c, c.weekday(MON), 'Europe/London', 15))],
    [
      'en',
      'hi am i free tmrw afternoon for 1 hr?',
      only('free_slots', { durationMin: 60, from: c.iso(c.day(1)), to: c.iso(c.day(1)) }),
    ],
    ['en', 'pls move my dentist appt from tuesday to wednesday same time', reschedule(c.iso(c.weekday(WED)))],
    [
      'en',
      "I'm driving to Abu Dhabi till 1pm, msg me after",
      only('status', { availability: 'busy', until: c.at(c.today, 13) }),
    ],
  ]),
  fresh('b12-r2-auckland-month-end', 'en', '2027-08-31T16:45:00+12:00', 'Pacific/Auckland', (c) => [
    ['en', 'kia ora, remind me early next month to pay the rates', reminder(c.at({ year: 2027, month: 9, day: 1 }, 9))],
    ['en', 'can u get someone to book flights to Sydney for the 14th, returning the 17th', only('task')],
    [
      'en',
      'what have i got on thurs n fri',
      only('agenda', { from: c.iso(c.weekday(THU)), to: c.iso(c.weekday(FRI)) }),
    ],
    ['en', 'remind me after lunch tmrw to ring the vet', reminder(c.at(c.day(1), 14))],
    [
      'en',
      'table for 2 at Depot tonight at 7 pls, actually make it 7:30',
      booking(c.at(c.today, 19, 30), { partySize: 2 }),
    ],
    ['en', 'status of req 7781?', only('ticket_status', { ref: 7781 })],
  ]),
  fresh('b12-r2-dublin-st-patricks', 'en', '2027-03-17T12:10:00+00:00', 'Europe/Dublin', (c) => [
    [
      'en',
      'happy paddys day! can you remind me friday at half 9 to send the invoices',
      reminder(c.at(c.weekday(FRI), 9, 30)),
    ],
    [
      'en',
      'im in a meeting till half 2 dont put anyone through',
      only('status', { availability: 'busy', until: c.at(c.today, 14, 30) }),
    ],
    ['en', 'could you have someone sort out the car tax before the end of the month', task('2027-03-31')],
    [
      'en',
      'remind me every other friday to pay the childminder',
      recurring(c.at(c.weekday(FRI), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'),
    ],
    [
      'en',
      'lunch w/ Siobhan tmrw at 1, put it in pls',
      titled(booking(c.at(c.day(1), 13)), 'lunch with Siobhan', 'Siobhan'),
    ],
    [
      'en',
      'any free hour monday morning for a call with the solicitor?',
      only('free_slots', { durationMin: 60, from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) }),
    ],
    [
      'en',
      "Hello, I must go to the doctor on Monday at 10 o'clock, please note this in my calendar",
      booking(c.at(c.weekday(MON), 10)),
    ],
  ]),
];
