import type { Family } from './calendar.js';
import { FRI, MON, only, recurring, reminder, SAT, SUN, task, taskAt, TUE, booking } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 7, fourth round: written and labelled before running the rules, between Christmas and
 * New Year in Rome (Wednesday afternoon) and on a Los Angeles Thursday morning before the Fourth of July.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh7Round4: readonly Family[] = [
  fresh('b7-r4-roma', 'it', '2027-12-29T16:10:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'ricordami a San Silvestro alle 7 di prendere lo spumante', reminder(c.at(d(2027, 12, 31), 19))],
    ['it', 'ricordami all epifania di togliere l albero', reminder(c.at(d(2028, 1, 6), 9))],
    [
      'it',
      'ricordami il primo venerdì del mese prossimo di fare il versamento',
      reminder(c.at(c.nth(2028, 1, FRI, 1), 9)),
    ],
    [
      'it',
      'ricordami lunedì della prossima settimana di chiamare il commercialista',
      reminder(c.at(c.weekday(MON), 9)),
    ],
    ['it', 'entro stasera mi scrivi la mail per il fornitore?', task(c.iso(c.today))],
    ['it', 'ricordami dmn x le 9 di chiamare l idraulico', reminder(c.at(c.day(1), 9))],
    ['it', 'ricordami tra 1h di ritirare i panni', reminder(c.inMinutes(60))],
    ['it', 'ricordami tra 2 ore e mezza di uscire', reminder(c.inMinutes(150))],
    [
      'it',
      'fissa una riunione con Elena martedì 4 dalle 9 alle 13',
      booking(c.at(d(2028, 1, 4), 9), { durationMin: 240 }),
    ],
    ['it', 'ricordami giovedì, cioè venerdì, di chiamare la banca', reminder(c.at(c.weekday(FRI), 9))],
    ['it', 'ricordami il 3 alle 3 di pagare il bollo', reminder(c.at(d(2028, 1, 3), 15))],
    ['it', 'ricordami alle 15 e 45 di chiamare Paola', reminder(c.next(15, 45))],
    [
      'it',
      'prenotami un tavolo da Mimmo per capodanno alle 13, siamo in 8',
      booking(c.at(d(2028, 1, 1), 13), { partySize: 8 }),
    ],
    ['it', 'a santo stefano ricordami di chiamare lo zio', reminder(c.at(d(2028, 12, 26), 9))],
    ['it', 'ricordami a inizio settimana prossima di rinnovare l abbonamento', reminder(c.at(c.weekday(MON), 9))],
    ['it', 'ricordami la settimana prossima di chiamare Gino', reminder(c.at(c.weekday(MON), 9))],
    ['it', 'sono in udienza fino alle 18, richiamo io', busy(c.at(c.today, 18))],
    ['it', 'quanto mi resta del pacchetto ore?', only('balance')],
    ['it', 'puoi chiamare il fornitore domani alle 10?', taskAt(c.at(c.day(1), 10))],
    ['it', 'ricordami tra 10 giorni alle 8 di mattina di fare gli esami', reminder(c.at(c.day(10), 8))],
  ]),
  fresh('b7-r4-los-angeles', 'en', '2027-06-24T09:15:00-07:00', 'America/Los_Angeles', (c) => [
    ['en', 'remind me first thing tomorrow to email the landlord', reminder(c.at(c.day(1), 9))],
    ['en', 'remind me on monday the week after next to renew the permit', reminder(c.at(c.weekday(MON, 1), 9))],
    ['en', 'remind me in a fortnight at 3pm to call the insurer', reminder(c.at(c.day(14), 15))],
    [
      'en',
      'remind me on the last monday of next month to pay the gardener',
      reminder(c.at(c.nth(2027, 7, MON, -1), 9)),
    ],
    ['en', 'remind me on christmas morning to call grandma', reminder(c.at(d(2027, 12, 25), 9))],
    [
      'en',
      'book a table for 5 at Gjelina on sunday at 11 for brunch',
      booking(c.at(c.weekday(SUN), 11), { partySize: 5 }),
    ],
    ['en', 'remind me at 10 to 5 to leave for the airport', reminder(c.at(c.today, 16, 50))],
    ['en', 'remind me tomorrow at quarter past 9 to call Sam', reminder(c.at(c.day(1), 9, 15))],
    [
      'en',
      'set up a meeting with Dana from 9 to 12 on tuesday',
      booking(c.at(c.weekday(TUE), 9), { durationMin: 180 }),
    ],
    ['en', 'remind me on friday, no actually saturday, to mow the lawn', reminder(c.at(c.weekday(SAT), 9))],
    ['en', 'remind me on jul 4th at 8pm to watch the fireworks', reminder(c.at(d(2027, 7, 4), 20))],
    ['en', 'get me the contract reviewed by end of day tomorrow', task(c.iso(c.day(1)))],
    ['en', 'remind me on the 30th at 2:30 to send payroll', reminder(c.at(d(2027, 6, 30), 14, 30))],
    ['en', "i'm with a client till 11:30, hold calls", busy(c.at(c.today, 11, 30))],
    ['en', 'what do i have on monday?', only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) })],
    ['en', 'cancel request 2044 please', only('cancel', { ref: 2044 })],
    [
      'en',
      'remind me every 2 weeks on friday to submit my timesheet',
      recurring(c.at(c.weekday(FRI), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'),
    ],
    [
      'en',
      'remind me on the 1st of every month to pay rent',
      recurring(c.at(d(2027, 7, 1), 9), 'FREQ=MONTHLY;BYMONTHDAY=1'),
    ],
    ['en', 'remind me tomorrow at 11:30am to call Jo', reminder(c.at(c.day(1), 11, 30))],
    ['en', 'when am i free on wednesday afternoon?', only('free_slots')],
  ]),
];
