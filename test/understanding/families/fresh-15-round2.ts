import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, THU, titled, TUE, WED } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 15, round 2: intents and slots in whole client messages, written after round 1 was fixed
 * and labelled in code before running the rules. A Roman Saturday afternoon, a Roman Friday evening
 * before the clocks change, a Sydney Tuesday morning, a Dublin Wednesday lunchtime. `slots.asks` names
 * what the bot must ask back; `viaOffice` and free texts are checked by src/understanding/fresh-batch-15.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const asks = (expected: Expected, slot: 'text' | 'when'): Expected => ({
  ...expected,
  slots: { ...expected.slots, asks: slot },
});
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const busy = (until: string) => only('status', { availability: 'busy', until });
const days = (from: string, to = from, extra: Expected['slots'] = {}) => ({ from, to, ...extra });

export const fresh15Round2: readonly Family[] = [
  fresh('b15-r2-rome-saturday-afternoon', 'it', '2027-11-27T14:05:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'ciao! lunedì mattina sono dal notaio fino alle 11, nn fissatemi niente', busy(c.at(c.weekday(MON), 11))],
    ['it', 'sono in ferie fino al 6 dicembre, x urgenze scrivete a Laura', busy(c.at(d(2027, 12, 6), 9))],
    ['it', 'eccomi, sono rientrato in studio', only('status', { availability: 'available' })],
    [
      'it',
      'mi serve un ora e mezza libera mercoledì x il sopralluogo, quando posso?',
      only('free_slots', days(c.iso(c.weekday(WED)), undefined, { durationMin: 90 })),
    ],
    ['it', 'quando sono libero martedì pomeriggio?', only('free_slots', days(c.iso(c.weekday(TUE))))],
    ['it', 'la pratica 4410 è stata evasa?', only('ticket_status', { ref: 4410 })],
    ['it', 'avete mandato la pec al comune?', only('ticket_status')],
    ['it', 'mi fai l elenco delle cose che ho lunedì?', only('agenda', days(c.iso(c.weekday(MON))))],
    ['it', 'togli la richiesta n. 4402, l ho risolta io', only('cancel', { ref: 4402 })],
    [
      'it',
      'sposta il ticket 4399 a venerdì prossimo alle 10',
      { ...reschedule(c.at(c.weekday(FRI), 10)), slots: { ref: 4399 } },
    ],
    ['it', 'prenota x noi 3 da Pizzeria Gino stasera alle 9', office(booking(c.at(c.today, 21), { partySize: 3 }))],
    ['it', 'chiama tu la pizzeria e prenota x 4 domani alle 8', office(booking(c.at(c.day(1), 20), { partySize: 4 }))],
    ['it', 'ricordamelo lunedì alle 9', asks(reminder(c.at(c.weekday(MON), 9)), 'text')],
    ['it', 'ricordami periodicamente di controllare l estratto conto', asks(only('reminder'), 'when')],
    ['it', 'ok grazie, buon weekend!', only('other')],
  ]),
  fresh('b15-r2-rome-friday-before-dst', 'it', '2028-03-24T19:20:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'non disturbatemi fino a lunedì', only('status', { availability: 'dnd', until: c.at(c.weekday(MON), 9) })],
    ['it', 'sono in macchina, vi richiamo io tra un ora', busy(c.inMinutes(60))],
    [
      'it',
      'ho un buco domenica mattina di un ora?',
      only('free_slots', days(c.iso(c.weekday(SUN)), undefined, { durationMin: 60 })),
    ],
    ['it', 'a che punto è la mia richiesta del preventivo?', only('ticket_status')],
    ['it', 'aggiornamenti sulla #5120?', only('ticket_status', { ref: 5120 })],
    [
      'it',
      'che impegni ho la settimana prossima?',
      only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6)))),
    ],
    ['it', 'elimina il promemoria delle 8 di domani', only('cancel')],
    ['it', 'anticipa la call con Verona di mezz ora', only('reschedule')],
    ['it', 'segnami cena dai suoceri domenica alle 8', titled(booking(c.at(c.weekday(SUN), 20)), 'cena dai suoceri')],
    ['it', 'prenotatemi il meccanico x martedì mattina', office(booking(c.at(c.weekday(TUE), 9)))],
    [
      'it',
      'ho impostato qualche promemoria x la settimana prossima?',
      only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6)), { items: 'reminders' })),
    ],
    ['it', 'ricordami di chiamare la banca', asks(only('reminder'), 'when')],
    ['it', 'a dopo, grazie!', only('other')],
    [
      'it',
      'ricordami ogni due giorni di dare la medicina al gatto',
      recurring(c.at(c.day(1), 9), 'FREQ=DAILY;INTERVAL=2'),
    ],
    ['it', 'dopodomani alle 10 ricordamelo', asks(reminder(c.at(c.day(2), 10)), 'text')],
  ]),
  fresh('b15-r2-sydney-tuesday-morning', 'en', '2027-04-06T07:50:00+10:00', 'Australia/Sydney', (c) => [
    ['en', 'morning! in back to back meetings till 1, then free', busy(c.at(c.today, 13))],
    ['en', "i'm back, put calls through", only('status', { availability: 'available' })],
    [
      'en',
      'can u find me a 45 min slot thursday morning?',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { durationMin: 45 })),
    ],
    ['en', 'where are we with request 8812?', only('ticket_status', { ref: 8812 })],
    ['en', 'has anyone booked my flights to Perth?', only('ticket_status')],
    ['en', 'what have i got on tomorrow', only('agenda', days(c.iso(c.day(1))))],
    ['en', 'cancel #8807 thanks', only('cancel', { ref: 8807 })],
    ['en', 'reschedule the physio to friday at 4', reschedule(c.at(c.weekday(FRI), 16))],
    [
      'en',
      'need a table for 2 at Quay on saturday night 7:30',
      office(booking(c.at(c.weekday(SAT), 19, 30), { partySize: 2 })),
    ],
    ['en', 'book me in with the dentist next tuesday morning', office(booking(c.at(c.weekday(TUE), 9)))],
    ['en', 'have I got any reminders for the BAS lodgement?', only('agenda', { items: 'reminders' })],
    ['en', 'remind me on thursday', asks(reminder(c.at(c.weekday(THU), 9)), 'text')],
    ['en', 'remind me from time to time to drink water', asks(only('reminder'), 'when')],
    ['en', 'thanks heaps, chat tomorrow', only('other')],
    [
      'en',
      'every second friday at 5 remind me to do payroll',
      recurring(c.at(c.weekday(FRI), 17), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'),
    ],
  ]),
  fresh('b15-r2-dublin-wednesday-lunch', 'en', '2027-01-13T12:30:00+00:00', 'Europe/Dublin', (c) => [
    ['en', 'ooo till monday, anything urgent go to Niamh', busy(c.at(c.weekday(MON), 9))],
    ['en', 'on a call until half 1', busy(c.at(c.today, 13, 30))],
    ['en', 'any free time friday between 2 and 5?', only('free_slots', days(c.iso(c.weekday(FRI))))],
    ['en', 'status of ticket 9031 pls', only('ticket_status', { ref: 9031 })],
    ['en', 'did the courier get sorted?', only('ticket_status')],
    [
      'en',
      'list my appointments for next week',
      only('agenda', days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6)))),
    ],
    ['en', 'call off ticket 9020, no longer needed', only('cancel', { ref: 9020 })],
    ['en', 'can we push my 3pm with Declan to 4?', reschedule(c.at(c.today, 16))],
    [
      'en',
      'book a table for the 5 of us at Chapter One friday 8pm',
      office(booking(c.at(c.weekday(FRI), 20), { partySize: 5 })),
    ],
    ['en', 'add dinner at my sisters saturday 7pm to the calendar', booking(c.at(c.weekday(SAT), 19))],
    [
      'en',
      'what reminders do i have this week?',
      only('agenda', days(c.iso(c.today), c.iso(c.weekday(SUN)), { items: 'reminders' })),
    ],
    ['en', 'remind me tomorrow morning', asks(reminder(c.at(c.day(1), 9)), 'text')],
    ['en', 'remind me every few weeks to check the tyres', asks(only('reminder'), 'when')],
    ['en', 'grand, talk to you friday', only('other')],
    ['en', 'yep 4 is fine', only('other')],
  ]),
];
