import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 9, first round: written and labelled before running the rules. A Roman shop owner and a
 * dentist's receptionist late on a Sunday night (23:40) a week before the clocks go forward (Sunday 28
 * March 2027); a property manager and an accountant in Toronto on New Year's Eve afternoon.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh9Round1: readonly Family[] = [
  fresh('b9-r1-rome-sunday-night', 'it', '2027-03-21T23:40:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buonasera scusi l ora, domani mattina alle 8 e mezza ricordami di aprire prima il negozio perché arriva il corriere',
      reminder(c.at(c.day(1), 8, 30)),
    ],
    ['it', 'ricordami tra 20 minuti di spegnere le luci della vetrina', reminder(c.inMinutes(20))],
    ['it', 'mi segni in agenda la fiera di Verona mercoledì 24?', booking(c.iso(d(2027, 3, 24)))],
    [
      'it',
      'ogni lunedì alle 7 e mezza di mattina ricordami di fare l inventario',
      recurring(c.at(c.day(1), 7, 30), 'FREQ=WEEKLY;BYDAY=MO'),
    ],
    ['it', 'annulla la richiesta 4471 grazie', only('cancel', { ref: 4471 })],
    [
      'it',
      'sono dal commercialista fino alle 11, sentiamoci dopo',
      only('status', { availability: 'busy', until: c.next(11) }),
    ],
    ['it', 'novità sul rimborso della pratica n. 3390?', only('ticket_status', { ref: 3390 })],
    [
      'it',
      'che appuntamenti ho mercoledì pomeriggio?',
      only('agenda', { from: c.iso(c.weekday(WED)), to: c.iso(c.weekday(WED)) }),
    ],
    [
      'it',
      'trovami mezz ora libera martedì mattina x chiamare il fornitore',
      only('free_slots', { durationMin: 30, from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(TUE)) }),
    ],
    [
      'it',
      'allora niente mi ricordi giovedì alle quattro di passare in banca a firmare quella cosa del mutuo grazie ciao',
      reminder(c.at(c.weekday(THU), 16)),
    ],
    [
      'it',
      'sposta l appuntamento della signora Bianchi da martedì a venerdì alle 10 e un quarto',
      reschedule(c.at(c.weekday(FRI), 10, 15)),
    ],
    ['it', "metti in agenda un'igiene x il dott. Ferri giovedì 25 alle 9", booking(c.at(d(2027, 3, 25), 9))],
    ['it', 'ricordami domenica prossima alle 10 di chiamare la nonna', reminder(c.at(c.weekday(SUN), 10))],
    [
      'it',
      'prenotami un tavolo x 8 sabato sera da Pino, è il compleanno di mia moglie',
      booking(c.iso(c.weekday(SAT)), { partySize: 8 }),
    ],
    [
      'it',
      'entro fine mese mi serve il bilancino del negozio, puoi chiederlo al commercialista?',
      task(c.iso(d(2027, 3, 31))),
    ],
    ['it', 'il primo del mese prossimo ricordami di pagare l affitto del negozio', reminder(c.at(d(2027, 4, 1), 9))],
    ['it', 'quante ore mi rimangono nel pacchetto?', only('balance')],
    ['it', 'ciao! sn libera da adesso', only('status', { availability: 'available' })],
    [
      'it',
      'ricordami tutti i venerdì alle 18 di chiudere la cassa e fare il versamento',
      recurring(c.at(c.weekday(FRI), 18), 'FREQ=WEEKLY;BYDAY=FR'),
    ],
    ['it', "ricordami fra 3 settimane di rinnovare l'assicurazione del furgone", reminder(c.at(c.day(21), 23, 40))],
  ]),
  fresh('b9-r1-toronto-nye', 'en', '2027-12-31T15:20:00-05:00', 'America/Toronto', (c) => [
    [
      'en',
      'hi, happy new year in advance! pls remind me on monday at 9 to send the rent reminders to all tenants',
      reminder(c.at(c.weekday(MON), 9)),
    ],
    ['en', 'remind me at midnight to call my parents in Italy', reminder(c.at(c.day(1), 0))],
    ['en', 'can you find a plumber for unit 4B by tuesday', task(c.iso(c.weekday(TUE)))],
    [
      'en',
      'whats on my calendar next week',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    ['en', 'move request 5520 to thursday at 2pm', { ...reschedule(c.at(c.weekday(THU), 14)), slots: { ref: 5520 } }],
    ['en', 'cancel my 10am viewing on monday', only('cancel')],
    [
      'en',
      'remind me every 1st of the month to collect rent',
      recurring(c.at(d(2028, 1, 1), 9), 'FREQ=MONTHLY;BYMONTHDAY=1'),
    ],
    [
      'en',
      'schedule a viewing of the flat on Elm st with Mr Chen on Jan 5 at 4:30',
      booking(c.at(d(2028, 1, 5), 16, 30)),
    ],
    ['en', 'please you can remind me tomorrow in the morning for call the insurance', reminder(c.at(c.day(1), 9))],
    [
      'en',
      'I am in a meeting until 4, after I am free',
      only('status', { availability: 'busy', until: c.at(c.today, 16) }),
    ],
    [
      'en',
      'any free hour on wednesday afternoon?',
      only('free_slots', { durationMin: 60, from: c.iso(c.weekday(WED)), to: c.iso(c.weekday(WED)) }),
    ],
    ['en', "what's the status of ticket 7781", only('ticket_status', { ref: 7781 })],
    ['en', 'remind me in 45 min to leave for the party', reminder(c.inMinutes(45))],
    ['en', 'dinner reservation for 4 at Canoe tomorrow 7:30pm', booking(c.at(c.day(1), 19, 30), { partySize: 4 })],
    ['en', 'need the Q4 report translated in french by the 14th', task(c.iso(d(2028, 1, 14)))],
    ['en', 'remind me jan 15th to file the HST return', reminder(c.at(d(2028, 1, 15), 9))],
    ['en', 'how many hours have i used in december', only('balance')],
    ['en', 'push my call with the bank from 11 to 1 on monday', reschedule(c.at(c.weekday(MON), 13))],
    ['en', 'set a reminder for 20 mins before my 6pm dinner to get a cab', reminder(c.at(c.today, 17, 40))],
    [
      'en',
      'remind me every weekday at 8:15 to check the maintenance inbox',
      recurring(c.at(c.weekday(MON), 8, 15), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
  ]),
];
