import type { Family } from './calendar.js';
import {
  booking,
  FRI,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  said,
  SAT,
  SUN,
  task,
  THU,
  TUE,
  WED,
} from './common.js';
import { fresh } from './fresh-1.js';
import {
  AFTERNOON,
  beforeEvent,
  busy,
  d,
  days,
  EVENING,
  nextWeek,
  several,
  until,
  windowed,
} from './fresh-19-round1.js';

/**
 * Fresh batch 19, round 4: New York on the Friday evening before the clocks go back (Sunday 7 November 2027). An
 * architect and an IT consultant writing English on Slack, an Italian architect and an Italian event planner in
 * New York writing Italian. Written and labelled in code before the rules ran on them. "nn disturbatemi fino a
 * lunedì" ends Monday at 09:00, as "fino a venerdì sono in fiera" did in batch 16.
 */
export const fresh19Round4: readonly Family[] = [
  // Friday 5 November 2027, 17:50 in New York
  fresh('b19-r4-new-york-architect', 'en', '2027-11-05T17:50:00-04:00', 'America/New_York', (c) => [
    [
      'en',
      'am I free monday morning between 9 and 11?',
      only('free_slots', days(c.iso(c.weekday(MON)), undefined, { timeFrom: '09:00', timeTo: '11:00' })),
    ],
    [
      'en',
      'anything on my calendar for the weekend?',
      only('agenda', days(c.iso(c.weekday(SAT)), c.iso(c.weekday(SUN)))),
    ],
    [
      'en',
      'Client forwarded from the building dept: "plans review moved to Tuesday 2pm". Please update the meeting to tuesday at 2pm',
      reschedule(c.at(c.weekday(TUE), 14)),
    ],
    [
      'en',
      'remind me 20 minutes before the 10am site visit on Monday to grab the hard hats',
      beforeEvent(c.at(c.weekday(MON), 9, 40), c.at(c.weekday(MON), 10)),
    ],
    ['en', 'heads down on the permit drawings till 8pm, no calls', busy(c.at(c.today, 20))],
    [
      'en',
      'remind me every tuesday and thursday at 7:30am to go to the gym until thanksgiving',
      said(
        recurring(c.at(c.weekday(TUE), 7, 30), `FREQ=WEEKLY;BYDAY=TU,TH;${until(d(2027, 11, 25))}`),
        'go to the gym',
      ),
    ],
    [
      'en',
      'please book a conference room for 5 people on Wednesday afternoon',
      windowed(c.iso(c.weekday(WED)), c.iso(c.weekday(WED)), AFTERNOON, { partySize: 5 }),
    ],
    ['en', 'need the RFP responses compiled by the end of the month', task('2027-11-30')],
    ['en', 'cancel my dentist appointment on Thursday', only('cancel')],
    ['en', "what's the status of request 8841?", only('ticket_status', { ref: 8841 })],
    [
      'en',
      ...several(
        'two things: cancel the lunch with Priya tomorrow, and remind me monday at 9 to send her the contract',
      ),
    ],
    [
      'en',
      'remind me tomorrow morning to set the clocks back',
      said(reminder(c.at(c.day(1), 9)), 'set the clocks back'),
    ],
    ['en', 'in a client workshop until 7, then free', busy(c.at(c.today, 19))],
    ['en', 'move the call with the contractor to next Friday at 11am', reschedule(c.at(c.weekday(FRI), 11))],
    ['en', 'remind me in 45 minutes to leave for the train', said(reminder(c.inMinutes(45)), 'leave for the train')],
  ]),
  fresh('b19-r4-new-york-italians', 'it', '2027-11-05T17:50:00-04:00', 'America/New_York', (c) => [
    [
      'it',
      'Ciao! Mi ha scritto il cliente di Brooklyn: "possiamo vederci martedì alle 10 in cantiere?". Segnamelo in agenda e ricordamelo lunedì sera',
      beforeEvent(c.at(c.weekday(MON), 19), c.at(c.weekday(TUE), 10)),
    ],
    ['it', 'che impegni ho la prossima settimana?', only('agenda', days(...nextWeek(c)))],
    ['it', 'sono in riunione con il committente fino alle 7 di sera, non passatemi nessuno', busy(c.at(c.today, 19))],
    [
      'it',
      'ogni lunedì alle 8 ricordami di controllare le email del cantiere, fino a Natale',
      recurring(c.at(c.weekday(MON), 8), `FREQ=WEEKLY;BYDAY=MO;${until(d(2027, 12, 25))}`),
    ],
    [
      'it',
      'da fare:\n- tradurre la relazione tecnica in inglese entro mercoledì\n- prenotare il volo per Roma per il 18',
      only('task'),
    ],
    ['it', 'annulla la cena di giovedì con gli ingegneri', only('cancel')],
    [
      'it',
      'sono libero domenica pomeriggio?',
      only('free_slots', days(c.iso(c.weekday(SUN)), undefined, { dayPart: 'afternoon' })),
    ],
    [
      'it',
      'entro venerdì prossimo mi serve una ricerca sui fornitori di vetro a New York',
      task(c.iso(c.weekday(FRI))),
    ],
    ['it', 'ricordami tra 2 ore di chiamare Milano', said(reminder(c.inMinutes(120)), 'chiamare Milano')],
    [
      'it',
      'sposta la call con lo studio di Roma da lunedì a martedì alla stessa ora',
      reschedule(c.iso(c.weekday(TUE))),
    ],
    ['it', "la richiesta 7702 l'avete già fatta?", only('ticket_status', { ref: 7702 })],
    [
      'it',
      'prenotatemi un tavolo per 2 da Carbone sabato sera',
      windowed(c.iso(c.weekday(SAT)), c.iso(c.weekday(SAT)), EVENING, { partySize: 2 }),
    ],
    ['it', 'giovedì 11 alle 13 pranzo con il cliente di Chicago, mettilo in agenda', booking(c.at(c.weekday(THU), 13))],
    [
      'it',
      'ricordami domenica alle 10 di chiamare la mamma in Italia',
      said(reminder(c.at(c.weekday(SUN), 10)), 'chiamare la mamma in Italia'),
    ],
    [
      'it',
      'nn disturbatemi fino a lunedì, sono a un matrimonio a Boston',
      only('status', { availability: 'dnd', until: c.at(c.weekday(MON), 9) }),
    ],
  ]),
];
