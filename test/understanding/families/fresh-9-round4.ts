import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 9, fourth round: written and labelled before running the rules. A young Italian in Tokyo
 * (UTC+9) typing fast with chat shorthand at lunchtime on a Thursday at the end of July; a shop owner
 * and a dentist's receptionist writing English in Zurich on the Monday morning before the clocks go back
 * (Sunday 31 October 2027), some of it dictated without punctuation.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh9Round4: readonly Family[] = [
  fresh('b9-r4-tokyo-shorthand', 'it', '2027-07-29T12:40:00+09:00', 'Asia/Tokyo', (c) => [
    ['it', 'ciao!! dmn alle 7 e mezza ricordami d chiamare mamma in italia', reminder(c.at(c.day(1), 19, 30))],
    ['it', 'ricordami tra 3 ore d prendere il pacco al konbini', reminder(c.inMinutes(180))],
    [
      'it',
      'cmq sabato sera cena x 5 da Sushi Saito alle 8, prenoti tu?',
      booking(c.at(c.weekday(SAT), 20), { partySize: 5 }),
    ],
    ['it', 'nn riesco a venire all appuntamento di lunedì, annullalo tvb', only('cancel')],
    ['it', 'qnd ho la call con Milano?', only('agenda')],
    ['it', 'ricordami ogni giorno alle 8 d prendere la pillola', recurring(c.at(c.day(1), 8), 'FREQ=DAILY')],
    ['it', 'ho l esame di giapponese il 5 agosto alle 9, segnalo', booking(c.at(d(2027, 8, 5), 9))],
    [
      'it',
      'fino alle 3 sn in lezione nn scrivetemi',
      only('status', { availability: 'busy', until: c.at(c.today, 15) }),
    ],
    ['it', 'sposta la lezione d domani alle 5 e mezza', reschedule(c.at(c.day(1), 17, 30))],
    [
      'it',
      'mi trovi 1 ora libera dmn pom?',
      only('free_slots', { durationMin: 60, from: c.iso(c.day(1)), to: c.iso(c.day(1)) }),
    ],
    ['it', 'quante ore ho ancora?', only('balance')],
    ['it', 'la mia richiesta x il visto a che punto è?', only('ticket_status')],
    ['it', 'ricordami il 31 d pagare l affitto', reminder(c.at(d(2027, 7, 31), 9))],
    ['it', 'entro ven mi serve la traduzione del cv in giapponese', task(c.iso(c.weekday(FRI)))],
    [
      'it',
      'ogni lun e mer alle 18 palestra, ricordamelo',
      recurring(c.at(c.weekday(MON), 18), 'FREQ=WEEKLY;BYDAY=MO,WE'),
    ],
    ['it', 'ricordami dopodomani a pranzo d comprare il regalo x Yuki', reminder(c.at(c.day(2), 13))],
    ['it', 'grz mille! ah e ricordami tra mezz ora d mangiare', reminder(c.inMinutes(30))],
    [
      'it',
      'cosa ho la prox settimana?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    ['it', 'annulla la #5512 pls', only('cancel', { ref: 5512 })],
    ['it', 'il 15 agosto alle 19 ho i fuochi con gli amici, mettilo in agenda', booking(c.at(d(2027, 8, 15), 19))],
  ]),
  fresh('b9-r4-zurich-shop', 'en', '2027-10-25T07:15:00+02:00', 'Europe/Zurich', (c) => [
    ['en', 'morning please remind me at 9 to open the till and check the float', reminder(c.at(c.today, 9))],
    ['en', 'reschedule mrs Keller cleaning to next monday 8:30', reschedule(c.at(c.weekday(MON), 8, 30))],
    ['en', 'patient Huber cancelled his 2pm today please take it off the calendar', only('cancel')],
    ['en', 'block tuesday 12 to 1 for lunch with the supplier', booking(c.at(c.weekday(TUE), 12), { durationMin: 60 })],
    ['en', 'remind me on halloween at 4 to put the decorations in the window', reminder(c.at(d(2027, 10, 31), 16))],
    [
      'en',
      'ok so remind me thursday afternoon to order more stock from the wholesaler thanks',
      reminder(c.at(c.weekday(THU), 15)),
    ],
    [
      'en',
      'whats my schedule like on wednesday',
      only('agenda', { from: c.iso(c.weekday(WED)), to: c.iso(c.weekday(WED)) }),
    ],
    [
      'en',
      'any openings friday for a 45 minute check up',
      only('free_slots', { durationMin: 45, from: c.iso(c.weekday(FRI)), to: c.iso(c.weekday(FRI)) }),
    ],
    ['en', "I'm with a patient until 10:45", only('status', { availability: 'busy', until: c.at(c.today, 10, 45) })],
    ['en', 'how is request 4410 going?', only('ticket_status', { ref: 4410 })],
    ['en', 'cancel ticket 4411', only('cancel', { ref: 4411 })],
    [
      'en',
      'remind me every friday at 6pm to do the weekly takings',
      recurring(c.at(c.weekday(FRI), 18), 'FREQ=WEEKLY;BYDAY=FR'),
    ],
    [
      'en',
      'book a table for two at Kronenhalle on saturday at half 7',
      booking(c.at(c.weekday(SAT), 19, 30), { partySize: 2 }),
    ],
    ['en', 'please translate our new price list into german by the end of the week', task(c.iso(c.weekday(FRI)))],
    ['en', 'remind me in a fortnight to renew the shop insurance', reminder(c.at(c.day(14), 7, 15))],
    ['en', 'remind me on the 2nd of november at 10 to pay the VAT', reminder(c.at(d(2027, 11, 2), 10))],
    ['en', "i'm free again, put calls through", only('status', { availability: 'available' })],
    ['en', 'how many hours did we use in october', only('balance')],
    [
      'en',
      'remind me tomorrow 20 minutes before the 11am call with the accountant to prepare the figures',
      reminder(c.at(c.day(1), 10, 40)),
    ],
    ['en', 'set up a call with Dr Meier on wed the 3rd at 2:30', booking(c.at(d(2027, 11, 3), 14, 30))],
  ]),
];
