import type { Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 8, second round: written and labelled before running the rules. An Italian client in
 * New York on the Friday evening before the clocks go back (Sunday 7 November 2027, 02:00 → 01:00),
 * writing run-ons and phone shorthand; an Australian client in Adelaide early on a Monday, the day
 * after daylight saving ended there.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const busy = (until: string) => only('status', { availability: 'busy', until });
const before = (due: string, when: string): Expected => ({ intent: 'reminder', due, when });

export const fresh8Round2: readonly Family[] = [
  fresh('b8-r2-newyork', 'it', '2027-11-05T18:40:00-04:00', 'America/New_York', (c) => [
    [
      'it',
      'ciao sono Marco volevo dirti che domenica alle 9 ho la partita del bimbo ricordamela sabato sera',
      reminder(c.at(c.weekday(SAT), 19)),
    ],
    ['it', 'dmn mattina alle 8 e 45 ricordami la pillola', reminder(c.at(c.day(1), 8, 45))],
    ['it', 'ricordami tra 2 ore e mezza di chiamare in Italia', reminder(c.inMinutes(150))],
    ['it', 'cmq sposta il dentista da martedì a mercoledì stessa ora', reschedule(c.iso(c.weekday(WED)))],
    [
      'it',
      'prenota x 6 persone da Carmine sabato 13 alle 7 e mezza',
      booking(c.at(d(2027, 11, 13), 19, 30), { partySize: 6 }),
    ],
    ['it', 'annulla tutto x domani, richiesta 5120', only('cancel', { ref: 5120 })],
    [
      'it',
      'ogni primo lunedì del mese alle 10 riunione col commercialista mettila in agenda',
      { intent: 'booking', when: c.at(d(2027, 12, 6), 10), rrule: 'FREQ=MONTHLY;BYDAY=1MO' },
    ],
    [
      'it',
      'nn mi far dimenticare di mandare il bonifico x l affitto entro il 10',
      before(c.iso(d(2027, 11, 10)), c.at(d(2027, 11, 10), 9)),
    ],
    ['it', 'sono in udienza fino alle 8 e un quarto stasera', busy(c.at(c.today, 20, 15))],
    ['it', 'che ho lunedì prossimo?', only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) })],
    ['it', 'a che punto siamo con la traduzione del bilancio? pratica 7781', only('ticket_status', { ref: 7781 })],
    [
      'it',
      'ricordami a settimane alterne il giovedì alle 18:15 di fare la spesa',
      recurring(c.at(c.weekday(THU), 18, 15), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'),
    ],
    ['it', 'mi serve un interprete per la riunione di mercoledì 17 dalle 10 alle 12', task(c.iso(d(2027, 11, 17)))],
    ['it', 'stasera alle 11 meno un quarto ricordami di spegnere il forno', reminder(c.at(c.today, 22, 45))],
    ['it', 'ricordami domenica alle 9 di richiamare la nonna', reminder(c.at(c.weekday(SUN), 9))],
    ['it', 'ricordami tra 3 giorni alle 9 di ritirare il pacco', reminder(c.at(c.day(3), 9))],
    ['it', 'ho la call con Milano alle 4 di mattina di martedì, mettimela in agenda', booking(c.at(c.weekday(TUE), 4))],
    ['it', 'x favore prenotami il meccanico x giovedì verso le 2', booking(c.at(c.weekday(THU), 14))],
    ['it', 'il 24 mi ricordi di ordinare il tacchino? xké il 25 è thanksgiving', reminder(c.at(d(2027, 11, 24), 9))],
    ['it', 'sveglia domani alle 6 e 10 di mattina', reminder(c.at(c.day(1), 6, 10))],
  ]),
  fresh('b8-r2-adelaide', 'en', '2027-04-05T07:20:00+09:30', 'Australia/Adelaide', (c) => [
    ['en', 'morning!! can u remind me at 11.45 to ring the accountant, cheers', reminder(c.at(c.today, 11, 45))],
    ['en', 'table for 4 at Chianti tomorrow 7.30pm pls', booking(c.at(c.day(1), 19, 30), { partySize: 4 })],
    ['en', 'pls change the dinner booking on saturday from 6 to 8 people', only('task')],
    ['en', "need a florist for mum's birthday by friday", task(c.iso(c.weekday(FRI)))],
    ['en', 'status of ticket #4471?', only('ticket_status', { ref: 4471 })],
    ['en', 'move my 3pm with Kate to thursday same time', reschedule(c.iso(c.weekday(THU)))],
    ['en', 'cancel the 2 oclock physio appointment today', only('cancel')],
    [
      'en',
      'remind me every second tuesday to water the bonsai',
      recurring(c.at(c.weekday(TUE), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'),
    ],
    ['en', "i'm driving till 9 dont call", busy(c.at(c.today, 9))],
    ['en', 'remind me in quarter of an hour to take the cake out', reminder(c.inMinutes(15))],
    ['en', 'remind me wed week at 2 to pick up the suit', reminder(c.at(c.weekday(WED, 1), 14))],
    ['en', 'hey mate book me in for a haircut thurs arvo', booking(c.at(c.weekday(THU), 15))],
    ['en', 'what have i got on this week?', only('agenda', { from: c.iso(c.today), to: c.iso(c.weekday(SUN)) })],
    ['en', 'remind me the last friday of the month to send the invoices', reminder(c.at(c.nth(2027, 4, FRI, -1), 9))],
    [
      'en',
      'lunch with the bank manager 12.30 to 1.30 wednesday',
      booking(c.at(c.weekday(WED), 12, 30), { durationMin: 60 }),
    ],
    ['en', 'remind me at 5 to 6 to call the school', reminder(c.at(c.today, 17, 55))],
    ['en', 'remind me 2 days before the 20th to renew the rego', reminder(c.at(d(2027, 4, 18), 9))],
    ['en', 'got a meeting with the strata at 6 tonight, pop it in my diary', booking(c.at(c.today, 18))],
    [
      'en',
      'remind me every weekday at 7:15am to take my tablets',
      recurring(c.at(c.day(1), 7, 15), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
    [
      'en',
      'can you find me an hour free before lunch tomorrow',
      only('free_slots', { durationMin: 60, from: c.iso(c.day(1)), to: c.iso(c.day(1)) }),
    ],
  ]),
];
