import type { Expected, Family } from './calendar.js';
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
import { beforeEvent, busy, days, MORNING, office, windowed } from './fresh-19-round1.js';

/**
 * Fresh batch 22 (English), round 1: 30 whole client messages written and labelled in code before the rules ran
 * on them. A Manchester estate agent late on the Saturday night the clocks go back (Europe/London, "half 9",
 * "the night before", "a week from monday", "next sat" said on a Saturday), an Austin dog groomer early on leap
 * day 2028 ("noonish", "the 3rd", "end of the month" said on its last day, "yall"). Free texts, `viaOffice` and
 * the party are checked by src/understanding/fresh-batch-22-en.test.ts; the eval scores the rest.
 * Two labels were corrected after first seen (counted as misses there): `with` drops its article as the labelled
 * sets always did ("meeting with the architect" → "architect"), and a title keeps who the event is with, as the
 * contract's "call with Smith" does.
 */
/** a cancel or move with the client's words for the item */
export const about = (expected: Expected, target: string): Expected => ({
  ...expected,
  slots: { ...expected.slots, target },
});

export const fresh22EnRound1: readonly Family[] = [
  // Saturday 30 October 2027, 23:20 in Manchester (summer time; the clocks go back at 02:00 tonight)
  fresh('b22-r1-manchester-clocks-back', 'en', '2027-10-30T23:20:00+01:00', 'Europe/London', (c) => [
    [
      'en',
      'evening, can u remind me tmrw at half 9 to send the Didsbury vendor the offer',
      said(reminder(c.at(c.day(1), 9, 30)), 'send the Didsbury vendor the offer'),
    ],
    [
      'en',
      'viewing at 14 Burton Rd mon 11am w/ the Patels, pls put it in the diary',
      titled(booking(c.at(c.weekday(MON), 11)), 'viewing at 14 Burton Rd with the Patels', 'Patels'),
    ],
    ['en', 'whats on monday', only('agenda', days(c.iso(c.weekday(MON))))],
    [
      'en',
      'the Chorlton completion is thurs at 12, remind me the night before to chase the solicitors',
      said(beforeEvent(c.at(c.weekday(WED), 22), c.at(c.weekday(THU), 12)), 'chase the solicitors'),
    ],
    ['en', 'pls cancel the 10am valuation on tues, the seller pulled out', only('cancel')],
    ['en', 'move my 3pm wed with the mortgage advisor to thurs same time', reschedule(c.iso(c.weekday(THU)))],
    [
      'en',
      'am i free tues afternoon for a couple of hrs',
      only('free_slots', days(c.iso(c.weekday(TUE)), undefined, { durationMin: 120, dayPart: 'afternoon' })),
    ],
    ['en', 'whats happening with ticket 6812', only('ticket_status', { ref: 6812 })],
    ['en', 'did u manage to book the EPC assessor for the Sale Moor flat?', only('ticket_status')],
    [
      'en',
      'need the brochure for 22 Wilbraham Rd proofread and sent to print by eod weds',
      task(c.iso(c.weekday(WED))),
    ],
    [
      'en',
      'every other thursday remind me to do the lettings inspections',
      said(recurring(c.at(c.weekday(THU), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'), 'do the lettings inspections'),
    ],
    ['en', 'dnd till 8 pls, knackered', only('status', { availability: 'dnd', until: c.at(c.day(1), 8) })],
    [
      'en',
      'can u book me a table for 4 at Hawksmoor next sat at 7.30, its my wifes 40th',
      office(booking(c.at(c.weekday(SAT), 19, 30), { partySize: 4 })),
    ],
    [
      'en',
      'remind me a week from monday to renew my Propertymark membership',
      said(reminder(c.at(c.weekday(MON, 1), 9)), 'renew my Propertymark membership'),
    ],
    ['en', 'thx, night', only('other')],
  ]),
  // Tuesday 29 February 2028 (leap day), 07:40 in Austin (America/Chicago, winter time)
  fresh('b22-r1-austin-leap-day', 'en', '2028-02-29T07:40:00-06:00', 'America/Chicago', (c) => [
    [
      'en',
      'morning! remind me at noonish to call the Hendersons about Biscuit',
      said(reminder(c.at(c.today, 12)), 'call the Hendersons about Biscuit'),
    ],
    [
      'en',
      'pls book the van in for an oil change thurs morning',
      windowed(c.iso(c.weekday(THU)), c.iso(c.weekday(THU)), MORNING),
    ],
    ['en', 'whats on my schedule for tmrw', only('agenda', days(c.iso(c.day(1))))],
    [
      'en',
      'remind me on the 3rd at quarter to 9 to order more shampoo',
      said(reminder(c.at({ year: 2028, month: 3, day: 3 }, 8, 45)), 'order more shampoo'),
    ],
    ['en', 'got a poodle at 10 and a doodle at 11:30 so im slammed till 1, no calls', busy(c.at(c.today, 13))],
    ['en', 'pls cancel the groomer expo registration, request 3390', only('cancel', { ref: 3390 })],
    ['en', 'by end of the month i need the quarterly sales tax filed', task(c.iso(c.today))],
    [
      'en',
      'put a call w/ the franchise guy in my calendar next tues at 4:15',
      titled(booking(c.at(c.weekday(TUE), 16, 15)), 'call with the franchise guy', 'franchise guy'),
    ],
    [
      'en',
      'remind me the first monday of every month to pay the shop rent',
      said(recurring(c.at(c.nth(2028, 3, MON, 1), 9), 'FREQ=MONTHLY;BYDAY=1MO'), 'pay the shop rent'),
    ],
    [
      'en',
      'is there a free hour thurs between 2 and 5',
      only(
        'free_slots',
        days(c.iso(c.weekday(THU)), undefined, { durationMin: 60, timeFrom: '14:00', timeTo: '17:00' }),
      ),
    ],
    ['en', 'push my 2pm dentist appt to friday at 3:30', reschedule(c.at(c.weekday(FRI), 15, 30))],
    ['en', 'did the new clippers get ordered yet', only('ticket_status')],
    [
      'en',
      'can yall get someone out to fix the big dryer by friday, its making a burning smell',
      task(c.iso(c.weekday(FRI))),
    ],
    [
      'en',
      'remind me tonight at 8:15 to text Maria the schedule',
      said(reminder(c.at(c.today, 20, 15)), 'text Maria the schedule'),
    ],
    ['en', 'happy leap day lol. anything on saturday?', only('agenda', days(c.iso(c.weekday(SAT))))],
  ]),
];
