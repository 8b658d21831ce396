import {
  booking,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  said,
  SAT,
  SUN,
  task,
  taskAt,
  titled,
  TUE,
} from './common.js';
import { formatInstant, zonedInstant, type CalendarDate } from '../../../src/kernel/time.js';
import type { Calendar, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 12 (English), first round: 27 whole client messages written and labelled in code before
 * running the rules, as typed on a phone (lowercase, no punctuation, tmrw/pls/thx/w/ b4/eod, greetings and
 * thanks around the request) by British, Indian, Australian clients and Germans and Italians writing
 * English. A London Friday at 22:45 before the clocks go forward, a Kolkata Wednesday evening on the last
 * day of a quarter, a Sydney Sunday morning hours after daylight saving ended, a Toronto Thursday
 * afternoon. Free texts (`title`, `with`, `text`) are labelled in `slots` where the contract names them:
 * the eval does not score them, src/understanding/fresh-batch-12-en.test.ts does.
 *
 * Labels where the contract is silent (batch 12's decisions, docs/understanding-eval.md): a clock said in
 * another zone ("3pm EST", "9am NZ time", "8pm italian time") is that wall time there, given in the
 * client's zone; "first thing" is the morning (09:00); "late afternoon" is 17:00; "end of quarter" is the
 * last day of the calendar quarter; "tonight at 2" is 02:00 after midnight (the small hours of the night).
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
/** a wall time in another zone, given with the offset of the client's zone */
export const atIn = (c: Calendar, date: CalendarDate, zone: string, hour: number, minute = 0): string =>
  formatInstant(zonedInstant(date, hour * 60 + minute, zone), c.tz);

export const fresh12EnRound1: readonly Family[] = [
  fresh('b12-r1-london-late-friday', 'en', '2027-03-26T22:45:00+00:00', 'Europe/London', (c) => [
    [
      'en',
      'hiya sorry its late, can u remind me sun morning to ring mum, clocks go forward so dont let me oversleep lol',
      reminder(c.at(c.weekday(SUN), 9)),
    ],
    [
      'en',
      'table for 4 at Dishoom tmrw at 8 pls, thx',
      titled(booking(c.at(c.day(1), 20), { partySize: 4 }), 'table at Dishoom'),
    ],
    [
      'en',
      "could u have someone call the plumber first thing monday, the boiler's packed in again",
      taskAt(c.at(c.weekday(MON), 9)),
    ],
    [
      'en',
      'meeting w/ Smith tues 10am UK time, add to my calendar pls',
      titled(booking(c.at(c.weekday(TUE), 10)), 'meeting with Smith', 'Smith'),
    ],
    [
      'en',
      'im in the pub till midnight dont ring me',
      only('status', { availability: 'busy', until: c.at(c.day(1), 0) }),
    ],
    ['en', 'cancel ref 4471 pls, the dentist one, not needed anymore cheers', only('cancel', { ref: 4471 })],
    ['en', 'what have i got on monday', only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) })],
  ]),
  fresh('b12-r1-kolkata-quarter-end', 'en', '2027-06-30T17:10:00+05:30', 'Asia/Kolkata', (c) => [
    [
      'en',
      'Good evening, kindly remind me tomorrow morning at 9:30 to send the GST returns to CA sir. Thanks in advance',
      reminder(c.at(c.day(1), 9, 30)),
    ],
    ['en', 'please do the needful and prepare the vendor payment report by EOD tomorrow', task(c.iso(c.day(1)))],
    [
      'en',
      'Kindly schedule a call with Mr. Sharma at 3pm EST tomorrow',
      titled(booking(atIn(c, c.day(1), 'America/New_York', 15)), 'call with Mr. Sharma', 'Mr. Sharma'),
    ],
    [
      'en',
      'do i have any free slot tomorrow between 2 and 5',
      only('free_slots', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) }),
    ],
    ['en', 'what is the status of ticket no 5523', only('ticket_status', { ref: 5523 })],
    [
      'en',
      'I will be in office meetings till 7pm, after that free',
      only('status', { availability: 'busy', until: c.at(c.today, 19) }),
    ],
    [
      'en',
      'remind me every month on 5th to pay the maid salary',
      recurring(c.at(d(2027, 7, 5), 9), 'FREQ=MONTHLY;BYMONTHDAY=5'),
    ],
  ]),
  fresh('b12-r1-sydney-dst-ended', 'en', '2027-04-04T08:00:00+10:00', 'Australia/Sydney', (c) => [
    [
      'en',
      "g'day, clocks went back last night so just checking, whats on today",
      only('agenda', { from: c.iso(c.today), to: c.iso(c.today) }),
    ],
    [
      'en',
      'brunch w/ the girls at Bills next sat 10:30, table for 5 pls',
      booking(c.at(c.weekday(SAT), 10, 30), { partySize: 5 }),
    ],
    ['en', 'remind me this arvo to pick up the dry cleaning b4 5', reminder(c.at(c.today, 15))],
    ['en', 'can someone book me flights to melbourne for early next month, no rush', only('task')],
    ['en', 'call w/ the kiwi supplier tues at 9am NZ time', booking(atIn(c, c.weekday(TUE), 'Pacific/Auckland', 9))],
    ['en', 'remind me tonight at 2 to watch the fed announcement', reminder(c.at(c.day(1), 2))],
  ]),
  fresh('b12-r1-toronto-thursday', 'en', '2027-11-25T13:30:00-05:00', 'America/Toronto', (c) => [
    [
      'en',
      'Hello, please can you remember me to send the offer to Mr. Weber at the end of the quarter',
      reminder(c.at(d(2027, 12, 31), 9)),
    ],
    ['en', 'I have tomorrow a meeting with the bank at 10, please put in my agenda', booking(c.at(c.day(1), 10))],
    ['en', 'please move my appointment at the physio from 4 to 5 today', reschedule(c.at(c.today, 17))],
    [
      'en',
      'Can you organise that someone picks up my car from the garage on Saturday? thx',
      task(c.iso(c.weekday(SAT))),
    ],
    [
      'en',
      'set a call with my sister in Rome for saturday 8pm italian time',
      booking(atIn(c, c.weekday(SAT), 'Europe/Rome', 20)),
    ],
    ['en', 'remind me late afternoon to call the insurance', said(reminder(c.at(c.today, 17)), 'call the insurance')],
    ['en', "change tonight's booking at Canoe from 8 to 9 pls", reschedule(c.at(c.today, 21))],
  ]),
];
