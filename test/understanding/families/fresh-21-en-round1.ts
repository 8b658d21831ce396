import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, said, task, THU, titled, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { AFTERNOON, beforeEvent, busy, d, days, office, until, windowed } from './fresh-19-round1.js';

/**
 * Fresh batch 21 (English), round 1: 24 whole client messages written and labelled in code before the rules
 * ran on them. A London dentist who runs her own practice, late on a Sunday night in November (relative times
 * "in a couple of hours", "in 10", "tonight at like 11", shorthand tmrw/b4/w/ /r u, COB, recurrences with an
 * end). Free texts, `viaOffice` and the party are checked by src/understanding/fresh-batch-21-en.test.ts.
 */
const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';

export const fresh21EnRound1: readonly Family[] = [
  // Sunday 7 November 2027, 22:30 in London (winter time, +00:00)
  fresh('b21-r1-london-sunday-night', 'en', '2027-11-07T22:30:00+00:00', 'Europe/London', (c) => [
    [
      'en',
      'evening, remind me in a couple of hours to take the bread out of the machine',
      said(reminder(c.inMinutes(120)), 'take the bread out of the machine'),
    ],
    [
      'en',
      'can u remind me tonight at like 11 to text the hygienist',
      said(reminder(c.at(c.today, 23)), 'text the hygienist'),
    ],
    ['en', 'whats on next week', only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6))))],
    ['en', 'am i free friday pm', only('free_slots', days(c.iso(c.weekday(FRI)), undefined, { dayPart: 'afternoon' }))],
    [
      'en',
      'pls book the surgery team a table for 9 at Dishoom thurs 7pm, its Priyas leaving do',
      office(booking(c.at(c.weekday(THU), 19), { partySize: 9 })),
    ],
    ['en', 'need the new price list sent to the printers by COB tmrw', task(c.iso(c.day(1)))],
    ['en', 'any update on ticket 5120?', only('ticket_status', { ref: 5120 })],
    ['en', 'cancel my 9am w/ the rep tmrw', only('cancel')],
    ['en', 'move wednesdays practice meeting to thursday at 8am', reschedule(c.at(c.weekday(THU), 8))],
    // labelled 07:45 when first written; the contract reads a bare h:mm from 1 to 7 as afternoon (19:45), and a
    // client who means the morning says "7.45am": corrected before any rule changed, counted as first seen
    [
      'en',
      'remind me every weekday at 7.45 to do the school run until the 17th of december',
      said(recurring(c.at(c.day(1), 19, 45), `${WEEKDAYS};${until(d(2027, 12, 17))}`), 'do the school run'),
    ],
    ['en', 'in surgery all day tmrw till 6, only ring if urgent', busy(c.at(c.day(1), 18))],
    [
      'en',
      'the autoclave is making a weird noise again. can someone get the engineer out no later than wednesday pls',
      task(c.iso(c.weekday(WED))),
    ],
    [
      'en',
      'r u able to find me 30 mins tmrw morning for a call w/ the accountant',
      only('free_slots', days(c.iso(c.day(1)), undefined, { durationMin: 30, dayPart: 'morning' })),
    ],
    [
      'en',
      'can you get me an appointment at the hairdresser sometime thursday afternoon',
      windowed(c.iso(c.weekday(THU)), c.iso(c.weekday(THU)), AFTERNOON),
    ],
    ['en', 'hows the refund for the Morgan family going? its ref 7731', only('ticket_status', { ref: 7731 })],
    [
      'en',
      'I have the CQC inspector at 10 tmrw, remind me 15 mins b4',
      beforeEvent(c.at(c.day(1), 9, 45), c.at(c.day(1), 10)),
    ],
    ['en', 'fri 3pm optician, pls add', titled(booking(c.at(c.weekday(FRI), 15)), 'optician')],
    ['en', 'thx, thats all for tonight', only('other')],
    [
      'en',
      'every other monday until the end of january remind me to order the gloves and masks',
      said(
        recurring(c.at(c.day(1), 9), `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;${until(d(2028, 1, 31))}`),
        'order the gloves and masks',
      ),
    ],
    ['en', 'whats in the diary tmrw', only('agenda', days(c.iso(c.day(1))))],
    [
      'en',
      'Priya will send u the rota, pls have it typed up and emailed round to all staff by 5pm weds',
      task(c.iso(c.weekday(WED))),
    ],
    ['en', 'push the 2pm thursday to 3', reschedule(c.at(c.weekday(THU), 15))],
    ['en', 'remind me in 10 to lock the back door', said(reminder(c.inMinutes(10)), 'lock the back door')],
    [
      'en',
      'do not disturb till 7am pls, early night',
      only('status', { availability: 'dnd', until: c.at(c.day(1), 7) }),
    ],
  ]),
];
