import { booking, FRI, MON, only, recurring, reminder, reschedule, SUN, THU, WED } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 20 (Italian), round 4: emoji, hashtags, several exclamation or question marks, ALL CAPS. A
 * client in Rome early on San Valentino (a Monday), an Italian in New York the Tuesday before the clocks go
 * back. Written and labelled in code before the rules ran on them; `viaOffice` and free texts are checked by
 * src/understanding/fresh-batch-20-it.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const busy = (until: string) => only('status', { availability: 'busy', until });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });

export const fresh20ItRound4: readonly Family[] = [
  // Monday 14 February 2028, 07:50 in Rome
  fresh('b20-r4-rome-emoji-caps', 'it', '2028-02-14T07:50:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'URGENTE!!! RICORDAMI ALLE 10 DI CHIAMARE LA BANCA', reminder(c.at(c.today, 10))],
    [
      'it',
      '🍕 prenota da Sorbillo stasera x 2 alle 21 ❤️ #sanvalentino',
      office(booking(c.at(c.today, 21), { partySize: 2 })),
    ],
    ['it', '💇‍♀️ domani alle 17 ho la piega, segnalo in agenda 🙏', booking(c.at(c.day(1), 17))],
    ['it', 'NON DISTURBATEMI FINO ALLE 12!!!', only('status', { availability: 'dnd', until: c.at(c.today, 12) })],
    [
      'it',
      'ricordami giovedì alle 9 #fattura #cliente di mandare la fattura a Verdi 📧',
      reminder(c.at(c.weekday(THU), 9)),
    ],
    [
      'it',
      'HO BISOGNO DI UN TAVOLO PER 8 VENERDÌ SERA ALLE 20:30 DA GIGGETTO!!',
      office(booking(c.at(c.weekday(FRI), 20, 30), { partySize: 8 })),
    ],
    ['it', 'a che punto è la #4590??? 😤', only('ticket_status', { ref: 4590 })],
    ['it', 'cancella tutto x domani 🙈 sto male 🤒', only('cancel')],
    [
      'it',
      'ogni venerdì alle 18 ricordami #palestra 💪💪',
      recurring(c.at(c.weekday(FRI), 18), 'FREQ=WEEKLY;BYDAY=FR'),
    ],
    ['it', 'quante ore mi restano?? 🤔', only('balance')],
    ['it', 'SPOSTA LA RIUNIONE DI DOMANI ALLE 15 A MERCOLEDÌ STESSA ORA!!!', reschedule(c.at(c.weekday(WED), 15))],
    ['it', 'grazie mille!!! 😍😍😍 siete i migliori', only('other')],
    ['it', 'tra 10 min ricordami di prendere la pillola 💊‼️', reminder(c.inMinutes(10))],
    ['it', '#promemoria mercoledì 16 alle 8:30 colloquio con la maestra 🏫', reminder(c.at(d(2028, 2, 16), 8, 30))],
    ['it', 'CHE HO IN AGENDA QUESTA SETTIMANA???', only('agenda', { from: c.iso(c.today), to: c.iso(c.weekday(SUN)) })],
  ]),
  // Tuesday 2 November 2027, 13:00 in New York: the clocks go back on Sunday
  fresh('b20-r4-new-york-emoji', 'it', '2027-11-02T13:00:00-04:00', 'America/New_York', (c) => [
    [
      'it',
      'ciao!! 🇺🇸 domenica alle 10 ricordami di chiamare la mamma in Italia ☎️',
      reminder(c.at(c.weekday(SUN), 10)),
    ],
    [
      'it',
      'Thanksgiving siamo da amici, ricordami mercoledì 24 di comprare il vino 🍷🦃',
      reminder(c.at(d(2027, 11, 24), 9)),
    ],
    ['it', 'prenotami un taxi per il JFK venerdì alle 6 di mattina!!! ✈️', office(booking(c.at(c.weekday(FRI), 6)))],
    ['it', 'sono in metro fino alle 2 🚇 non rispondo', busy(c.at(c.today, 14))],
    [
      'it',
      'entro giovedì mi serve la traduzione del contratto in inglese 🙏🙏',
      { intent: 'task', due: c.iso(c.weekday(THU)) },
    ],
    [
      'it',
      "mi trovi un'ora libera domani pomeriggio? 🤞",
      only('free_slots', day(c.iso(c.day(1)), { durationMin: 60 })),
    ],
    ['it', 'STASERA ALLE 8 CENA CON I CLIENTI 🍝', booking(c.at(c.today, 20))],
    ['it', 'ricordami tra 2 ore di rispondere a Marco!!!!!', reminder(c.inMinutes(120))],
    ['it', 'lunedì 8 alle 9:30 ho la call con Milano (ore 15:30 da voi 😅)', booking(c.at(c.weekday(MON), 9, 30))],
    ['it', '😴 fino alle 9 di domani mattina non ci sono', only('status', { until: c.at(c.day(1), 9) })],
  ]),
];
