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
import { beforeEvent, busy, days, office } from './fresh-19-round1.js';

/**
 * Fresh batch 22 (English), round 3: 30 whole client messages written and labelled in code before the rules ran
 * on them. A Mumbai management consultant a quarter of an hour before midnight on the last day of November 2028
 * (Indian English: "kindly", "prepone", "do the needful", "what all", "9th dec", "IST", "request no."), a Vancouver
 * photographer the Sunday morning the clocks sprang forward ("bump", "noonish", "3/20" said month first where day
 * first is impossible, "every other sunday" starting that evening). Free texts, `viaOffice` and the party are
 * checked by src/understanding/fresh-batch-22-en.test.ts.
 * Where the contract is silent: "prepone" moves a booking earlier, a move like any other; "this week" said on a
 * Sunday is that Sunday alone (batch 12); "the night before" an event fires at 22:00 the day before (batch 11).
 */
export const fresh22EnRound3: readonly Family[] = [
  // Thursday 30 November 2028, 23:45 in Mumbai (Asia/Kolkata, +05:30)
  fresh('b22-r3-mumbai-consultant-midnight', 'en', '2028-11-30T23:45:00+05:30', 'Asia/Kolkata', (c) => [
    [
      'en',
      'kindly remind me tomorrow 7am to call the client in Pune',
      said(reminder(c.at(c.day(1), 7)), 'call the client in Pune'),
    ],
    ['en', 'pls prepone tmrws 4pm review with Mehta sir to 2pm', reschedule(c.at(c.day(1), 14))],
    ['en', 'what all meetings do i have on monday', only('agenda', days(c.iso(c.weekday(MON))))],
    [
      'en',
      'please book a table for 8 at Trishna on 9th dec 8:30 pm, client dinner',
      office(booking(c.at({ year: 2028, month: 12, day: 9 }, 20, 30), { partySize: 8 })),
    ],
    ['en', 'do the needful and send the revised proposal to Mr. Kapoor by EOD tomorrow', task(c.iso(c.day(1)))],
    ['en', 'on a call with the US team till 1am', busy(c.at(c.day(1), 1))],
    ['en', 'cancel request no. 5581', only('cancel', { ref: 5581 })],
    ['en', 'what is the status of the GST filing? its been 3 days', only('ticket_status')],
    [
      'en',
      'remind me on the 5th of every month to pay the office rent',
      said(recurring(c.at({ year: 2028, month: 12, day: 5 }, 9), 'FREQ=MONTHLY;BYMONTHDAY=5'), 'pay the office rent'),
    ],
    [
      'en',
      'can u find 1 hr slot on wednesday afternoon for the board prep',
      only('free_slots', days(c.iso(c.weekday(WED)), undefined, { durationMin: 60, dayPart: 'afternoon' })),
    ],
    [
      'en',
      'put a zoom with the Singapore team on 12/12 at 4:30 pm IST',
      titled(
        booking(c.at({ year: 2028, month: 12, day: 12 }, 16, 30)),
        'zoom with the Singapore team',
        'Singapore team',
      ),
    ],
    [
      'en',
      'remind me 30 mins before the board meeting on friday 11am',
      beforeEvent(c.at(c.weekday(FRI), 10, 30), c.at(c.weekday(FRI), 11)),
    ],
    ['en', 'get the flight tickets to Delhi booked for the 15th morning', task('2028-12-15')],
    ['en', 'has the courier from Bangalore reached?', only('ticket_status')],
    ['en', 'ok thanks, good night', only('other')],
  ]),
  // Sunday 12 March 2028, 08:10 in Vancouver (daylight time since 02:00 today, -07:00)
  fresh('b22-r3-vancouver-photographer-spring-forward', 'en', '2028-03-12T08:10:00-07:00', 'America/Vancouver', (c) => [
    [
      'en',
      'morning! clocks sprang forward lol. remind me at 10 to back up the wedding shoot',
      said(reminder(c.at(c.today, 10)), 'back up the wedding shoot'),
    ],
    [
      'en',
      'engagement shoot w/ Priya and Dev at Stanley Park thurs 6:30pm, add it pls',
      booking(c.at(c.weekday(THU), 18, 30)),
    ],
    ['en', 'whats on this week', only('agenda', days(c.iso(c.today)))],
    ['en', 'pls book me a haircut at Barber & Co tues around noonish', office(booking(c.at(c.weekday(TUE), 12)))],
    ['en', 'cancel my 2pm tmrw with the realtor', only('cancel')],
    ['en', 'bump fridays client call to 3:45', reschedule(c.at(c.weekday(FRI), 15, 45))],
    ['en', 'I need the invoice for the Nguyen wedding sent out by the 15th', task('2028-03-15')],
    [
      'en',
      'remind me every other sunday at 7pm to post on insta',
      said(recurring(c.at(c.today, 19), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU'), 'post on insta'),
    ],
    ['en', 'editing till 2, phone off', busy(c.at(c.today, 14))],
    [
      'en',
      'got anything free saturday afternoon? need 3 hrs for a headshot session',
      only('free_slots', days(c.iso(c.weekday(SAT)), undefined, { durationMin: 180, dayPart: 'afternoon' })),
    ],
    [
      'en',
      'remind me on 3/20 to renew the business licence',
      said(reminder(c.at({ year: 2028, month: 3, day: 20 }, 9)), 'renew the business licence'),
    ],
    ['en', 'did you guys get the lens insurance claim sorted?', only('ticket_status')],
    [
      'en',
      'remind me the night before the Whistler elopement to charge all the batteries, its on the 25th',
      said(reminder(c.at({ year: 2028, month: 3, day: 24 }, 22)), 'charge all the batteries'),
    ],
    ['en', 'where are we on ticket 8823', only('ticket_status', { ref: 8823 })],
    ['en', 'cheers, thats it for today', only('other')],
  ]),
];
