import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { atIn } from './fresh-12-en-round1.js';

/**
 * Fresh batch 12 (English), fourth round: 25 whole client messages written and labelled in code before
 * running the rules (after round 3 was fixed). A Londoner late on the Sunday before the August bank
 * holiday, a Toronto client on Canada Day, a Singapore client writing Singlish on a Tuesday evening, an
 * Auckland client on New Year's Eve before midnight.
 *
 * Labels where the contract is silent (batch 12's decisions): "7ish" is 7 by the usual rules; a status
 * until a day ends at 09:00 of that day (batch 9); "next thurs" is the coming Thursday (the contract's "next
 * Friday").
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh12EnRound4: readonly Family[] = [
  fresh('b12-r4-london-bank-holiday', 'en', '2027-08-29T21:50:00+01:00', 'Europe/London', (c) => [
    ['en', 'evening! remind me tues morning to chase the builder re the invoice', reminder(c.at(c.weekday(TUE), 9))],
    [
      'en',
      'fancy booking us a table for 3 at Padella on wed, about 7ish',
      booking(c.at(c.weekday(WED), 19), { partySize: 3 }),
    ],
    ['en', 'can u sort a cleaner for the flat sometime this week', only('task')],
    ['en', "what's in the diary for tomorrow", only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    ['en', "pls cancel booking ref 8890, the bank hol trip's off", only('cancel', { ref: 8890 })],
    ['en', 'remind me in 2 hrs to take the bins out', reminder(c.inMinutes(120))],
    ['en', 'call w/ mum thurs 6pm sydney time', booking(atIn(c, c.weekday(THU), 'Australia/Sydney', 18))],
  ]),
  fresh('b12-r4-toronto-canada-day', 'en', '2027-07-01T11:00:00-04:00', 'America/Toronto', (c) => [
    ['en', 'happy canada day! remind me tmr at 8:15am to submit the HST', reminder(c.at(c.day(1), 8, 15))],
    ['en', 'dentist appt monday at 3:45, can u put it in my calendar', booking(c.at(c.weekday(MON), 15, 45))],
    [
      'en',
      'im at the cottage till sunday, only text if urgent',
      only('status', { availability: 'busy', until: c.at(c.weekday(SUN), 9) }),
    ],
    ['en', 'need someone to translate my lease into french by next friday', task(c.iso(c.weekday(FRI)))],
    ['en', 'move my 4pm call w/ Priya to 4:30', reschedule(c.at(c.today, 16, 30))],
    [
      'en',
      'do i have anything on the weekend',
      only('agenda', { from: c.iso(c.weekday(SAT)), to: c.iso(c.weekday(SUN)) }),
    ],
  ]),
  fresh('b12-r4-singapore-singlish', 'en', '2027-12-14T19:30:00+08:00', 'Asia/Singapore', (c) => [
    ['en', 'hello can help me remind tomorrow 9am call the aircon guy', reminder(c.at(c.day(1), 9))],
    [
      'en',
      'book table for 10 at Jumbo Seafood on sat 7pm pls, company dinner',
      booking(c.at(c.weekday(SAT), 19), { partySize: 10 }),
    ],
    ['en', 'pls settle my car insurance renewal before 20 dec', task(c.iso(d(2027, 12, 20)))],
    ['en', 'meeting with vendor shifted to thursday 3pm, pls update', reschedule(c.at(c.weekday(THU), 15))],
    [
      'en',
      'remind me every sunday night 10pm to pack the kids bags',
      recurring(c.at(c.weekday(SUN), 22), 'FREQ=WEEKLY;BYDAY=SU'),
    ],
    ['en', 'how is my request 3318', only('ticket_status', { ref: 3318 })],
  ]),
  fresh('b12-r4-auckland-new-years-eve', 'en', '2027-12-31T23:15:00+13:00', 'Pacific/Auckland', (c) => [
    ['en', 'happy new year almost! remind me on the 3rd to book the wof', reminder(c.at(d(2028, 1, 3), 9))],
    [
      'en',
      'lunch w/ the team next thurs 12:30 at Depot, 7 of us',
      booking(c.at(c.weekday(THU), 12, 30), { partySize: 7 }),
    ],
    ['en', 'remind me in 20 mins to ring mum in London for new year', reminder(c.inMinutes(20))],
    [
      'en',
      'find me a free hour monday arvo',
      only('free_slots', { durationMin: 60, from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) }),
    ],
    ['en', "cancel the 9am tmrw, nobody's working lol", only('cancel')],
    ['en', 'remind me tmrw at 2 to text Aroha', reminder(c.at(c.day(1), 14))],
  ]),
];
