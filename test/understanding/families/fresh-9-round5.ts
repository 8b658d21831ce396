import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 9, fifth round: written and labelled before running the rules. An accountant's client and a
 * wedding planner in Rome on the afternoon of New Year's Eve 2027 (a Friday), and a Japanese client
 * writing English as a second language in Tokyo (UTC+9) at 23:40 on a Sunday in January.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh9Round5: readonly Family[] = [
  fresh('b9-r5-rome-new-years-eve', 'it', '2027-12-31T15:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buon anno in anticipo! ricordami lunedì alle 9 di mandare gli auguri ai clienti',
      reminder(c.at(c.weekday(MON), 9)),
    ],
    ['it', 'ricordami stasera a mezzanotte meno 5 di stappare lo spumante', reminder(c.at(c.today, 23, 55))],
    ['it', 'il giorno della befana ricordami di portare la calza alla nipotina', reminder(c.at(d(2028, 1, 6), 9))],
    ['it', 'entro il 10 gennaio mi prepari il riepilogo delle spese del 2027?', task(c.iso(d(2028, 1, 10)))],
    ['it', 'sposta l appuntamento col commercialista dal 4 al 7 gennaio alle 11', reschedule(c.at(d(2028, 1, 7), 11))],
    [
      'it',
      'il 16 di ogni mese ricordami di pagare l f24',
      recurring(c.at(d(2028, 1, 16), 9), 'FREQ=MONTHLY;BYMONTHDAY=16'),
    ],
    ['it', 'che cosa ho in agenda il 3?', only('agenda', { from: c.iso(d(2028, 1, 3)), to: c.iso(d(2028, 1, 3)) })],
    [
      'it',
      'sono fuori ufficio fino al 7 gennaio',
      only('status', { availability: 'busy', until: c.at(d(2028, 1, 7), 9) }),
    ],
    [
      'it',
      'mi trovi due ore libere martedì 4 x la chiusura contabile?',
      only('free_slots', { durationMin: 120, from: c.iso(d(2028, 1, 4)), to: c.iso(d(2028, 1, 4)) }),
    ],
    ['it', 'segnami l incontro con gli sposi Ferri sabato 8 gennaio alle 16', booking(c.at(d(2028, 1, 8), 16))],
    [
      'it',
      'prenotami la degustazione torte x 4 persone giovedì 13 alle 11 da Pasticceria Marchetti',
      booking(c.at(d(2028, 1, 13), 11), { partySize: 4 }),
    ],
    ['it', 'la richiesta 7003 l avete chiusa?', only('ticket_status', { ref: 7003 })],
    ['it', 'annulla tutti i promemoria di domani', only('cancel')],
    ['it', 'quante ore mi restano x gennaio?', only('balance')],
    ['it', 'ricordami tra un ora di chiamare la location x confermare il menù', reminder(c.inMinutes(60))],
    ['it', 'sono libero, mandatemi pure le chiamate', only('status', { availability: 'available' })],
    [
      'it',
      'fissa una call con il fotografo mercoledì 5 gennaio dalle 10 alle 10 e mezza',
      booking(c.at(d(2028, 1, 5), 10), { durationMin: 30 }),
    ],
    [
      'it',
      'ogni venerdì alle 17 ricordami di fare il backup dei file dei clienti',
      recurring(c.at(c.today, 17), 'FREQ=WEEKLY;BYDAY=FR'),
    ],
    ['it', 'dopodomani mattina ricordami di ritirare le bomboniere', reminder(c.at(c.day(2), 9))],
    [
      'it',
      'ciao, nn ricordo se ho pagato il fiorista, me lo ricordi lunedì pomeriggio?',
      reminder(c.at(c.weekday(MON), 15)),
    ],
  ]),
  fresh('b9-r5-tokyo-second-language', 'en', '2028-01-16T23:40:00+09:00', 'Asia/Tokyo', (c) => [
    [
      'en',
      'sorry for late message. please remind me tomorrow 8 o clock for the meeting with Sato san',
      reminder(c.at(c.day(1), 8)),
    ],
    ['en', 'remind me in 10 min to sleep lol', reminder(c.inMinutes(10))],
    ['en', 'I want to make appointment with dentist on Thursday 2 PM', booking(c.at(c.weekday(THU), 14))],
    ['en', 'please tell me my schedule of tomorrow', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    ['en', 'Could you cancel the request number 2290?', only('cancel', { ref: 2290 })],
    ['en', 'how is going the request 2291?', only('ticket_status', { ref: 2291 })],
    [
      'en',
      'I am in the business trip until Wednesday',
      only('status', { availability: 'busy', until: c.at(c.weekday(WED), 9) }),
    ],
    [
      'en',
      'remind me every morning 7:30 to check the email from Italy',
      recurring(c.at(c.day(1), 7, 30), 'FREQ=DAILY'),
    ],
    ['en', 'tmrw lunch w/ Tanaka 12:30 pls add', booking(c.at(c.day(1), 12, 30))],
    [
      'en',
      'reserve table for 3 persons at Sukiyabashi on Saturday 7 PM',
      booking(c.at(c.weekday(SAT), 19), { partySize: 3 }),
    ],
    ['en', 'I need translation of contract to Italian until 25 January', task(c.iso(d(2028, 1, 25)))],
    [
      'en',
      'please remind me 2 days before the 1st February to prepare the visa documents',
      reminder(c.at(d(2028, 1, 30), 9)),
    ],
    [
      'en',
      'do I have free time on Tuesday afternoon for 1 hour?',
      only('free_slots', { durationMin: 60, from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(TUE)) }),
    ],
    ['en', 'please change the meeting with Suzuki to Friday 3 PM', reschedule(c.at(c.weekday(FRI), 15))],
    ['en', 'now I am free', only('status', { availability: 'available' })],
    ['en', 'how many hours remaining in my plan?', only('balance')],
    ['en', 'remind me on 14 February to buy chocolate for my wife', reminder(c.at(d(2028, 2, 14), 9))],
    [
      'en',
      'every second Monday of the month remind me to pay the rent',
      recurring(c.at(c.nth(2028, 2, MON, 2), 9), 'FREQ=MONTHLY;BYDAY=2MO'),
    ],
    [
      'en',
      'ok thank you very much, and remind me wednesday evening to call my mother',
      reminder(c.at(c.weekday(WED), 19)),
    ],
    [
      'en',
      'please find me a 30 minutes slot tomorrow morning',
      only('free_slots', { durationMin: 30, from: c.iso(c.day(1)), to: c.iso(c.day(1)) }),
    ],
  ]),
];
