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
  SUN,
  task,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';
import { busy, days, office } from './fresh-17-en-round1.js';

/**
 * Fresh batch 18 (English), round 4: 24 whole client messages written and labelled in code before the rules
 * ran on them. An American in Bologna on the morning of Labour Day, a Saturday (Italian words in English:
 * "questura", "permesso di soggiorno", "condominio", "mercato"; a voice note with "um" and "like"), a London
 * client who cannot sleep late on the last Monday of November ("2moro", "xmas do", "night night").
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh18EnRound4: readonly Family[] = [
  fresh('b18-r4-bologna-expat-labour-day', 'en', '2027-05-01T10:00:00+02:00', 'Europe/Rome', (c) => [
    [
      'en',
      'everything is closed for primo maggio lol, remind me monday at 9 to call the questura',
      said(reminder(c.at(c.weekday(MON), 9)), 'call the questura'),
    ],
    [
      'en',
      'could you book a table for 5 at Trattoria Anna Maria tonight at 8:30?',
      office(booking(c.at(c.today, 20, 30), { partySize: 5 })),
    ],
    [
      'en',
      'I need someone to pick up my permesso di soggiorno from the post office by friday',
      task(c.iso(c.weekday(FRI))),
    ],
    [
      'en',
      'any free time tuesday between 2 and 5 for a call with my lawyer',
      only('free_slots', days(c.iso(c.weekday(TUE)))),
    ],
    ['en', 'whats the status of request 3150', only('ticket_status', { ref: 3150 })],
    [
      'en',
      'remind me the last friday of every month to pay the condominio',
      said(recurring(c.at(c.nth(2027, 5, FRI, -1), 9), 'FREQ=MONTHLY;BYDAY=-1FR'), 'pay the condominio'),
    ],
    ['en', 'at the mercato till noon, text me', busy(c.at(c.today, 12))],
    ['en', 'move my italian lesson from wednesday to thursday at 6', reschedule(c.at(c.weekday(THU), 18))],
    ['en', 'cancel the haircut on tuesday pls', only('cancel')],
    ['en', 'what do I have next week', only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.weekday(SUN, 1))))],
    [
      'en',
      'um hey so i have the commercialista on wednesday at like 11 can you put that in',
      titled(booking(c.at(c.weekday(WED), 11)), 'commercialista'),
    ],
    [
      'en',
      'remind me in 2 days to renew the bike sharing pass',
      said(reminder(c.at(c.day(2), 10)), 'renew the bike sharing pass'),
    ],
  ]),
  fresh('b18-r4-london-late-november-monday', 'en', '2027-11-29T23:10:00+00:00', 'Europe/London', (c) => [
    ['en', 'cant sleep, remind me 2moro at 7am to call the vet', said(reminder(c.at(c.day(1), 7)), 'call the vet')],
    ['en', 'need the board pack printed by 9am tmrw', task(c.iso(c.day(1)))],
    [
      'en',
      'book a table for 10 at Dishoom kings cross for the xmas do on fri 17th at 7',
      office(booking(c.at(d(2027, 12, 17), 19), { partySize: 10 })),
    ],
    [
      'en',
      'pls remind me every monday at 8.30 to send the weekly report',
      said(recurring(c.at(c.weekday(MON), 8, 30), 'FREQ=WEEKLY;BYDAY=MO'), 'send the weekly report'),
    ],
    ['en', 'hows ticket 8842 coming along', only('ticket_status', { ref: 8842 })],
    ['en', 'on a call with NY till midnight', busy(c.at(c.day(1), 0))],
    [
      'en',
      'can you find me an hour on wednesday for a haircut',
      only('free_slots', days(c.iso(c.weekday(WED)), undefined, { durationMin: 60 })),
    ],
    ['en', 'push tomorrows 10am to thursday same time', reschedule(c.iso(c.weekday(THU)))],
    ['en', 'cancel my gym class tmrw morning', only('cancel')],
    ['en', 'whats on my calendar this week', only('agenda', days(c.iso(c.today), c.iso(c.weekday(SUN))))],
    [
      'en',
      'remind me on the 1st to pay the council tax and give the cleaner her xmas bonus',
      said(reminder(c.at(d(2027, 12, 1), 9)), 'pay the council tax and give the cleaner her xmas bonus'),
    ],
    ['en', 'night night', only('other')],
  ]),
];
