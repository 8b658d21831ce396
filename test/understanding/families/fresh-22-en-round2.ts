import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, SUN, task, THU, TUE } from './common.js';
import { fresh } from './fresh-1.js';
import { busy, days, office } from './fresh-19-round1.js';

/**
 * Fresh batch 22 (English), round 2: 30 whole client messages written and labelled in code before the rules ran
 * on them. A Dublin grinds tutor late on the last afternoon of March 2028, five days after the clocks went
 * forward ("half 6", "monday week", "ye", "grand"), a Melbourne chiropractor late on the last night of October
 * (summer time there: "arvo", "tmrws 9am", "end of next week", "every second monday", "ta"). Free texts,
 * `viaOffice` and the party are checked by src/understanding/fresh-batch-22-en.test.ts.
 * Where the contract is silent: "end of next week" is next week's Friday, as "end of the week" is this one's;
 * "monday week" is the Monday after the coming one (as "Tuesday week" in realistic-en.ts).
 */
export const fresh22EnRound2: readonly Family[] = [
  // Friday 31 March 2028, 17:50 in Dublin (summer time since Sunday 26 March, +01:00)
  fresh('b22-r2-dublin-tutor-month-end', 'en', '2028-03-31T17:50:00+01:00', 'Europe/Dublin', (c) => [
    [
      'en',
      'hi, can you remind me at half 6 to send Aoife her maths homework',
      said(reminder(c.at(c.today, 18, 30)), 'send Aoife her maths homework'),
    ],
    [
      'en',
      'remind me every tues and thurs at 3:30 to prep the grinds',
      said(recurring(c.at(c.weekday(TUE), 15, 30), 'FREQ=WEEKLY;BYDAY=TU,TH'), 'prep the grinds'),
    ],
    [
      'en',
      'what does next week look like',
      only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6)))),
    ],
    [
      'en',
      'the leaving cert mock results are out the 12th, remind me that morning to check the portal',
      said(reminder(c.at({ year: 2028, month: 4, day: 12 }, 9)), 'check the portal'),
    ],
    ['en', 'can ye book me a room in the library for sat 10 till 12', office(booking(c.at(c.weekday(SAT), 10)))],
    ['en', 'cancel the grind w/ Sean on monday, hes sick', only('cancel')],
    ['en', 'move Ciaras lesson from wed to thurs at 5', reschedule(c.at(c.weekday(THU), 17))],
    [
      'en',
      'am i free any evening next week for a 2 hr session',
      only(
        'free_slots',
        days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6)), { durationMin: 120, dayPart: 'evening' }),
      ),
    ],
    ['en', 'any word on request 2214', only('ticket_status', { ref: 2214 })],
    ['en', 'I need 20 copies of the past papers printed by monday week', task(c.iso(c.weekday(MON, 1)))],
    ['en', 'in a lesson till 7, text only', busy(c.at(c.today, 19))],
    [
      'en',
      'remind me on the last friday of every month to invoice the parents',
      said(recurring(c.at(c.nth(2028, 4, FRI, -1), 9), 'FREQ=MONTHLY;BYDAY=-1FR'), 'invoice the parents'),
    ],
    [
      'en',
      'remind me a week from tuesday to renew the Garda vetting',
      said(reminder(c.at(c.weekday(TUE, 1), 9)), 'renew the Garda vetting'),
    ],
    ['en', 'hows the refund from the exam board coming along?', only('ticket_status')],
    ['en', 'grand, thanks a million', only('other')],
  ]),
  // Tuesday 31 October 2028, 21:15 in Melbourne (summer time, +11:00)
  fresh('b22-r2-melbourne-chiro-october-night', 'en', '2028-10-31T21:15:00+11:00', 'Australia/Melbourne', (c) => [
    [
      'en',
      'hey, remind me tmrw at quarter past 7 in the morning to open up the clinic',
      said(reminder(c.at(c.day(1), 7, 15)), 'open up the clinic'),
    ],
    ['en', 'block out thurs arvo for the Ballarat home visits', booking(c.at(c.weekday(THU), 15))],
    ['en', 'whats on for the rest of the week', only('agenda', days(c.iso(c.today), c.iso(c.weekday(SUN))))],
    [
      'en',
      'pls book a table for 6 at Chin Chin fri night 7.45',
      office(booking(c.at(c.weekday(FRI), 19, 45), { partySize: 6 })),
    ],
    [
      'en',
      'the BAS is due on the 28th, remind me 3 days before',
      { intent: 'reminder', due: '2028-11-28', when: c.at({ year: 2028, month: 11, day: 25 }, 9) },
    ],
    ['en', 'dnd till 6.30am, early start', only('status', { availability: 'dnd', until: c.at(c.day(1), 6, 30) })],
    ['en', 'push tmrws 9am to 9.30', reschedule(c.at(c.day(1), 9, 30))],
    [
      'en',
      'need the new intake forms printed and laminated by end of next week',
      task(c.iso(c.plus(c.weekday(MON), 4))),
    ],
    [
      'en',
      'find me 45 mins on monday morning for the physio catch up',
      only('free_slots', days(c.iso(c.weekday(MON)), undefined, { durationMin: 45, dayPart: 'morning' })),
    ],
    ['en', 'status of 7730?', only('ticket_status', { ref: 7730 })],
    [
      'en',
      'remind me every second monday to order the massage oil',
      said(recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'), 'order the massage oil'),
    ],
    ['en', 'cancel thursdays 2pm, the patient rang in sick', only('cancel')],
    ['en', 'remind me in 20 to lock up', said(reminder(c.inMinutes(20)), 'lock up')],
    ['en', 'did u end up booking the flights to Hobart?', only('ticket_status')],
    ['en', 'sweet as, ta', only('other')],
  ]),
];
