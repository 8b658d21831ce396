import type { Calendar, Expected, Family } from './calendar.js';
import { FRI, MON, only, SAT, SUN, THU } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Request numbers said first and bookings the office makes within a window, written and labelled in
 * code before the rules ran on them (play-test of December 2026). A number opening the message
 * ("rif 6620, a che punto siamo") is a `ticket_status` for that `ref`; a booking the office
 * arranges "la settimana prossima in tarda mattinata" carries the days it may fall on (`from`,
 * `to`) and, with a part of the day and no clock, the hours (`timeFrom`, `timeTo`), all scored by the
 * eval; src/understanding/refs-and-windows.test.ts checks them too. Moves and cancels by number keep their `ref`.
 */
const status = (ref: number): Expected => only('ticket_status', { ref });
/** the hours a part of the day leaves the office, when no clock is said */
const LATE_MORNING = ['11:00', '13:00'] as const;
const MORNING = ['09:00', '13:00'] as const;
const AFTERNOON = ['13:00', '18:00'] as const;
const office = (from: string, to: string, hours?: readonly [string, string]): Expected => ({
  intent: 'booking',
  slots: { from, to, viaOffice: true, ...(hours && { timeFrom: hours[0], timeTo: hours[1] }) },
});
const nextWeek = (c: Calendar) => [c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6))] as const;
const day = (c: Calendar, weekday: number) => [c.iso(c.weekday(weekday)), c.iso(c.weekday(weekday))] as const;

export const refsAndWindows: readonly Family[] = [
  // Monday 7 December 2026, 10:00 in Rome: next week is 14-20 December
  fresh('refs-windows-rome-monday', 'it', '2026-12-07T10:00:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'rif 4410 a che punto siamo', status(4410)],
    ['it', 'rif. 3127, novità?', status(3127)],
    ['it', 'pratica 2250 come procede', status(2250)],
    ['it', 'richiesta 781: a che punto è?', status(781)],
    ['it', 'rif 5093 ci sono aggiornamenti', status(5093)],
    [
      'it',
      'sposta la rif 4410 a giovedì alle 9',
      { ...only('reschedule', { ref: 4410 }), when: c.at(c.weekday(THU), 9) },
    ],
    ['it', 'rif 3127 annullala pure', only('cancel', { ref: 3127 })],
    ['it', "prenotami l'oculista la settimana prossima in tarda mattinata", office(...nextWeek(c), LATE_MORNING)],
    ['it', 'fissami il parrucchiere settimana prossima nel pomeriggio', office(...nextWeek(c), AFTERNOON)],
    ['it', 'mi prenoti il fisioterapista venerdì in mattinata?', office(...day(c, FRI), MORNING)],
    [
      'it',
      'prenota un tavolo da Gigi questo weekend, siamo in 3',
      office(c.iso(c.weekday(SAT)), c.iso(c.weekday(SUN))),
    ],
  ]),
  // Thursday 10 December 2026, 09:30 in London: next week is 14-20 December
  fresh('refs-windows-london-thursday', 'en', '2026-12-10T09:30:00+00:00', 'Europe/London', (c) => [
    ['en', 'ref 4410, hows it going', status(4410)],
    ['en', 'ref 3127 any news', status(3127)],
    ['en', 'request 2250, how is it going?', status(2250)],
    ['en', "ticket 781 - how's it coming along", status(781)],
    ['en', 'ref. 5093: where are we?', status(5093)],
    ['en', 'move ref 4410 to monday at 9', { ...only('reschedule', { ref: 4410 }), when: c.at(c.weekday(MON), 9) }],
    ['en', 'book me an eye doctor next week late morning', office(...nextWeek(c), LATE_MORNING)],
    ['en', 'can you book the hairdresser next week in the afternoon', office(...nextWeek(c), AFTERNOON)],
    ['en', 'book a physio for friday morning please', office(...day(c, FRI), MORNING)],
  ]),
];
