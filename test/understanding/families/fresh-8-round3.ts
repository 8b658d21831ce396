import type { Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 8, third round: written and labelled before running the rules. A client in Ticino
 * (Europe/Zurich) at lunchtime on the last day of June, a Wednesday; a client in Dubai (+04:00, no
 * daylight saving) writing English as a second language late on the last Sunday of February.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const before = (due: string, when: string): Expected => ({ intent: 'reminder', due, when });

export const fresh8Round3: readonly Family[] = [
  fresh('b8-r3-lugano', 'it', '2027-06-30T13:05:00+02:00', 'Europe/Zurich', (c) => [
    [
      'it',
      'buongiorno volevo chiederle se può fissarmi un appuntamento col fiscalista x venerdì alle 10 e 15, grazie',
      booking(c.at(c.weekday(FRI), 10, 15)),
    ],
    [
      'it',
      'ricordami ogni secondo martedì del mese alle 20:30 la riunione del condominio',
      recurring(c.at(d(2027, 7, 13), 20, 30), 'FREQ=MONTHLY;BYDAY=2TU'),
    ],
    ['it', 'dopo pranzo ricordami di chiamare la Posta', reminder(c.at(c.today, 14))],
    [
      'it',
      'entro il 5 devo mandare il modulo alla cassa malati, ricordamelo il giorno prima',
      before(c.iso(d(2027, 7, 5)), c.at(d(2027, 7, 4), 9)),
    ],
    ['it', 'la cena di stasera spostala a domani stessa ora', reschedule(c.iso(c.day(1)))],
    ['it', 'cancella il promemoria delle 4', only('cancel')],
    ['it', 'hai già mandato la fattura al cliente di Lugano?', only('ticket_status')],
    [
      'it',
      'prenotami un tavolo x 3 alla Grotta domenica a mezzogiorno e mezzo',
      booking(c.at(c.weekday(SUN), 12, 30), { partySize: 3 }),
    ],
    ['it', 'ricordami fra 20 min di togliere il bucato', reminder(c.inMinutes(20))],
    [
      'it',
      'nn ci sono x nessuno fino alle 3 e mezza',
      only('status', { availability: 'dnd', until: c.at(c.today, 15, 30) }),
    ],
    [
      'it',
      'sett prox mi trovi 2 ore libere x il sopralluogo?',
      only('free_slots', { durationMin: 120, from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    ['it', 'ricordami giovedì alle 8 meno 10 di prendere il treno x Milano', reminder(c.at(c.weekday(THU), 7, 50))],
    [
      'it',
      'riunione con i soci lunedì dalle 9 alle 11 e un quarto, mettila in agenda',
      booking(c.at(c.weekday(MON), 9), { durationMin: 135 }),
    ],
    ['it', 'mi ricordi il 1° agosto di pagare la quota?', reminder(c.at(d(2027, 8, 1), 9))],
    ['it', 'ricordami x ferragosto di chiamare zia', reminder(c.at(d(2027, 8, 15), 9))],
    [
      'it',
      'segnami la partita di calcetto ogni mercoledì alle 7 di sera',
      { intent: 'booking', when: c.at(c.today, 19), rrule: 'FREQ=WEEKLY;BYDAY=WE' },
    ],
    ['it', 'ricordami dopodomani verso le 5 di richiamare l idraulico', reminder(c.at(c.day(2), 17))],
    ['it', 'sposta la call di domani dalle 3 alle 4', reschedule(c.at(c.day(1), 16))],
    ['it', 'quante ore mi restano nel pacchetto?', only('balance')],
    ['it', 'ciao! mi serve la traduzione in francese del sito entro metà luglio', task(c.iso(d(2027, 7, 15)))],
  ]),
  fresh('b8-r3-dubai', 'en', '2027-02-28T21:50:00+04:00', 'Asia/Dubai', (c) => [
    [
      'en',
      'dear assistant kindly schedule meeting with Mr Khan tomorrow 10 am in my office',
      booking(c.at(c.day(1), 10)),
    ],
    ['en', 'please remind me after 2 hours to check the oven', reminder(c.inMinutes(120))],
    ['en', 'book table at Zuma for 6 person thursday 9 pm', booking(c.at(c.weekday(THU), 21), { partySize: 6 })],
    ['en', 'i need driver for airport pickup on 3rd march 6:30 am', task(c.iso(d(2027, 3, 3)))],
    [
      'en',
      'remind me every sunday and wednesday at 8 pm to call my parents',
      recurring(c.at(c.weekday(WED), 20), 'FREQ=WEEKLY;BYDAY=SU,WE'),
    ],
    ['en', 'what is status of my request 2290', only('ticket_status', { ref: 2290 })],
    ['en', 'please cancel booking no. 3381', only('cancel', { ref: 3381 })],
    ['en', 'shift tomorrow meeting to 4:30 pm', reschedule(c.at(c.day(1), 16, 30))],
    ['en', 'remind me on 1st of next month to pay the DEWA bill', reminder(c.at(d(2027, 3, 1), 9))],
    ['en', 'i am busy until 11 tonight', only('status', { availability: 'busy', until: c.at(c.today, 23) })],
    ['en', 'remind me tomorrow morning 7:45 for the school fees', reminder(c.at(c.day(1), 7, 45))],
    [
      'en',
      'do i have anything on tuesday?',
      only('agenda', { from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(TUE)) }),
    ],
    ['en', 'remind me in 3 weeks to renew the visa', reminder(c.at(c.day(21), 21, 50))],
    ['en', 'put dentist appointment on 10/3 at 5:15', booking(c.at(d(2027, 3, 10), 17, 15))],
    ['en', 'remind me at quarter to eleven tonight to lock the door', reminder(c.at(c.today, 22, 45))],
    ['en', 'need a quotation for office cleaning by end of week', task(c.iso(c.weekday(FRI)))],
    [
      'en',
      'remind me every month on 25th to pay salary',
      recurring(c.at(d(2027, 3, 25), 9), 'FREQ=MONTHLY;BYMONTHDAY=25'),
    ],
    [
      'en',
      'can you find 1 hour free for me on monday morning',
      only('free_slots', { durationMin: 60, from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) }),
    ],
    [
      'en',
      'remind me 30 minutes before the 10am meeting tomorrow to print the contract',
      reminder(c.at(c.day(1), 9, 30)),
    ],
    [
      'en',
      'from 2 to 4 tomorrow i am in a site visit, block my calendar',
      booking(c.at(c.day(1), 14), { durationMin: 120 }),
    ],
  ]),
];
