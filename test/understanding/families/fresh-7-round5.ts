import type { Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 7, fifth round: written and labelled before running the rules, on a Roman Friday
 * evening before Mother's Day and a Denver Monday lunchtime the day after the clocks went forward.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const before = (due: string, when: string): Expected => ({ intent: 'reminder', due, when });

export const fresh7Round5: readonly Family[] = [
  fresh('b7-r5-roma', 'it', '2027-05-07T17:40:00+02:00', 'Europe/Rome', (c) => [
    ['it', 'ricordami x la festa della mamma alle 10 di chiamare mamma', reminder(c.at(d(2027, 5, 9), 10))],
    ['it', 'ricordami fra un quarto d ora di chiudere il negozio', reminder(c.inMinutes(15))],
    [
      'it',
      'ricordami lunedì alle 9 meno un quarto di portare il bimbo a scuola',
      reminder(c.at(c.weekday(MON), 8, 45)),
    ],
    ['it', 'anticipa la riunione di giovedì alle 10', reschedule(c.at(c.weekday(THU), 10))],
    [
      'it',
      'ricordami ogni lunedì e giovedì alle 7 di sera di portare fuori il cane',
      recurring(c.at(c.weekday(MON), 19), 'FREQ=WEEKLY;BYDAY=MO,TH'),
    ],
    [
      'it',
      'devo rinnovare il passaporto entro il 30, ricordamelo una settimana prima',
      before(c.iso(d(2027, 5, 30)), c.at(d(2027, 5, 23), 9)),
    ],
    ['it', 'prenotami il parrucchiere x sabato mattina alle 9 e mezza', booking(c.at(c.weekday(SAT), 9, 30))],
    ['it', 'ricordami tra 5 minuti di togliere la moka', reminder(c.inMinutes(5))],
    ['it', 'ricordami domenica prossima alle 8 di sera di preparare la valigia', reminder(c.at(c.weekday(SUN), 20))],
    ['it', 'ricordami l ultimo lunedì di maggio di pagare il condominio', reminder(c.at(c.nth(2027, 5, MON, -1), 9))],
    ['it', 'segnami la cena con i Rossi sabato alle 8', booking(c.at(c.weekday(SAT), 20))],
    ['it', 'domattina ricordami di annaffiare le piante', reminder(c.at(c.day(1), 9))],
    ['it', 'ricordami stanotte a mezzanotte e mezza di spegnere il pc', reminder(c.at(c.day(1), 0, 30))],
    ['it', 'fra 3 settimane ricordami di fare il richiamo del vaccino', reminder(c.at(c.day(21), 17, 40))],
    ['it', 'mi trovi 2 ore libere la settimana prossima?', only('free_slots', { durationMin: 120 })],
    ['it', 'sono libero, passatemi pure le chiamate', only('status', { availability: 'available' })],
    [
      'it',
      'che appuntamenti ho la prossima settimana?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)), items: 'bookings' }),
    ],
    ['it', 'ricordami il 15 giugno alle 11:30 di rinnovare l assicurazione', reminder(c.at(d(2027, 6, 15), 11, 30))],
    ['it', 'traduci in francese la lettera per il cliente entro lunedì mattina', task(c.iso(c.weekday(MON)))],
    ['it', 'ricordami alle 18 e 30 di chiamare Marta', reminder(c.at(c.today, 18, 30))],
  ]),
  fresh('b7-r5-denver', 'en', '2027-03-15T12:30:00-06:00', 'America/Denver', (c) => [
    ['en', 'remind me on easter monday to call the bank', reminder(c.at(c.easter(1), 9))],
    ['en', 'remind me in 2 and a half hours to leave', reminder(c.inMinutes(150))],
    ['en', 'remind me at 5 past 3 to pick up Tom', reminder(c.at(c.today, 15, 5))],
    ['en', 'remind me next wednesday at 9 to call the school', reminder(c.at(c.weekday(WED), 9))],
    ['en', 'put lunch with Carol in my diary for thursday at 12:30', booking(c.at(c.weekday(THU), 12, 30))],
    ['en', 'book me a haircut on saturday morning', booking(c.at(c.weekday(SAT), 9))],
    [
      'en',
      'remind me every sunday night to plan the week',
      recurring(c.at(c.weekday(SUN), 22), 'FREQ=WEEKLY;BYDAY=SU'),
    ],
    ['en', 'remind me the 2nd monday of april to file the taxes', reminder(c.at(c.nth(2027, 4, MON, 2), 9))],
    ['en', 'remind me on the 22nd at half past 10 to call Liz', reminder(c.at(d(2027, 3, 22), 10, 30))],
    ['en', 'remind me in 10 days at noon to chase the refund', reminder(c.at(c.day(10), 12))],
    [
      'en',
      "what's on my calendar for friday?",
      only('agenda', { from: c.iso(c.weekday(FRI)), to: c.iso(c.weekday(FRI)) }),
    ],
    ['en', "i'm free now, put calls through", only('status', { availability: 'available' })],
    ['en', 'need the brochure translated into spanish by next friday', task(c.iso(c.weekday(FRI)))],
    ['en', 'remind me tonight at 9:45 to lock the garage', reminder(c.at(c.today, 21, 45))],
    ['en', 'remind me on april 1st at 8am to pay the rent', reminder(c.at(d(2027, 4, 1), 8))],
    [
      'en',
      'schedule a call with the vendor for tomorrow between 1 and 2',
      booking(c.at(c.day(1), 13), { durationMin: 60 }),
    ],
    ['en', 'cancel request #3011', only('cancel', { ref: 3011 })],
    ['en', 'how many hours have i used this month?', only('balance')],
    [
      'en',
      'remind me every weekday morning to check the emails',
      recurring(c.at(c.day(1), 9), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
    ['en', 'remind me at quarter to 8 tonight to call my brother', reminder(c.at(c.today, 19, 45))],
  ]),
];
