import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { atIn } from './fresh-12-en-round1.js';

/**
 * Fresh batch 12 (English), sixth round: 16 whole client messages written and labelled in code before
 * running the rules (after round 5 was fixed and the branch rebased). A New Yorker early on the first working
 * Monday of 2028, a Sydney client on a Saturday lunchtime at the end of January.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh12EnRound6: readonly Family[] = [
  fresh('b12-r6-new-york-first-monday', 'en', '2028-01-03T07:50:00-05:00', 'America/New_York', (c) => [
    [
      'en',
      'morning! pls set up a call w/ the London team wed 10am London time',
      booking(atIn(c, c.weekday(WED), 'Europe/London', 10)),
    ],
    ['en', 'remind me at lunch to pay the con ed bill', reminder(c.at(c.today, 13))],
    ['en', 'can you have someone renew my parking permit by eow', task(c.iso(c.weekday(FRI)))],
    ['en', 'whats on tmrw morning', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    ['en', 'table for 2 at Lilia fri at 9, anniversary dinner', booking(c.at(c.weekday(FRI), 21), { partySize: 2 })],
    [
      'en',
      'im on a flight till 3pm, back online after',
      only('status', { availability: 'busy', until: c.at(c.today, 15) }),
    ],
    [
      'en',
      'remind me every 2 weeks on thurs to submit my timesheet',
      recurring(c.at(c.weekday(THU), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'),
    ],
    ['en', 'cancel the dentist on the 12th pls', only('cancel')],
  ]),
  fresh('b12-r6-sydney-saturday', 'en', '2028-01-29T13:10:00+11:00', 'Australia/Sydney', (c) => [
    [
      'en',
      "g'day, can u book a table for 6 at Aria next sat 7pm, its mums 70th",
      booking(c.at(c.weekday(SAT), 19), { partySize: 6 }),
    ],
    ['en', 'remind me on monday arvo to ring the accountant re BAS', reminder(c.at(c.weekday(MON), 15))],
    ['en', 'need someone to sort the car rego before it expires on the 4th', task(c.iso(d(2028, 2, 4)))],
    ['en', 'whats the go with request 2210', only('ticket_status', { ref: 2210 })],
    ['en', 'im at the beach all arvo, text only', only('status', { availability: 'busy', until: c.at(c.today, 18) })],
    [
      'en',
      'any free slot tues between 10 and 2?',
      only('free_slots', { from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(TUE)) }),
    ],
    ['en', 'move my haircut from 11 to 12 tmrw', reschedule(c.at(c.day(1), 12))],
    ['en', 'remind me in an hour and a half to take the roast out', reminder(c.inMinutes(90))],
  ]),
];
