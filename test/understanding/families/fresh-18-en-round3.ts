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
  titled,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';
import { busy, days, office } from './fresh-17-en-round1.js';

/**
 * Fresh batch 18 (English), round 3: 24 whole client messages written and labelled in code before the rules
 * ran on them. A Dublin client late on an August Wednesday ("half 7", "20 past 2", "ye", "first thing"), a
 * Brisbane builder on a Friday afternoon (no daylight saving there; "arvo", "brekkie", "on the tools", "ute").
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh18EnRound3: readonly Family[] = [
  fresh('b18-r3-dublin-august-wednesday-night', 'en', '2027-08-04T21:45:00+01:00', 'Europe/Dublin', (c) => [
    [
      'en',
      'sorry for the late one, can you remind me first thing tomorrow to ring the solicitor',
      said(reminder(c.at(c.day(1), 9)), 'ring the solicitor'),
    ],
    [
      'en',
      'grand, book a table for 8 in Fallon & Byrne saturday at half 7',
      office(booking(c.at(c.weekday(SAT), 19, 30), { partySize: 8 })),
    ],
    ['en', 'at a wake till late, will ring ye tomorrow', only('status', { availability: 'busy' })],
    ['en', 'need the vat return filed by the 19th', task(c.iso(d(2027, 8, 19)))],
    ['en', 'hows the planning permission thing going, ref 2290', only('ticket_status', { ref: 2290 })],
    // a Wednesday after 09:00: the first one is next Wednesday
    [
      'en',
      'remind me every second wednesday to put out the green bin',
      said(recurring(c.at(c.weekday(WED), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE'), 'put out the green bin'),
    ],
    [
      'en',
      'is there any free time monday morning, need an hour with the bank',
      only('free_slots', days(c.iso(c.weekday(MON)), undefined, { durationMin: 60 })),
    ],
    ['en', 'move the physio from fri to mon same time', reschedule(c.iso(c.weekday(MON)))],
    ['en', 'cancel the 10 o clock tomorrow', only('cancel')],
    ['en', 'whats on tomorrow', only('agenda', days(c.iso(c.day(1))))],
    ['en', 'put in the dentist for tues at 20 past 2', titled(booking(c.at(c.weekday(TUE), 14, 20)), 'dentist')],
    ['en', 'remind me in an hour to lock up the shed', said(reminder(c.inMinutes(60)), 'lock up the shed')],
  ]),
  fresh('b18-r3-brisbane-friday-arvo', 'en', '2027-09-03T15:20:00+10:00', 'Australia/Brisbane', (c) => [
    ['en', 'hey mate, on a site visit at the Bulimba job till 5, call after', busy(c.at(c.today, 17))],
    [
      'en',
      'can u remind me mon arvo to send the quote to the Nguyens',
      said(reminder(c.at(c.weekday(MON), 15)), 'send the quote to the Nguyens'),
    ],
    [
      'en',
      'book brekkie for 4 at the Gunshop Cafe sunday 8.30',
      office(booking(c.at(c.weekday(SUN), 8, 30), { partySize: 4 })),
    ],
    ['en', 'need the BAS lodged by the 28th', task(c.iso(d(2027, 9, 28)))],
    ['en', 'whats happening with job 1187', only('ticket_status', { ref: 1187 })],
    [
      'en',
      'free time next fri arvo for a 30 min catch up?',
      only('free_slots', days(c.iso(c.weekday(FRI)), undefined, { durationMin: 30 })),
    ],
    [
      'en',
      'remind me every weekday at 6am to check the weather for the crew',
      said(recurring(c.at(c.weekday(MON), 6), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'), 'check the weather for the crew'),
    ],
    ['en', 'shift the toolbox meeting to tues 7am', reschedule(c.at(c.weekday(TUE), 7))],
    ['en', 'cancel the ute service on thurs', only('cancel')],
    ['en', 'dont disturb till 4 pls, on the tools', only('status', { availability: 'dnd', until: c.at(c.today, 16) })],
    ['en', 'remind me sunday night to pack the esky', said(reminder(c.at(c.weekday(SUN), 22)), 'pack the esky')],
    ['en', 'cheers legend', only('other')],
  ]),
];
