import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, task, THU, titled, TUE } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { atIn } from './fresh-12-en-round1.js';

/**
 * Fresh batch 12 (English), third round: 27 whole client messages written and labelled in code before
 * running the rules (after round 2 was fixed). A Chicago client on Christmas Eve afternoon, a Los Angeles
 * client late on the last night of a quarter, a Mumbai client (Asia/Kolkata) on a Monday morning, a German
 * client in Berlin writing English the week the clocks go back.
 *
 * Labels where the contract is silent (batch 12's decisions): "9am eastern" is New York's wall time as "9am
 * ET" is; "ooo" is out of office (busy); a status until a day ends at 09:00 of that day (batch 9); a move "to
 * next tues same time" is the new date.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh12EnRound3: readonly Family[] = [
  fresh('b12-r3-chicago-christmas-eve', 'en', '2027-12-24T16:20:00-06:00', 'America/Chicago', (c) => [
    [
      'en',
      'merry xmas eve! remind me on the 27th at 9 to call the insurance about the claim',
      reminder(c.at(d(2027, 12, 27), 9)),
    ],
    ['en', "can someone pick up the turkey from Mariano's before 5 today", task(c.iso(c.today))],
    ['en', 'whats on next week', only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) })],
    [
      'en',
      'dinner w/ the Hendersons new years eve 7:30, table for 8 at Gibsons',
      booking(c.at(d(2027, 12, 31), 19, 30), { partySize: 8 }),
    ],
    [
      'en',
      'ooo till jan 3, pls hold all calls',
      only('status', { availability: 'busy', until: c.at(d(2028, 1, 3), 9) }),
    ],
    ['en', 'cancel my 3pm on monday pls', only('cancel')],
    ['en', 'im free now if u need me', only('status', { availability: 'available' })],
  ]),
  fresh('b12-r3-los-angeles-quarter-end', 'en', '2027-09-30T23:10:00-07:00', 'America/Los_Angeles', (c) => [
    ['en', 'ugh forgot, remind me first thing tmrw to send the Q3 numbers to Dave', reminder(c.at(c.day(1), 9))],
    ['en', 'set up a zoom w/ the NY team monday 9am eastern', booking(atIn(c, c.weekday(MON), 'America/New_York', 9))],
    ['en', 'need the board deck proofread by cob tmrw', task(c.iso(c.day(1)))],
    [
      'en',
      'every weekday at 7am remind me to take my meds',
      recurring(c.at(c.day(1), 7), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
    ['en', 'move the dentist from friday to next tues same time pls', reschedule(c.iso(c.weekday(TUE)))],
    ['en', 'how many hrs do i have left this month', only('balance')],
    ['en', 'hows the visa application going, ref 6620', only('ticket_status', { ref: 6620 })],
  ]),
  fresh('b12-r3-mumbai-monday', 'en', '2027-11-01T10:05:00+05:30', 'Asia/Kolkata', (c) => [
    ['en', 'Please remind me day after tomorrow at 11 to follow up with the auditor', reminder(c.at(c.day(2), 11))],
    [
      'en',
      "I am in client meeting till 1:30 pm, please don't disturb",
      only('status', { availability: 'busy', until: c.at(c.today, 13, 30) }),
    ],
    [
      'en',
      'schedule a call with Mr. Iyer on 5th Nov at 4pm IST',
      titled(booking(c.at(d(2027, 11, 5), 16)), 'call with Mr. Iyer', 'Mr. Iyer'),
    ],
    ['en', 'what is the update on request no. 4410?', only('ticket_status', { ref: 4410 })],
    [
      'en',
      'remind me on every 1st of the month to pay the society maintenance',
      recurring(c.at(d(2027, 12, 1), 9), 'FREQ=MONTHLY;BYMONTHDAY=1'),
    ],
    [
      'en',
      'kindly find a 45 min slot this week for a call with the bank',
      only('free_slots', { durationMin: 45, from: c.iso(c.today), to: c.iso(c.day(6)) }),
    ],
  ]),
  fresh('b12-r3-berlin-german-english', 'en', '2027-10-27T08:40:00+02:00', 'Europe/Berlin', (c) => [
    [
      'en',
      "Good morning, please make me an appointment by the hairdresser on Saturday at 10 o'clock",
      booking(c.at(c.weekday(SAT), 10)),
    ],
    ['en', 'Please remind me on Monday in the morning to call the tax advisor', reminder(c.at(c.weekday(MON), 9))],
    ['en', 'Can you please shift the meeting with Mr. Braun to Thursday 14:00?', reschedule(c.at(c.weekday(THU), 14))],
    [
      'en',
      'I am until Friday on a business trip in Munich',
      only('status', { availability: 'busy', until: c.at(c.weekday(FRI), 9) }),
    ],
    ['en', 'please cancel the request 3391, it is not more necessary', only('cancel', { ref: 3391 })],
    ['en', 'remind me at half past 4 to pick up my son', reminder(c.at(c.today, 16, 30))],
    [
      'en',
      "we are 6 persons, please reserve a table at Borchardt for Friday evening 8 o'clock",
      booking(c.at(c.weekday(FRI), 20), { partySize: 6 }),
    ],
  ]),
];
