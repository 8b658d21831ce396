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
} from './common.js';
import { fresh } from './fresh-1.js';
import { busy, days, office } from './fresh-17-en-round1.js';

/**
 * Fresh batch 17 (English), round 4: 25 whole client messages written and labelled in code before running
 * the rules (after round 3 was fixed). An Irish client early on the first Monday of 2028 (the bank holiday
 * for New Year's Day), a Singapore client on the afternoon of leap day 2028.
 */
export const fresh17EnRound4: readonly Family[] = [
  fresh('b17-r4-dublin-first-monday', 'en', '2028-01-03T07:05:00+00:00', 'Europe/Dublin', (c) => [
    ['en', 'howya, remind me at half 9 to ring the bank', said(reminder(c.at(c.today, 9, 30)), 'ring the bank')],
    ['en', 'im in the car till 8 then at my desk', busy(c.at(c.today, 8))],
    ['en', 'put the solicitor in for thurs at 11', booking(c.at(c.weekday(THU), 11))],
    ['en', "what's on today", only('agenda', days(c.iso(c.today)))],
    [
      'en',
      'can ye book me a table for 6 in the Woollen Mills fri night at 7',
      office(booking(c.at(c.weekday(FRI), 19), { partySize: 6 })),
    ],
    ['en', 'cancel the physio on wed', only('cancel')],
    [
      'en',
      'remind me the first monday of every month to do the vat return',
      said(recurring(c.at(c.today, 9), 'FREQ=MONTHLY;BYDAY=1MO'), 'do the vat return'),
    ],
    ['en', 'need a hotel in Galway for the 14th and 15th sorted by friday', task(c.iso(c.weekday(FRI)))],
    ['en', 'hows request 9031', only('ticket_status', { ref: 9031 })],
    ['en', 'meeting with the accountants pushed to next tues same time', reschedule(c.iso(c.weekday(TUE)))],
    ['en', 'remind me tmrw morning b4 work to take the chicken out of the freezer', reminder(c.at(c.day(1), 9))],
    ['en', 'what time is it in sydney', only('other')],
  ]),
  fresh('b17-r4-singapore-leap-day', 'en', '2028-02-29T16:40:00+08:00', 'Asia/Singapore', (c) => [
    ['en', 'pls remind me tmr 9am to submit the claim', said(reminder(c.at(c.day(1), 9)), 'submit the claim')],
    [
      'en',
      'block my calendar thursday 2 to 4pm for the vendor meeting',
      booking(c.at(c.weekday(THU), 14), { durationMin: 120 }),
    ],
    ['en', 'my boss meeting shifted to friday 10.30am, pls update', reschedule(c.at(c.weekday(FRI), 10, 30))],
    ['en', 'whats my schedule like this week', only('agenda', days(c.iso(c.today), c.iso(c.weekday(SUN))))],
    [
      'en',
      'can help me find 2 hours free next week?',
      only('free_slots', days(c.iso(c.weekday(MON)), c.iso(c.weekday(SUN, 1)), { durationMin: 120 })),
    ],
    [
      'en',
      'remind me every month on the 28th to pay the maid',
      said(recurring(c.at({ year: 2028, month: 3, day: 28 }, 9), 'FREQ=MONTHLY;BYMONTHDAY=28'), 'pay the maid'),
    ],
    ['en', 'cancel ticket 5120 thanks', only('cancel', { ref: 5120 })],
    ['en', 'book a grab to changi for sat 6am', office(booking(c.at(c.weekday(SAT), 6)))],
    ['en', 'in a call till 5.30, will revert', busy(c.at(c.today, 17, 30))],
    ['en', 'need someone to courier the documents to the bank by eod', task(c.iso(c.today))],
    [
      'en',
      'lunch with Mr Tan tmr 12.30, put in calendar',
      titled(booking(c.at(c.day(1), 12, 30)), 'lunch with Mr Tan', 'Mr Tan'),
    ],
    [
      'en',
      'pls make a dinner reservation at 7 for 4 people at Jumbo on saturday',
      office(booking(c.at(c.weekday(SAT), 19), { partySize: 4 })),
    ],
    ['en', 'ok noted thx', only('other')],
  ]),
];
