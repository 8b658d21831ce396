import { booking, MON, only, recurring, reminder, reschedule, SAT, THU, titled, TUE, WED } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 15, round 1: intents and slots in whole client messages, written and labelled in code
 * before running the rules. Status, free slots, ticket status, agenda, cancel and move with a request
 * number, party size, bookings the office makes, questions about reminders, a reminder with no "what"
 * (asked back), recurrence words not understood (asked back, never a one-off) and small talk that is
 * no request. A Roman Monday morning before the clocks change, an Italian in New York on a Thursday
 * night, a London Friday evening the week before the clocks go back, a Los Angeles Sunday morning.
 * `slots.asks` names what the bot must ask back; `viaOffice` and free texts are checked by
 * src/understanding/fresh-batch-15.test.ts (the eval does not score them).
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const asks = (expected: Expected, slot: 'text' | 'when'): Expected => ({
  ...expected,
  slots: { ...expected.slots, asks: slot },
});
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const busy = (until: string) => only('status', { availability: 'busy', until });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });

export const fresh15Round1: readonly Family[] = [
  fresh('b15-r1-rome-monday-morning', 'it', '2027-03-15T08:10:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'buongiorno! oggi sono fuori ufficio tutto il giorno, rientro domani', busy(c.at(c.day(1), 9))],
    ['it', 'sono in riunione fino alle 11 e mezza, nn passatemi telefonate', busy(c.at(c.today, 11, 30))],
    [
      'it',
      'trovami 2 ore libere giovedì pomeriggio x sistemare i conti',
      only('free_slots', day(c.iso(c.weekday(THU)), { durationMin: 120 })),
    ],
    ['it', 'a che punto siamo con la pratica 2087?', only('ticket_status', { ref: 2087 })],
    ['it', 'la traduzione del bilancio in inglese è pronta?', only('ticket_status')],
    ['it', 'cosa ho in programma mercoledì?', only('agenda', day(c.iso(c.weekday(WED))))],
    ['it', 'annulla il n. 2044 x favore', only('cancel', { ref: 2044 })],
    ['it', 'sposta la call col fornitore a giovedì alle 16', reschedule(c.at(c.weekday(THU), 16))],
    [
      'it',
      'prenotami un tavolo da Zio Pino x venerdì sera alle 8, siamo in 5',
      office(booking(c.at(d(2027, 3, 19), 20), { partySize: 5 })),
    ],
    ['it', 'me lo ricordi giovedì?', asks(reminder(c.at(c.weekday(THU), 9)), 'text')],
    ['it', 'ho già messo un promemoria x il bollo della macchina?', only('agenda', { items: 'reminders' })],
    ['it', 'grazie mille, ci sentiamo mercoledì!', only('other')],
    ['it', 'ricordami ogni tot di annaffiare le piante', asks(only('reminder'), 'when')],
    ['it', 'fissami il dentista x martedì prossimo alle 9 e un quarto', office(booking(c.at(c.weekday(TUE), 9, 15)))],
    [
      'it',
      'segna in agenda la riunione di condominio giovedì 25 alle 21',
      titled(booking(c.at(d(2027, 3, 25), 21)), 'riunione di condominio'),
    ],
  ]),
  fresh('b15-r1-italian-in-new-york', 'it', '2027-06-17T21:30:00-04:00', 'America/New_York', (c) => [
    ['it', 'ciao, domani sono in volo fino alle 3 del pomeriggio, nn chiamatemi', busy(c.at(c.day(1), 15))],
    ['it', 'ok ora sono di nuovo disponibile', only('status', { availability: 'available' })],
    [
      'it',
      'ce l ho un buco di mezz ora lunedì mattina?',
      only('free_slots', day(c.iso(c.weekday(MON)), { durationMin: 30 })),
    ],
    ['it', 'novità sul ticket 3310?', only('ticket_status', { ref: 3310 })],
    ['it', 'avete trovato l idraulico x la casa al mare?', only('ticket_status')],
    ['it', 'elenco degli appuntamenti di sabato x favore', only('agenda', day(c.iso(c.weekday(SAT))))],
    ['it', 'cancella la #3301', only('cancel', { ref: 3301 })],
    ['it', 'posticipa di mezz ora la cena con i Bianchi', only('reschedule')],
    ['it', 'puoi prenotare x me dal parrucchiere sabato alle 10?', office(booking(c.at(c.weekday(SAT), 10)))],
    ['it', 'ricordami dopodomani alle 7 di sera', asks(reminder(c.at(c.day(2), 19)), 'text')],
    ['it', 'ho dei promemoria x domani?', only('agenda', day(c.iso(c.day(1)), { items: 'reminders' }))],
    ['it', 'sì va bene, alle 6 allora', only('other')],
    [
      'it',
      'ricordami ogni 2 lunedì di pagare la babysitter',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
    ],
    [
      'it',
      'mettimi in agenda pranzo con Giulia martedì all una',
      titled(booking(c.at(c.weekday(TUE), 13)), 'pranzo con Giulia'),
    ],
    ['it', 'buonanotte e grazie di tutto!', only('other')],
  ]),
  fresh('b15-r1-london-friday-evening', 'en', '2027-10-22T17:45:00+01:00', 'Europe/London', (c) => [
    ['en', 'out of office until tuesday, back on emails then', busy(c.at(c.weekday(TUE), 9))],
    ['en', 'busy till 7, only call if urgent', busy(c.at(c.today, 19))],
    [
      'en',
      'can you find me 2 free hours next week for the board pack?',
      only('free_slots', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)), durationMin: 120 }),
    ],
    ['en', 'is my translation of the lease ready yet?', only('ticket_status')],
    ['en', 'any news on ticket 5521?', only('ticket_status', { ref: 5521 })],
    ['en', 'what do I have on monday', only('agenda', day(c.iso(c.weekday(MON))))],
    ['en', 'pls cancel no. 5519', only('cancel', { ref: 5519 })],
    ['en', 'move my call with Priya to wednesday 11am', reschedule(c.at(c.weekday(WED), 11))],
    ['en', 'book us a table at Dishoom tomorrow 8pm, 4 of us', office(booking(c.at(c.day(1), 20), { partySize: 4 }))],
    ['en', 'remind me about it on monday', asks(reminder(c.at(c.weekday(MON), 9)), 'text')],
    ['en', 'did I set any reminders for the dentist?', only('agenda', { items: 'reminders' })],
    ['en', 'cheers, speak monday!', only('other')],
    ['en', 'remind me every so often to back up the laptop', asks(only('reminder'), 'when')],
    ['en', "get me a haircut booked at Ted's for thursday at 1", office(booking(c.at(c.weekday(THU), 13)))],
    [
      'en',
      'put the quarterly review on my calendar, nov 3 at 2:30',
      titled(booking(c.at(d(2027, 11, 3), 14, 30)), 'quarterly review'),
    ],
  ]),
  fresh('b15-r1-los-angeles-sunday', 'en', '2027-08-08T10:20:00-07:00', 'America/Los_Angeles', (c) => [
    ['en', 'im at the beach til 4, back at my desk after', busy(c.at(c.today, 16))],
    ['en', 'dnd until tomorrow morning pls', only('status', { availability: 'dnd', until: c.at(c.day(1), 9) })],
    [
      'en',
      'find me an hour free tuesday afternoon',
      only('free_slots', day(c.iso(c.weekday(TUE)), { durationMin: 60 })),
    ],
    ['en', 'hows request #7740 coming along?', only('ticket_status', { ref: 7740 })],
    ['en', 'did u book the flights to Denver yet?', only('ticket_status')],
    ['en', 'whats on my plate this week', only('agenda', day(c.iso(c.today)))],
    ['en', 'scrap ticket 7731 please', only('cancel', { ref: 7731 })],
    ['en', 'push the dentist to friday same time', only('reschedule')],
    [
      'en',
      'reserve a table for six at Bestia on saturday at 7:30',
      office(booking(c.at(c.weekday(SAT), 19, 30), { partySize: 6 })),
    ],
    ['en', 'remind me the day after tomorrow', asks(reminder(c.at(c.day(2), 9)), 'text')],
    ['en', 'do i have reminders set for monday?', only('agenda', day(c.iso(c.weekday(MON)), { items: 'reminders' }))],
    ['en', 'ok sounds good, talk tomorrow', only('other')],
    ['en', 'yes thats fine at 5', only('other')],
    [
      'en',
      'remind me every weekday at 8 to log my hours',
      { ...recurring(c.at(c.weekday(MON), 8), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'), slots: { text: 'log my hours' } },
    ],
    ['en', 'lunch with Marco and his wife thursday at 12:30, add it please', booking(c.at(c.weekday(THU), 12, 30))],
  ]),
];
