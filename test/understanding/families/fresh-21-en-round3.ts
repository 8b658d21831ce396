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
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';
import { busy, d, days, MORNING, office, until, windowed } from './fresh-19-round1.js';

/**
 * Fresh batch 21 (English), round 3: 24 whole client messages written and labelled in code before the rules
 * ran on them. Cape Town on an August Monday morning (winter there, no daylight saving): a therapist between
 * sessions, a boutique hotel's manager and Italian staff writing English ("remember me at the 5", "at the 7 and
 * half"), a conveyancing solicitor. Free texts, `viaOffice` and the party are checked by
 * src/understanding/fresh-batch-21-en.test.ts.
 */
const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';

export const fresh21EnRound3: readonly Family[] = [
  // Monday 2 August 2027, 08:15 in Cape Town (+02:00)
  fresh('b21-r3-cape-town-august-monday', 'en', '2027-08-02T08:15:00+02:00', 'Africa/Johannesburg', (c) => [
    [
      'en',
      'morning! remind me in 10 to switch on the heater in the therapy room',
      said(reminder(c.inMinutes(10)), 'switch on the heater in the therapy room'),
    ],
    ['en', 'with clients back to back till 1, no calls pls', busy(c.at(c.today, 13))],
    ['en', 'whats on this wek', only('agenda', days(c.iso(c.today), c.iso(c.weekday(SUN))))],
    [
      'en',
      'am I free thurs pm for a supervision session',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { dayPart: 'afternoon' })),
    ],
    [
      'en',
      'please book a table for 2 at La Colombe fri at 8 for our anniversary',
      office(booking(c.at(c.weekday(FRI), 20), { partySize: 2 })),
    ],
    [
      'en',
      'the booking.com listing for the hotel needs new photos up no later than the 15th',
      task(c.iso(d(2027, 8, 15))),
    ],
    ['en', 'need the fee agreement for Mrs Daniels drafted by COB wed', task(c.iso(c.weekday(WED)))],
    ['en', 'any news on ticket 3095', only('ticket_status', { ref: 3095 })],
    ['en', 'cancel my 4pm session tmrw, client is sick', only('cancel')],
    ['en', "move thursday's 11 o'clock to friday at 2", reschedule(c.at(c.weekday(FRI), 14))],
    [
      'en',
      'remind me every weekday at 6.30am until the end of august to pack the kids lunch',
      said(recurring(c.at(c.day(1), 6, 30), `${WEEKDAYS};${until(d(2027, 8, 31))}`), 'pack the kids lunch'),
    ],
    [
      'en',
      'good morning, I am Giulia from the hotel, please remember me at the 5 to control the rooms of the Dutch group',
      said(reminder(c.at(c.today, 17)), 'control the rooms of the Dutch group'),
    ],
    ['en', 'tonight at like 11 remind me to lock the gate', said(reminder(c.at(c.today, 23)), 'lock the gate')],
    [
      'en',
      'find me an hour sometime next week for a call with the estate agent',
      only('free_slots', days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6)), { durationMin: 60 })),
    ],
    [
      'en',
      'the transfer for Van Wyk is urgent, pls get the deed to the deeds office by thurs',
      task(c.iso(c.weekday(THU))),
    ],
    [
      'en',
      'can you book me a massage at the spa sometime saturday morning',
      windowed(c.iso(c.weekday(SAT)), c.iso(c.weekday(SAT)), MORNING),
    ],
    [
      'en',
      'every 2nd tuesday remind me to send the invoices to medical aid until the end of the year',
      said(
        recurring(c.at(c.weekday(TUE), 9), `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;${until(d(2027, 12, 31))}`),
        'send the invoices to medical aid',
      ),
    ],
    ['en', 'r u able to tell me whats happening with request 2267 pls', only('ticket_status', { ref: 2267 })],
    [
      'en',
      'Paolo here, I want to book for 6 persons the dinner at the hotel restaurant saturday at the 7 and half',
      office(booking(c.at(c.weekday(SAT), 19, 30), { partySize: 6 })),
    ],
    [
      'en',
      'in a couple of hours remind me to call the plumber about room 4',
      said(reminder(c.inMinutes(120)), 'call the plumber about room 4'),
    ],
    ['en', 'in session till 10, then free', busy(c.at(c.today, 10))],
    ['en', 'what have I got tmrw afternoon', only('agenda', days(c.iso(c.day(1))))],
    [
      'en',
      'please ask the Rossi family if they want the airport transfer, need an answer by tmrw noon',
      task(c.iso(c.day(1))),
    ],
    ['en', 'thanks, thats everything for now', only('other')],
  ]),
];
