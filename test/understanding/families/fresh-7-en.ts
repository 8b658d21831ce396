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
  WED,
} from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 7, English: client messages written and labelled before running the rules, on a
 * New York Monday morning the week the clocks go back (Sunday 7 November 2027) and a London Friday
 * afternoon a week before Christmas. Free texts (`text`, `title`) are labelled in `slots` but not scored.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const before = (due: string, when: string): Expected => ({ intent: 'reminder', due, when });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh7En: readonly Family[] = [
  fresh('b7-en-new-york', 'en', '2027-11-01T10:05:00-04:00', 'America/New_York', (c) => [
    ['en', "book at Nora's saturday at 8 for 4", booking(c.at(c.weekday(SAT), 20), { partySize: 4 })],
    ['en', 'what reminders do i have?', only('agenda', { items: 'reminders' })],
    [
      'en',
      'which reminders have I set for this week?',
      only('agenda', { from: c.iso(c.today), to: c.iso(c.weekday(SUN)), items: 'reminders' }),
    ],
    [
      'en',
      'remind me next tuesday at 9 to call the notary',
      said(reminder(c.at(c.weekday(TUE), 9)), 'call the notary'),
    ],
    ['en', 'remind me sunday at 9am to call grandma', said(reminder(c.at(c.weekday(SUN), 9)), 'call grandma')],
    [
      'en',
      'remind me a week from tomorrow to renew my passport',
      said(reminder(c.at(c.day(8), 9)), 'renew my passport'),
    ],
    ['en', 'remind me on thanksgiving at 7am to start the turkey', reminder(c.at(c.nth(2027, 11, THU, 4), 7))],
    [
      'en',
      'remind me the day after thanksgiving to return the drill',
      reminder(c.at(c.plus(c.nth(2027, 11, THU, 4), 1), 9)),
    ],
    [
      'en',
      'set up a meeting with the board the second wednesday of december at 10',
      booking(c.at(c.nth(2027, 12, WED, 2), 10)),
    ],
    [
      'en',
      'remind me on the last friday of the month to file expenses',
      said(reminder(c.at(c.nth(2027, 11, FRI, -1), 9)), 'file expenses'),
    ],
    [
      'en',
      'remind me every first monday of the month to pay rent',
      recurring(c.at(c.nth(2027, 12, MON, 1), 9), 'FREQ=MONTHLY;BYDAY=1MO'),
    ],
    ['en', 'call with Smith tomorrow at 3pm', titled(booking(c.at(c.day(1), 15)), 'call with Smith')],
    [
      'en',
      'remind me in a fortnight to chase the invoice',
      said(reminder(c.at(c.day(14), 10, 5)), 'chase the invoice'),
    ],
    ['en', 'remind me at the end of next month to renew the lease', reminder(c.at(d(2027, 12, 31), 9))],
    ['en', 'draft the annual report by the end of next month', task('2027-12-31')],
    ['en', 'remind me on the 3rd at noon to call the bank', said(reminder(c.at(d(2027, 11, 3), 12)), 'call the bank')],
    ['en', 'remind me 3 days from today to water the plants', reminder(c.at(c.day(3), 9))],
    ['en', 'remind me tmrw at 10, no wait 11, to email Jess', said(reminder(c.at(c.day(1), 11)), 'email Jess')],
    [
      'en',
      'schedule a call with the Austin office thursday between 2 and 3',
      booking(c.at(c.weekday(THU), 14), { durationMin: 60 }),
    ],
    [
      'en',
      'the permit renewal is due friday, remind me the day before',
      before(c.iso(c.weekday(FRI)), c.at(c.weekday(THU), 9)),
    ],
    ['en', "i'm in a meeting until 4, hold my calls", busy(c.at(c.today, 16))],
    ['en', 'find me a free hour wednesday morning', only('free_slots', { durationMin: 60 })],
    ['en', 'any update on request 1804?', only('ticket_status', { ref: 1804 })],
    ['en', 'cancel request no. 1811', only('cancel', { ref: 1811 })],
    ['en', 'push my dentist appointment to friday at 4:30', reschedule(c.at(c.weekday(FRI), 16, 30))],
    ['en', 'remind me at 7p to take my meds', said(reminder(c.at(c.today, 19)), 'take my meds')],
    ['en', 'remind me at 8 tonight to call Dave', said(reminder(c.at(c.today, 20)), 'call Dave')],
    ['en', 'remind me in half an hour to check the oven', reminder(c.inMinutes(30))],
    ['en', 'remind me on halloween to buy candy', reminder(c.at(d(2028, 10, 31), 9))],
    ['en', 'remind me 2 fridays from now to pay the contractor', reminder(c.at(c.weekday(FRI, 1), 9))],
    ['en', 'remind me wed at 11:15 to call the school', reminder(c.at(c.weekday(WED), 11, 15))],
  ]),
  fresh('b7-en-london', 'en', '2027-12-17T16:45:00+00:00', 'Europe/London', (c) => [
    ['en', 'remind me on christmas eve at 6pm to wrap the presents', reminder(c.at(d(2027, 12, 24), 18))],
    ['en', 'remind me on boxing day to call uncle Tom', said(reminder(c.at(d(2027, 12, 26), 9)), 'call uncle Tom')],
    ['en', "remind me on new year's eve at 11pm to open the champagne", reminder(c.at(d(2027, 12, 31), 23))],
    [
      'en',
      "book a table for 6 at Padella on new year's day at 1pm",
      booking(c.at(d(2028, 1, 1), 13), { partySize: 6 }),
    ],
    ['en', 'remind me the 3rd at noon to book the MOT', said(reminder(c.at(d(2028, 1, 3), 12)), 'book the MOT')],
    ['en', 'remind me a week from monday to chase the quote', reminder(c.at(c.weekday(MON, 1), 9))],
    ['en', 'remind me at a quarter past noon tomorrow to ring the vet', reminder(c.at(c.day(1), 12, 15))],
    ['en', 'remind me at half three to collect the kids', said(reminder(c.next(15, 30)), 'collect the kids')],
    ['en', 'remind me at 5.15 to lock up', reminder(c.next(17, 15))],
    ['en', 'remind me next friday to send the cards', reminder(c.at(c.weekday(FRI), 9))],
    ['en', 'remind me on friday the 24th at 10 to collect the turkey', reminder(c.at(d(2027, 12, 24), 10))],
    ['en', 'what reminders have i got?', only('agenda', { items: 'reminders' })],
    ['en', 'can u remind me in 20 mins to call Priya', said(reminder(c.inMinutes(20)), 'call Priya')],
    ['en', 'remind me tmrw morning to take the bins out', said(reminder(c.at(c.day(1), 9)), 'take the bins out')],
    ['en', 'remind me on monday at 9, actually make it 10, to call the bank', reminder(c.at(c.weekday(MON), 10))],
    [
      'en',
      'dinner at Barrafina tuesday at 8 for 2, can you book it',
      booking(c.at(c.weekday(TUE), 20), { partySize: 2 }),
    ],
    [
      'en',
      'the VAT return is due by the 7th of january, remind me 3 days before',
      before('2028-01-07', c.at(d(2028, 1, 4), 9)),
    ],
    ['en', 'need the slides translated into french by wednesday', task(c.iso(c.weekday(WED)))],
    [
      'en',
      'pencil in a call with Oliver between 10 and 11 on monday',
      booking(c.at(c.weekday(MON), 10), { durationMin: 60 }),
    ],
    ['en', 'remind me at 4 a.m. to check the flight', reminder(c.next(4))],
    ['en', 'remind me at 7pm-ish to call mum', reminder(c.at(c.today, 19))],
    ['en', "i'm at the doctor's until 5:30", busy(c.at(c.today, 17, 30))],
    ['en', 'how many hours have i got left?', only('balance')],
    ['en', 'cancel my 3pm on monday', only('cancel')],
    ['en', 'move the team lunch to thursday at 1', reschedule(c.at(c.weekday(THU), 13))],
    [
      'en',
      'remind me every other monday at 9 to do payroll',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
    ],
    ['en', 'remind me on jan 2nd to restart the direct debit', reminder(c.at(d(2028, 1, 2), 9))],
    ['en', 'remind me in two weeks at 10am to follow up with Kate', reminder(c.at(c.day(14), 10))],
    ['en', 'hi, what can you do?', only('help')],
    ['en', 'remind me the day after tomorrow at 8pm to call Mike', reminder(c.at(c.day(2), 20))],
  ]),
];
