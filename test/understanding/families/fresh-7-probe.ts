import type { Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, SAT, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 7, second round: written and labelled after the first round was fixed and before
 * running the rules on it, on the two nights the clocks change: Easter Sunday morning in Rome (summer
 * time began at 02:00) and a Sydney Saturday evening before summer time ends (Sunday 4 April, 03:00).
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const before = (due: string, when: string): Expected => ({ intent: 'reminder', due, when });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh7Probe: readonly Family[] = [
  fresh('b7-probe-roma', 'it', '2027-03-28T08:30:00+02:00', 'Europe/Rome', (c) => [
    ['it', 'ricordami tra mezz ora di chiamare la nonna x gli auguri', reminder(c.inMinutes(30))],
    ['it', 'ricordami dmn alle 7 di mattina di prendere il treno', reminder(c.at(c.day(1), 7))],
    ['it', 'ricordami alle 3 e 20 del pomeriggio di chiamare Carla', reminder(c.at(c.today, 15, 20))],
    ['it', 'ricordami a mezzogiorno meno un quarto di buttare la pasta', reminder(c.at(c.today, 11, 45))],
    ['it', "ricordami giovedì tra le 2 e le 3 di chiamare l'avvocato", reminder(c.at(c.weekday(THU), 14))],
    ['it', "ricordami l'ultimo giorno del mese di pagare gli stipendi", reminder(c.at(d(2027, 3, 31), 9))],
    ['it', 'ricordami il terzo giovedì di aprile di rinnovare la tessera', reminder(c.at(c.nth(2027, 4, THU, 3), 9))],
    [
      'it',
      'ricordami ogni secondo martedì del mese di preparare la riunione',
      recurring(c.at(c.nth(2027, 4, TUE, 2), 9), 'FREQ=MONTHLY;BYDAY=2TU'),
    ],
    ['it', 'ricordami x la festa della mamma di prendere i fiori', reminder(c.at(c.nth(2027, 5, 0, 2), 9))],
    ['it', 'ricordami tra 2 settimane alle 18 di fare il tagliando', reminder(c.at(c.day(14), 18))],
    ['it', 'ricordami il 2 ottobre di fare gli auguri a Marco', reminder(c.at(d(2027, 10, 2), 9))],
    ['it', 'mercoledì alle 10 anzi alle 11 ho la visita dal dermatologo', booking(c.at(c.weekday(WED), 11))],
    ['it', 'prenotami dal barbiere sabato mattina verso le 10', booking(c.at(c.weekday(SAT), 10))],
    [
      'it',
      'devo pagare il bollo entro fine mese, ricordamelo 3 giorni prima',
      before(c.iso(d(2027, 3, 31)), c.at(d(2027, 3, 28), 9)),
    ],
    ['it', 'sono in call fino alle 10 e mezza', busy(c.at(c.today, 10, 30))],
    ['it', 'cosa ho in programma domani?', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    ['it', 'annulla il promemoria delle 5', only('cancel')],
    ['it', 'ricordami stasera verso le 9 di chiudere le finestre', reminder(c.at(c.today, 21))],
    ['it', 'ricordami alle 9 di stasera di chiamare Giorgio', reminder(c.at(c.today, 21))],
    ['it', 'ricordami fra 10 gg di ritirare le analisi', reminder(c.at(c.day(10), 8, 30))],
    [
      'it',
      'fissami una call con Luca e Marta martedì dalle 15 alle 16:30',
      booking(c.at(c.weekday(TUE), 15), { durationMin: 90 }),
    ],
  ]),
  fresh('b7-probe-sydney', 'en', '2027-04-03T18:00:00+11:00', 'Australia/Sydney', (c) => [
    ['en', 'remind me tomorrow at 9am to call Mum', reminder(c.at(c.day(1), 9))],
    ['en', 'remind me in 12 hours to check the clocks went back', reminder(c.inMinutes(720))],
    ['en', 'remind me at a quarter to noon on monday to order lunch', reminder(c.at(c.weekday(MON), 11, 45))],
    ['en', 'remind me half past seven tonight to feed the cat', reminder(c.at(c.today, 19, 30))],
    ['en', 'remind me on the first tuesday of may to renew the rego', reminder(c.at(c.nth(2027, 5, TUE, 1), 9))],
    [
      'en',
      'remind me every last friday of the month to pay the invoices',
      recurring(c.at(c.nth(2027, 4, FRI, -1), 9), 'FREQ=MONTHLY;BYDAY=-1FR'),
    ],
    ['en', "book a table at Luigi's for 6 tomorrow at 7", booking(c.at(c.day(1), 19), { partySize: 6 })],
    ['en', "remind me on mother's day to call mum", reminder(c.at(c.nth(2027, 5, 0, 2), 9))],
    ['en', 'remind me in 3 weeks to book the vet', reminder(c.at(c.day(21), 18))],
    ['en', 'remind me wednesday at 10am, no make it 11, to call the bank', reminder(c.at(c.weekday(WED), 11))],
    ['en', 'remind me the day after tomorrow at noon to pick up the dry cleaning', reminder(c.at(c.day(2), 12))],
    ['en', 'remind me on may 29th at 8:15 to submit the BAS', reminder(c.at(d(2027, 5, 29), 8, 15))],
    ['en', 'remind me on the 15th to pay the credit card', reminder(c.at(d(2027, 4, 15), 9))],
    [
      'en',
      'set up a meeting with Tom and Lee tuesday from 2 to 3:30',
      booking(c.at(c.weekday(TUE), 14), { durationMin: 90 }),
    ],
    ['en', 'what have i got on tomorrow?', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    ['en', 'do i have any reminders set?', only('agenda', { items: 'reminders' })],
    ['en', 'remind me at 6.30am on monday to go for a run', reminder(c.at(c.weekday(MON), 6, 30))],
    ['en', 'remind me in an hour and a half to check the roast', reminder(c.inMinutes(90))],
    ['en', 'remind me a week from today to follow up with the lawyer', reminder(c.at(c.day(7), 9))],
    ['en', "i'm busy until 8 tonight", busy(c.at(c.today, 20))],
    ['en', 'remind me on christmas day at 8am to call the family', reminder(c.at(d(2027, 12, 25), 8))],
  ]),
];
