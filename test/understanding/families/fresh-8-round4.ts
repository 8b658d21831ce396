import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 8, fourth round: written and labelled before running the rules. An Italian client in
 * London on the Thursday morning before the clocks go back (Sunday 31 October 2027, BST → GMT),
 * voice-note run-ons and phone shorthand; an American client in Chicago between Christmas and New Year.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh8Round4: readonly Family[] = [
  fresh('b8-r4-london', 'it', '2027-10-28T08:10:00+01:00', 'Europe/London', (c) => [
    [
      'it',
      'buongiorno allora dmn alle 9 ho il commercialista e poi alle 11 e mezza la call con Roma ricordami solo la call mezz ora prima',
      reminder(c.at(c.day(1), 11)),
    ],
    ['it', 'ricordami alle 9 e 3 quarti di chiamare il notaio', reminder(c.at(c.today, 9, 45))],
    [
      'it',
      'ricordami sabato alle 10 meno un quarto di portare la macchina a fare il tagliando',
      reminder(c.at(c.weekday(SAT), 9, 45)),
    ],
    ['it', 'domenica mattina alle 9 ricordami di chiamare mamma', reminder(c.at(c.weekday(SUN), 9))],
    ['it', 'nn riesco a venire alla riunione di dmn annullala x favore', only('cancel')],
    ['it', 'qnd ho il dentista?', only('agenda')],
    ['it', 'ricordami tra un paio d ore di richiamare Giulia', reminder(c.inMinutes(120))],
    ['it', 'ricordami ogni 15 giorni di cambiare il filtro', recurring(c.at(c.today, 9), 'FREQ=DAILY;INTERVAL=15')],
    ['it', 'prenota x 2 da Dishoom stasera alle 8 meno un quarto', booking(c.at(c.today, 19, 45), { partySize: 2 })],
    ['it', 'sono in metro fino alle 9 e un quarto', busy(c.at(c.today, 9, 15))],
    ['it', 'la pratica 6612 è pronta?', only('ticket_status', { ref: 6612 })],
    ['it', 'sposta la call con Roma a lunedì alle 2 e un quarto', reschedule(c.at(c.weekday(MON), 14, 15))],
    [
      'it',
      'ricordami il primo lunedì di novembre di pagare la council tax',
      reminder(c.at(c.nth(2027, 11, MON, 1), 9)),
    ],
    ['it', 'tra 10 giorni alle 18 ricordami di prenotare il volo x Natale', reminder(c.at(c.day(10), 18))],
    ['it', 'mi segni in agenda la cena da Luca venerdì 5 alle 8?', booking(c.at(d(2027, 11, 5), 20))],
    ['it', 'cmq ricordami stasera verso le 7 di comprare il latte', reminder(c.at(c.today, 19))],
    ['it', 'ho bisogno che qlc mi traduca questo contratto entro martedì', task(c.iso(c.weekday(TUE)))],
    [
      'it',
      'dal lunedì al venerdì alle 7 e mezza di mattina ricordami di svegliare i bimbi',
      recurring(c.at(c.weekday(FRI), 7, 30), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
    ['it', 'ho un buco domani tra le 2 e le 5?', only('free_slots', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    [
      'it',
      'grazie mille x ieri! mi ricordi giovedì prossimo alle 4 di mandare gli auguri a Sara?',
      reminder(c.at(c.weekday(THU), 16)),
    ],
  ]),
  fresh('b8-r4-chicago', 'en', '2027-12-27T16:30:00-06:00', 'America/Chicago', (c) => [
    [
      'en',
      'hi there, could you please remind me on new years eve at 5 to pick up the champagne, thank you so much',
      reminder(c.at(d(2027, 12, 31), 17)),
    ],
    ['en', 'book a table for six at Alinea on thursday night', booking(c.iso(c.weekday(THU)), { partySize: 6 })],
    ['en', 'remind me at a quarter past 9 tomorrow to call the bank', reminder(c.at(c.day(1), 9, 15))],
    ['en', 'move my 4:15 with Dr. Patel to wednesday at 3:45', reschedule(c.at(c.weekday(WED), 15, 45))],
    ['en', 'cancel req 8812 please', only('cancel', { ref: 8812 })],
    [
      'en',
      'remind me every other friday at 5pm to submit my timesheet',
      recurring(c.at(c.weekday(FRI), 17), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'),
    ],
    [
      'en',
      'whats on my schedule for jan 3rd',
      only('agenda', { from: c.iso(d(2028, 1, 3)), to: c.iso(d(2028, 1, 3)) }),
    ],
    ['en', 'im on a call till 5:30', busy(c.at(c.today, 17, 30))],
    ['en', 'remind me in an hour and a quarter to take the roast out', reminder(c.inMinutes(75))],
    ['en', 'need a babysitter for saturday evening from 7 to 11', task(c.iso(c.weekday(SAT)))],
    ['en', 'set a reminder for the 2nd of january at 10am to take down the tree', reminder(c.at(d(2028, 1, 2), 10))],
    [
      'en',
      'schedule a call with the lawyers tuesday 9:15-10am',
      booking(c.at(c.weekday(TUE), 9, 15), { durationMin: 45 }),
    ],
    [
      'en',
      'remind me the first monday of february to file the estimated taxes',
      reminder(c.at(c.nth(2028, 2, MON, 1), 9)),
    ],
    ['en', 'hows my request for the passport renewal going', only('ticket_status')],
    ['en', 'remind me 15 mins before my 6:30 dinner to leave', reminder(c.at(c.today, 18, 15))],
    ['en', 'lunch with Tom tmrw 12-1', booking(c.at(c.day(1), 12), { durationMin: 60 })],
    ['en', 'im free now', only('status', { availability: 'available' })],
    ['en', 'remind me tomorrow at 8 to call the plumber, no wait, 9', reminder(c.at(c.day(1), 9))],
    ['en', 'how many hours do i have left this month', only('balance')],
    ['en', 'remind me every morning at 6:45 to take my meds', recurring(c.at(c.day(1), 6, 45), 'FREQ=DAILY')],
  ]),
];
