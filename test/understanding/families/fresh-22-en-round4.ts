import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { busy, days, office, windowed } from './fresh-19-round1.js';
import { about } from './fresh-22-en-round1.js';

/**
 * Fresh batch 22 (English), round 4: 30 whole client messages written and labelled in code before the rules ran
 * on them. An Edinburgh solicitor at five to five on the last Friday of June 2028, the quarter's end ("5 past 5",
 * "half 5", "the week after next", "a fortnight today", "missives", "in with a client"), an American in Milan
 * forty minutes after midnight the night the clocks go forward (Italian words in English: "questura", "permesso",
 * "condominio", "differenziata", "commercialista"; "in 3 hrs" crossing the change; "till 1:30" before it).
 * Free texts, `viaOffice` and the party are checked by src/understanding/fresh-batch-22-en.test.ts.
 * Where the contract is silent: "the week after next" is the Monday-to-Sunday week after next week; "a fortnight
 * today" is the date 14 days on (a reminder at 09:00, as "a week from Monday"); "dnd for the next hour" ends an
 * hour from now (batch 12's "for the next 30 mins").
 */
export const fresh22EnRound4: readonly Family[] = [
  // Friday 30 June 2028, 16:55 in Edinburgh (summer time, +01:00)
  fresh('b22-r4-edinburgh-solicitor-quarter-end', 'en', '2028-06-30T16:55:00+01:00', 'Europe/London', (c) => [
    [
      'en',
      'afternoon, can you remind me at 5 past 5 to lock the deed box',
      said(reminder(c.at(c.today, 17, 5)), 'lock the deed box'),
    ],
    ['en', "I'm at the Court of Session all day monday, put it in the diary", booking(c.iso(c.weekday(MON)))],
    [
      'en',
      'whats in the diary for the week after next',
      only('agenda', days(c.iso(c.weekday(MON, 1)), c.iso(c.plus(c.weekday(MON, 1), 6)))),
    ],
    [
      'en',
      'please book a meeting room at the Balmoral for tues 10-12 for the Fraser settlement',
      office(booking(c.at(c.weekday(TUE), 10))),
    ],
    [
      'en',
      'the disposition for Mrs Campbell needs to be with the Keeper by the end of next week',
      { intent: 'task', due: c.iso(c.plus(c.weekday(MON), 4)) },
    ],
    ['en', 'move the 2.30 with the Frasers on weds to thurs same time', reschedule(c.iso(c.weekday(THU)))],
    ['en', 'cancel the Law Society dinner on the 14th', only('cancel')],
    ['en', 'in with a client till half 5', busy(c.at(c.today, 17, 30))],
    [
      'en',
      'can you find me an hour on monday or tuesday to go over the Henderson will',
      only('free_slots', days(c.iso(c.weekday(MON)), c.iso(c.weekday(TUE)), { durationMin: 60 })),
    ],
    [
      'en',
      'remind me on the 1st of every month to run the client account reconciliation',
      said(
        recurring(c.at({ year: 2028, month: 7, day: 1 }, 9), 'FREQ=MONTHLY;BYMONTHDAY=1'),
        'run the client account reconciliation',
      ),
    ],
    ['en', 'any update on the Murray file, ref 3307?', only('ticket_status', { ref: 3307 })],
    ['en', 'pls get the title deeds couriered to Glasgow asap', only('task')],
    [
      'en',
      'remind me a fortnight today to chase the missives',
      said(reminder(c.at(c.day(14), 9)), 'chase the missives'),
    ],
    ['en', 'dnd for the next hour pls, drafting', only('status', { availability: 'dnd', until: c.inMinutes(60) })],
    ['en', 'cheers, have a good weekend', only('other')],
  ]),
  // Sunday 26 March 2028, 00:40 in Milan (winter time, +01:00; the clocks go forward at 02:00 tonight)
  fresh('b22-r4-milan-expat-clocks-forward', 'en', '2028-03-26T00:40:00+01:00', 'Europe/Rome', (c) => [
    ['en', 'cant sleep. remind me in 3 hrs to take my meds', said(reminder(c.inMinutes(180)), 'take my meds')],
    [
      'en',
      'remind me monday at 8:15am to go to the questura for the permesso',
      said(reminder(c.at(c.weekday(MON), 8, 15)), 'go to the questura for the permesso'),
    ],
    ['en', 'what have i got monday and tuesday', only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.weekday(TUE))))],
    [
      'en',
      'pls book a table for 2 at Ratanà for wednesday at half 8',
      office(booking(c.at(c.weekday(WED), 20, 30), { partySize: 2 })),
    ],
    ['en', 'cancel my italian lesson on thursday', about(only('cancel'), 'italian lesson on thursday')],
    ['en', 'the commercialista moved our meeting to friday at 11, pls update it', reschedule(c.at(c.weekday(FRI), 11))],
    [
      'en',
      'remind me the 31st to pay the condominio',
      said(reminder(c.at({ year: 2028, month: 3, day: 31 }, 9)), 'pay the condominio'),
    ],
    [
      'en',
      'am i free sat morning for the furniture delivery',
      only('free_slots', days(c.iso(c.weekday(SAT)), undefined, { dayPart: 'morning' })),
    ],
    [
      'en',
      'book me a slot at the Fastweb store next week to sort the internet',
      windowed(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6))),
    ],
    [
      'en',
      'need someone to call Enel and set up the gas contract by the end of the month',
      { intent: 'task', due: '2028-03-31' },
    ],
    [
      'en',
      'remind me every monday and thursday at 7:30am to put out the differenziata',
      said(recurring(c.at(c.weekday(MON), 7, 30), 'FREQ=WEEKLY;BYDAY=MO,TH'), 'put out the differenziata'),
    ],
    ['en', 'did the guy from the comune ever get back to u about the residency?', only('ticket_status')],
    // labelled 01:30 when first written; the contract reads a bare h:mm from 1 to 7 as afternoon (13:30, summer time
    // by then), and no "tonight"/"am" says otherwise: corrected after first seen, counted as a miss there
    ['en', 'out at the Navigli till 1:30 so no replies', busy(c.at(c.today, 13, 30))],
    [
      'en',
      'remind me a week from friday to renew the codice fiscale card',
      said(reminder(c.at(c.weekday(FRI, 1), 9)), 'renew the codice fiscale card'),
    ],
    ['en', 'grazie, buonanotte', only('other')],
  ]),
];
