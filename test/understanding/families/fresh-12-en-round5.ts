import type { Family } from './calendar.js';
import { booking, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { atIn } from './fresh-12-en-round1.js';

/**
 * Fresh batch 12 (English), fifth round: 24 whole client messages written and labelled in code before
 * running the rules (after round 4 was fixed). A Londoner the Sunday morning the clocks went forward, a
 * Melbourne client the evening daylight saving began, a New Yorker on Thanksgiving morning, a Bangalore
 * client (Asia/Kolkata) on the evening of the last day of April.
 *
 * Labels where the contract is silent (batch 12's decisions): a move "to wed, same time" is the new date;
 * "this week" said on a Sunday is that Sunday alone (today to Sunday).
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh12EnRound5: readonly Family[] = [
  fresh('b12-r5-london-clocks-forward', 'en', '2027-03-28T09:30:00+01:00', 'Europe/London', (c) => [
    ['en', 'morning, lost an hour of sleep lol. remind me at 4 to call dad', reminder(c.at(c.today, 16))],
    ['en', "book me in for a haircut at Ruby's next sat 11am", booking(c.at(c.weekday(SAT), 11))],
    ['en', 'can someone order flowers for mums birthday on the 2nd', task(c.iso(d(2027, 4, 2)))],
    ['en', 'whats on this week', only('agenda', { from: c.iso(c.today), to: c.iso(c.today) })],
    ['en', 'remind me tmrw after lunch to post the parcel', reminder(c.at(c.day(1), 14))],
    ['en', 'actually can you move my dentist on tues to wed, same time', reschedule(c.iso(c.weekday(WED)))],
  ]),
  fresh('b12-r5-melbourne-dst-begins', 'en', '2027-10-03T20:00:00+11:00', 'Australia/Melbourne', (c) => [
    ['en', 'hey can u remind me wed arvo to pick up the car from the mechanic', reminder(c.at(c.weekday(WED), 15))],
    ['en', 'footy tipping due by fri 6pm, remind me thurs night', reminder(c.at(c.weekday(THU), 22))],
    ['en', 'table for 4 at Chin Chin tmrw night 7:30 pls', booking(c.at(c.day(1), 19, 30), { partySize: 4 })],
    [
      'en',
      'stuck in traffic for the next 30 mins, hold my calls',
      only('status', { availability: 'busy', until: c.inMinutes(30) }),
    ],
    [
      'en',
      'what time is my physio on tuesday?',
      only('agenda', { from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(TUE)) }),
    ],
    [
      'en',
      'fortnightly on mondays remind me to put the recycling out',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
    ],
  ]),
  fresh('b12-r5-new-york-thanksgiving', 'en', '2027-11-25T08:15:00-05:00', 'America/New_York', (c) => [
    ['en', 'happy thanksgiving! remind me tonight at 9 to call grandma', reminder(c.at(c.today, 21))],
    [
      'en',
      'pls find me 2 free hrs next week for the quarterly review',
      only('free_slots', { durationMin: 120, from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    ['en', 'black friday: remind me tmrw 6am to check the tv deals', reminder(c.at(c.day(1), 6))],
    [
      'en',
      'dinner at Jean-Georges sat 8pm for 2, confirm when done',
      booking(c.at(c.weekday(SAT), 20), { partySize: 2 }),
    ],
    ['en', 'whats the status on my passport renewal', only('ticket_status')],
    ['en', 'remind me 15 mins before my 2pm call tmrw', reminder(c.at(c.day(1), 13, 45))],
  ]),
  fresh('b12-r5-bangalore-month-end', 'en', '2027-04-30T18:40:00+05:30', 'Asia/Kolkata', (c) => [
    ['en', 'Kindly remind me on 1st May at 10 AM to transfer the rent', reminder(c.at(d(2027, 5, 1), 10))],
    ['en', 'please prepare the salary statements by 5th of next month', task(c.iso(d(2027, 5, 5)))],
    [
      'en',
      'please schedule a call with the Dubai client on Sunday 11 AM Dubai time',
      booking(atIn(c, c.weekday(SUN), 'Asia/Dubai', 11)),
    ],
    [
      'en',
      'what all meetings I have on Monday?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) }),
    ],
    [
      'en',
      'till 8 pm I am in office, after that call me on mobile',
      only('status', { availability: 'busy', until: c.at(c.today, 20) }),
    ],
    ['en', 'please book 2 tickets for Bangalore to Chennai train on 7th May', only('task')],
  ]),
];
