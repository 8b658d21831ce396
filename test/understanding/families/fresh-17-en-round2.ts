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
  SUN,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';
import { atIn } from './fresh-12-en-round1.js';
import { busy, days, office } from './fresh-17-en-round1.js';

/**
 * Fresh batch 17 (English), round 2: 25 whole client messages written and labelled in code before running
 * the rules (after round 1 was fixed). A New Yorker late on the Sunday the clocks went back (voice notes
 * without punctuation, numbers in words), a Sydney client on a Friday evening at the end of April.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh17EnRound2: readonly Family[] = [
  fresh('b17-r2-new-york-clocks-back-night', 'en', '2027-11-07T23:30:00-05:00', 'America/New_York', (c) => [
    [
      'en',
      'hey sorry its late but can you remind me tmrw morning to call the plumber',
      said(reminder(c.at(c.day(1), 9)), 'call the plumber'),
    ],
    [
      'en',
      'okay so remind me at six thirty tomorrow morning to leave for the airport',
      said(reminder(c.at(c.day(1), 6, 30)), 'leave for the airport'),
    ],
    [
      'en',
      'mtg w/ the landlord tues 4-5pm',
      titled(booking(c.at(c.weekday(TUE), 16), { durationMin: 60 }), 'meeting with the landlord'),
    ],
    ['en', 'whats on my plate tmrw', only('agenda', days(c.iso(c.day(1))))],
    ['en', 'can someone book me a flight to Chicago for next thurs, morning flight pls', only('task')],
    ['en', 'cancel request #8830 pls we sorted it', only('cancel', { ref: 8830 })],
    [
      'en',
      'find me 30 mins free on wed afternoon',
      only('free_slots', days(c.iso(c.weekday(WED)), undefined, { durationMin: 30 })),
    ],
    ['en', 'remind me on the 15th to pay the amex', said(reminder(c.at(d(2027, 11, 15), 9)), 'pay the amex')],
    ['en', 'thanksgiving dinner at moms at 4, add it pls', booking(c.at(c.nth(2027, 11, THU, 4), 16))],
    ['en', 'push my dentist to friday same time', reschedule(c.iso(c.weekday(FRI)))],
    ['en', 'remind me in 45 to switch the laundry', said(reminder(c.inMinutes(45)), 'switch the laundry')],
    [
      'en',
      'pls remind me every other fri to do payroll',
      said(recurring(c.at(c.weekday(FRI), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'), 'do payroll'),
    ],
    ['en', 'whats the status of my passport thing', only('ticket_status')],
  ]),
  fresh('b17-r2-sydney-april-end', 'en', '2027-04-30T17:45:00+10:00', 'Australia/Sydney', (c) => [
    [
      'en',
      "g'day, can u remind me monday arvo to chase the invoice from Bunnings",
      said(reminder(c.at(c.weekday(MON), 15)), 'chase the invoice from Bunnings'),
    ],
    ['en', 'book brekkie for 3 at Bills tmrw 9am', office(booking(c.at(c.day(1), 9), { partySize: 3 }))],
    ['en', 'at footy training till 7 then free', busy(c.at(c.today, 19))],
    ['en', 'remind me on the 1st to pay rent', said(reminder(c.at(d(2027, 5, 1), 9)), 'pay rent')],
    ['en', 'what have i got on next week', only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.weekday(SUN, 1))))],
    ['en', 'can someone sort a plumber for the unit asap', only('task')],
    ['en', 'move tmrws brekkie to 10', reschedule(c.at(c.day(1), 10))],
    ['en', 'remind me in a fortnight to renew the rego', said(reminder(c.at(c.day(14), 17, 45)), 'renew the rego')],
    [
      'en',
      'call with the Perth office 3pm Perth time on tues',
      booking(atIn(c, c.weekday(TUE), 'Australia/Perth', 15)),
    ],
    ['en', 'hows the quote for the kitchen reno going', only('ticket_status')],
    [
      'en',
      'dont disturb for the next hour pls, putting the kids to bed',
      only('status', { availability: 'dnd', until: c.inMinutes(60) }),
    ],
    [
      'en',
      'remind me sunday night at 8:30 to put the bins out',
      said(reminder(c.at(c.weekday(SUN), 20, 30)), 'put the bins out'),
    ],
  ]),
];
