import type { Expected, Family } from './calendar.js';
import { booking, FRI, MON, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { office, windowed } from './fresh-19-round1.js';

/** a booking the office makes with a professional, when or where not yet said: its words only */
const withPro = (title: string, withWhom: string): Expected => ({
  intent: 'booking',
  slots: { viaOffice: true, title, with: withWhom },
});

/**
 * Appointments the client asks the office to make with a professional named after "con"/"with" ("fissami un
 * appuntamento con il geometra", "book me a call with Dr Lee between monday and wednesday"): the office books
 * them with that person (`viaOffice`), and two days said as "tra … e …" / "between … and …" are the window the
 * office looks in (the booking window convention: `from`/`to`, no clock time). A meeting with a colleague named
 * only by name stays the client's own. Written and labelled in code before the rules ran on them; checked by
 * src/understanding/office-appointments.test.ts.
 */
export const officeAppointments: readonly Family[] = [
  // Monday 11 January 2027, 09:30 in Rome
  fresh('office-appointments-it', 'it', '2027-01-11T09:30:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'fissami un appuntamento con il geometra', withPro('appuntamento con il geometra', 'geometra')],
    ['it', "mi fissi un appuntamento con l'architetto per giovedì?", office(booking(c.iso(c.weekday(THU))))],
    [
      'it',
      "prenotami una consulenza con l'ingegnere Ferri tra martedì e giovedì",
      windowed(c.iso(c.weekday(TUE)), c.iso(c.weekday(THU))),
    ],
    [
      'it',
      'fissatemi un incontro col dott. Neri tra lunedì e mercoledì',
      // said on a Monday: from next Monday to the Wednesday after it
      windowed(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 2))),
    ],
    [
      'it',
      "fissami un appuntamento con l'idraulico tra giovedì e venerdì, grazie",
      windowed(c.iso(c.weekday(THU)), c.iso(c.weekday(FRI))),
    ],
    [
      'it',
      'prendimi un appuntamento con il commercialista',
      withPro('appuntamento con il commercialista', 'commercialista'),
    ],
    ['it', 'fissa una riunione con Rossi domani alle 10', booking(c.at(c.day(1), 10))],
  ]),
  // Friday 15 January 2027, 10:00 in London
  fresh('office-appointments-en', 'en', '2027-01-15T10:00:00+00:00', 'Europe/London', (c) => [
    [
      'en',
      'book me a call with Dr Lee between monday and wednesday',
      windowed(c.iso(c.weekday(MON)), c.iso(c.weekday(WED))),
    ],
    [
      'en',
      'please book me a consultation with the architect between tuesday and thursday',
      windowed(c.iso(c.weekday(TUE)), c.iso(c.weekday(THU))),
    ],
    ['en', 'book an appointment with the plumber for monday', office(booking(c.iso(c.weekday(MON))))],
    ['en', 'can you book me an appointment with the surveyor', withPro('appointment with the surveyor', 'surveyor')],
    [
      'en',
      'book a video call with Dr. Patel between wednesday and friday pls',
      windowed(c.iso(c.weekday(WED)), c.iso(c.weekday(FRI))),
    ],
    ['en', 'book a meeting with Tom on monday at 10', booking(c.at(c.weekday(MON), 10))],
  ]),
];
