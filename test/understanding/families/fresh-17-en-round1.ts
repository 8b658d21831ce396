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
  task,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 17 (English), round 1: 26 whole client messages written and labelled in code before running
 * the rules, as English speakers type to an Italian virtual office on a phone (tmrw, pls, u, b4, appt, txt,
 * no punctuation). A London Sunday morning hours after the clocks went forward, a Kolkata client late on
 * New Year's Eve. Free texts (`title`, `with`, `text`), `viaOffice` and the party are checked by
 * src/understanding/fresh-batch-17-en.test.ts; the eval scores the rest.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
export const office = (expected: Expected): Expected => ({
  ...expected,
  slots: { ...expected.slots, viaOffice: true },
});
export const days = (from: string, to = from, extra: Expected['slots'] = {}) => ({ from, to, ...extra });
export const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh17EnRound1: readonly Family[] = [
  fresh('b17-r1-london-dst-sunday', 'en', '2027-03-28T08:40:00+01:00', 'Europe/London', (c) => [
    [
      'en',
      'morning! clocks went forward last night so pls remind me at 10 to ring mum',
      said(reminder(c.at(c.today, 10)), 'ring mum'),
    ],
    ['en', 'at the gym till 11, back after', busy(c.at(c.today, 11))],
    [
      'en',
      'can u book a table for 4 at Dishoom covent garden tmrw 7.30pm',
      office(booking(c.at(c.day(1), 19, 30), { partySize: 4 })),
    ],
    ['en', 'remind me tmrw at 8am to put the bins out', said(reminder(c.at(c.day(1), 8)), 'put the bins out')],
    ['en', 'whats on this week', only('agenda', days(c.iso(c.today)))],
    [
      'en',
      'dentist appt weds 9.15, pls add to calendar',
      titled(booking(c.at(c.weekday(WED), 9, 15)), 'dentist appointment'),
    ],
    ['en', 'need someone to renew my car tax by friday', task(c.iso(c.weekday(FRI)))],
    [
      'en',
      'remind me every weekday at 7.45am to take my meds',
      said(recurring(c.at(c.day(1), 7, 45), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'), 'take my meds'),
    ],
    ['en', 'cancel my 3pm tmrw', only('cancel')],
    ['en', 'push the call with Raj to thurs at 4', reschedule(c.at(c.weekday(THU), 16))],
    ['en', 'what time is it there in rome', only('other')],
    ['en', 'hows request 5521 coming along', only('ticket_status', { ref: 5521 })],
    ['en', 'in a meeting til half 12 txt if urgent', busy(c.at(c.today, 12, 30))],
    ['en', 'remind me in 20 mins to take the roast out', said(reminder(c.inMinutes(20)), 'take the roast out')],
  ]),
  fresh('b17-r1-kolkata-new-years-eve', 'en', '2027-12-31T22:50:00+05:30', 'Asia/Kolkata', (c) => [
    [
      'en',
      'happy new year in advance! pls remind me on the 3rd at 10 to file GST return',
      said(reminder(c.at(d(2028, 1, 3), 10)), 'file GST return'),
    ],
    ['en', 'book a cab to the airport for tmrw 5am', office(booking(c.at(c.day(1), 5)))],
    ['en', 'remind me tonight at 11:55 to call my parents', said(reminder(c.at(c.today, 23, 55)), 'call my parents')],
    [
      'en',
      'kindly schedule a meeting with Mr Iyer on monday 11am',
      titled(booking(c.at(c.weekday(MON), 11)), 'meeting with Mr Iyer', 'Mr Iyer'),
    ],
    ['en', 'what do I have on monday', only('agenda', days(c.iso(c.weekday(MON))))],
    ['en', 'please prepare the salary sheet by 5th jan', task(c.iso(d(2028, 1, 5)))],
    ['en', 'move request 7712 to next tuesday 3pm', { ...reschedule(c.at(c.weekday(TUE), 15)), slots: { ref: 7712 } }],
    ['en', 'remind me in 2 hrs to check the stock report', said(reminder(c.inMinutes(120)), 'check the stock report')],
    ['en', 'my flight is on 7th at 6.40am, remind me day before at 8pm', reminder(c.at(d(2028, 1, 6), 20))],
    ['en', 'free slots on tuesday afternoon?', only('free_slots', days(c.iso(c.weekday(TUE))))],
    ['en', 'on a call with the US team till 1am', busy(c.at(c.day(1), 1))],
    ['en', 'cancel the dinner booking on sat', only('cancel')],
  ]),
];
