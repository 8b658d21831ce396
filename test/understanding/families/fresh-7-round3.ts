import type { Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 7, third round: whole messages (greetings, typos, two clauses), written and labelled
 * before running the rules, away from Europe: an Italian client in São Paulo on a July lunchtime,
 * an English-speaking client in Singapore early on a Tuesday before Valentine's Day.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const before = (due: string, when: string): Expected => ({ intent: 'reminder', due, when });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh7Round3: readonly Family[] = [
  fresh('b7-r3-sao-paulo', 'it', '2027-07-15T13:05:00-03:00', 'America/Sao_Paulo', (c) => [
    ['it', 'ciao! mi ricordi stasera alle 8 di chiamare mamma in Italia?', reminder(c.at(c.today, 20))],
    ['it', 'dmn pomeriggio verso le 4 ho il dentista, segnamelo', booking(c.at(c.day(1), 16))],
    ['it', 'ricordami lunedi mattina alle 8 e un quarto di mandare le fatture', reminder(c.at(c.weekday(MON), 8, 15))],
    [
      'it',
      'x favore prenotami un tavolo x 2 sabato sera alle 9 da Fogo',
      booking(c.at(c.weekday(SAT), 21), { partySize: 2 }),
    ],
    ['it', 'ricordami tra un paio d ore di ritirare il bucato', reminder(c.inMinutes(120))],
    ['it', 'mi serve la traduzione del contratto in portoghese entro mercoledi prossimo', task(c.iso(c.weekday(WED)))],
    ['it', 'a ferragosto ricordami di fare gli auguri al capo', reminder(c.at(d(2027, 8, 15), 9))],
    ['it', 'il 2 agosto alle 10 e mezza ho la riunione col notaio', booking(c.at(d(2027, 8, 2), 10, 30))],
    [
      'it',
      'ricordami tutti i giorni alle 7 di mattina di prendere la pillola',
      recurring(c.at(c.day(1), 7), 'FREQ=DAILY'),
    ],
    [
      'it',
      'ricordami ogni 15 del mese di pagare l affitto',
      recurring(c.at(d(2027, 8, 15), 9), 'FREQ=MONTHLY;BYMONTHDAY=15'),
    ],
    ['it', 'sposta la call con Bruno da giovedi a venerdi alle 11', reschedule(c.at(c.weekday(FRI), 11))],
    ['it', 'annulla il promemoria di domani', only('cancel')],
    ['it', 'ricordami fra 3 giorni alle 9 di richiamare il cliente', reminder(c.at(c.day(3), 9))],
    ['it', 'sono in riunione fino alle 3, poi ti richiamo', busy(c.at(c.today, 15))],
    [
      'it',
      'ho messo dei promemoria per venerdi?',
      only('agenda', { from: c.iso(c.weekday(FRI)), to: c.iso(c.weekday(FRI)), items: 'reminders' }),
    ],
    ['it', "l'udienza è il 28, ricordamelo il giorno prima", before(c.iso(d(2027, 7, 28)), c.at(d(2027, 7, 27), 9))],
    ['it', 'ricordami venerdi alle 6 meno 5 di chiudere la cassa', reminder(c.at(c.weekday(FRI), 17, 55))],
    ['it', 'prenota il meccanico x martedi mattina', booking(c.at(c.weekday(TUE), 9))],
    ['it', 'quante ore ho ancora nel pacchetto?', only('balance')],
    ['it', 'tra 10 minuti ricordami di spegnere il forno', reminder(c.inMinutes(10))],
  ]),
  fresh('b7-r3-singapore', 'en', '2027-02-09T07:50:00+08:00', 'Asia/Singapore', (c) => [
    ['en', 'morning! remind me at 9.30 to call the bank', reminder(c.at(c.today, 9, 30))],
    ['en', "remind me on valentine's day to pick up the flowers", reminder(c.at(d(2027, 2, 14), 9))],
    ['en', 'book a table for two at Odette on sunday at 8', booking(c.at(c.weekday(SUN), 20), { partySize: 2 })],
    ['en', 'remind me this evening to pack for the trip', reminder(c.at(c.today, 19))],
    [
      'en',
      'any meetings next week?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)), items: 'bookings' }),
    ],
    ['en', 'remind me in a couple of hours to check the parcel', reminder(c.inMinutes(120))],
    ['en', 'need a summary of the tender docs by thursday noon', task(c.iso(c.weekday(THU)))],
    [
      'en',
      // the contract's afternoon rule covers a bare h:mm from 1 to 7 (labelled 07:45 at first: a label error)
      'remind me every weekday at 7:45 to take the vitamins',
      recurring(c.at(c.today, 19, 45), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
    [
      'en',
      'put a call with Raj in my calendar for wednesday 3-4pm',
      booking(c.at(c.weekday(WED), 15), { durationMin: 60 }),
    ],
    ['en', 'remind me at noon tomorrow, no wait, at 1, to call Mei', reminder(c.at(c.day(1), 13))],
    ['en', 'remind me on the 1st of march to renew the lease', reminder(c.at(d(2027, 3, 1), 9))],
    [
      'en',
      'the filing is due on the 20th, remind me 2 days before',
      before(c.iso(d(2027, 2, 20)), c.at(d(2027, 2, 18), 9)),
    ],
    ['en', 'remind me next month on the 5th to send the report', reminder(c.at(d(2027, 3, 5), 9))],
    ['en', "i'm on a flight until 6pm", busy(c.at(c.today, 18))],
    ['en', 'cancel the dentist on friday', only('cancel')],
    ['en', 'reschedule my 2pm with Lin to 4', reschedule(c.at(c.today, 16))],
    ['en', 'remind me at 11pm tonight to set the alarm', reminder(c.at(c.today, 23))],
    ['en', 'remind me friday evening at half 7 to call dad', reminder(c.at(c.weekday(FRI), 19, 30))],
    [
      'en',
      'what have i got on this weekend?',
      only('agenda', { from: c.iso(c.weekday(SAT)), to: c.iso(c.weekday(SUN)) }),
    ],
    ['en', 'remind me in 90 mins to take the cake out', reminder(c.inMinutes(90))],
  ]),
];
