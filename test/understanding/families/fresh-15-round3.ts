import type { Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 15, round 3: intents and slots in whole client messages, written after round 2 was fixed
 * and labelled in code before running the rules. A Roman Thursday afternoon in July, a Toronto Monday
 * morning in February. `slots.asks` names what the bot must ask back; `viaOffice` and free texts are
 * checked by src/understanding/fresh-batch-15.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const asks = (expected: Expected, slot: 'text' | 'when'): Expected => ({
  ...expected,
  slots: { ...expected.slots, asks: slot },
});
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const days = (from: string, to = from, extra: Expected['slots'] = {}) => ({ from, to, ...extra });

export const fresh15Round3: readonly Family[] = [
  fresh('b15-r3-rome-thursday-july', 'it', '2027-07-22T16:40:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'sono fuori x un sopralluogo fino alle 18, poi sono raggiungibile',
      only('status', { availability: 'busy', until: c.at(c.today, 18) }),
    ],
    ['it', 'nn disturbare x le prossime 2 ore', only('status', { availability: 'dnd', until: c.inMinutes(120) })],
    [
      'it',
      'ciao Anna, mi trovi un paio d ore libere lunedì mattina?',
      only('free_slots', days(c.iso(c.weekday(MON)), undefined, { durationMin: 120 })),
    ],
    ['it', 'che fine ha fatto la richiesta #6650?', only('ticket_status', { ref: 6650 })],
    ['it', 'il preventivo dell imbianchino è arrivato?', only('ticket_status')],
    ['it', 'cosa c è in agenda domani?', only('agenda', days(c.iso(c.day(1))))],
    ['it', 'annullate la pratica 6641 grazie', only('cancel', { ref: 6641 })],
    ['it', 'sposta il parrucchiere a sabato alle 11 e mezza', reschedule(c.at(c.weekday(SAT), 11, 30))],
    [
      'it',
      'prenotami un tavolo x 2 al Pagliaccio domani sera alle 8 e mezza',
      office(booking(c.at(c.day(1), 20, 30), { partySize: 2 })),
    ],
    ['it', 'segnati che domenica ho il pranzo dalla nonna all una', booking(c.at(c.weekday(SUN), 13))],
    ['it', 'ricordami domani', asks(reminder(c.at(c.day(1), 9)), 'text')],
    [
      'it',
      'ho promemoria attivi x agosto?',
      only('agenda', days(c.iso(d(2027, 8, 1)), c.iso(d(2027, 8, 31)), { items: 'reminders' })),
    ],
    ['it', 'ricordami regolarmente di fare il backup del server', asks(only('reminder'), 'when')],
    ['it', 'perfetto grazie, buona serata', only('other')],
    ['it', 'va bene per le 5', only('other')],
    [
      'it',
      'ricordami ogni lunedì e giovedì alle 8 di portare fuori la differenziata',
      recurring(c.at(c.weekday(MON), 8), 'FREQ=WEEKLY;BYDAY=MO,TH'),
    ],
    ['it', 'mandami un promemoria venerdì alle 10 x la riunione di condominio', reminder(c.at(c.weekday(FRI), 10))],
    ['it', 'devi chiamare il notaio x fissare la firma entro fine mese', task(c.iso(d(2027, 7, 31)))],
    ['it', 'domani alle 3 ho la call con Tokyo, segnatela', booking(c.at(c.day(1), 15))],
    ['it', 'buongiorno, ci sono novità sulla n. 6633?', only('ticket_status', { ref: 6633 })],
  ]),
  fresh('b15-r3-toronto-monday-february', 'en', '2027-02-15T08:05:00-05:00', 'America/Toronto', (c) => [
    ['en', 'heads up, in a workshop until noon', only('status', { availability: 'busy', until: c.at(c.today, 12) })],
    [
      'en',
      'please hold all calls for the next 90 minutes',
      only('status', { availability: 'dnd', until: c.inMinutes(90) }),
    ],
    [
      'en',
      'when am i free wednesday for about 2 hours?',
      only('free_slots', days(c.iso(c.weekday(WED)), undefined, { durationMin: 120 })),
    ],
    ['en', 'any movement on request 4417?', only('ticket_status', { ref: 4417 })],
    ['en', 'did my passport renewal go through?', only('ticket_status')],
    ['en', "what's on the agenda for friday", only('agenda', days(c.iso(c.weekday(FRI))))],
    ['en', 'cancel ticket #4409', only('cancel', { ref: 4409 })],
    ['en', 'move request 4402 to next monday at 9', { ...reschedule(c.at(c.weekday(MON), 9)), slots: { ref: 4402 } }],
    ['en', 'get us a table for 8 at Alo saturday 7pm', office(booking(c.at(c.weekday(SAT), 19), { partySize: 8 }))],
    ['en', "add my kid's recital thursday at 6:30 to the calendar", booking(c.at(c.weekday(THU), 18, 30))],
    ['en', 'remind me', asks(only('reminder'), 'text')],
    ['en', "are there any reminders set for my mom's birthday?", only('agenda', { items: 'reminders' })],
    ['en', 'remind me every now and again to update the budget', asks(only('reminder'), 'when')],
    ['en', 'thanks a bunch, have a good one', only('other')],
    ['en', 'sure, 10 works', only('other')],
    [
      'en',
      'remind me on the last friday of every month to send invoices',
      recurring(c.at(d(2027, 2, 26), 9), 'FREQ=MONTHLY;BYDAY=-1FR'),
    ],
    ['en', 'send me a reminder wednesday at noon about the dentist', reminder(c.at(c.weekday(WED), 12))],
    ['en', 'can someone call the landlord about the heating by tomorrow', task(c.iso(c.day(1)))],
    ['en', 'i have physio tomorrow 4:15, pop it in the calendar', booking(c.at(c.day(1), 16, 15))],
    ['en', 'morning, anything new on no. 4420?', only('ticket_status', { ref: 4420 })],
  ]),
];
