import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, said, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { beforeEvent, busy, d, days, MORNING, nextWeek, office, several, until, windowed } from './fresh-19-round1.js';

/**
 * Fresh batch 19, round 3: London on a Monday lunchtime in June. An IT consultant, an architect and an event planner
 * writing English on Slack, an Italian restaurant owner in London writing Italian on the web chat. Written and
 * labelled in code before the rules ran on them.
 */
export const fresh19Round3: readonly Family[] = [
  // Monday 7 June 2027, 13:05 in London
  fresh('b19-r3-london-consultants', 'en', '2027-06-07T13:05:00+01:00', 'Europe/London', (c) => [
    [
      'en',
      'Hi, quick one - am I free on Thursday afternoon for a 2-hour workshop?',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { dayPart: 'afternoon', durationMin: 120 })),
    ],
    [
      'en',
      'The landlord forwarded this: "boiler service on Wednesday between 8 and 10am". Please put it in my calendar for Wednesday at 8am',
      booking(c.at(c.weekday(WED), 8)),
    ],
    [
      'en',
      ...several(
        'Could you:\n- renew the SSL certificates by Friday\n- remind me tomorrow at 9 to call the client about the migration',
      ),
    ],
    [
      'en',
      'remind me half an hour before my 4pm call with Dave to prep the slides',
      beforeEvent(c.at(c.today, 15, 30), c.at(c.today, 16)),
    ],
    // labelled dnd first; corrected after the first run to busy, as batch 12 labels "…, please don't disturb"
    ['en', 'working on the server migration until 5, dnd pls', busy(c.at(c.today, 17))],
    ['en', "cancel tomorrow's standup, half the team is off", only('cancel')],
    // labelled 15:00 first; corrected before any fix to the date, as batch 12 labels "… to wednesday same time"
    ['en', 'can you move my 3pm on Wednesday to Thursday same time?', reschedule(c.iso(c.weekday(THU)))],
    [
      'en',
      'remind me every monday at 9:30 until the end of july to send the weekly status report',
      said(
        recurring(c.at(c.weekday(MON), 9, 30), `FREQ=WEEKLY;BYDAY=MO;${until(d(2027, 7, 31))}`),
        'send the weekly status report',
      ),
    ],
    ['en', 'whats on my calendar tomorrow?', only('agenda', days(c.iso(c.day(1))))],
    [
      'en',
      'book a table for 10 at Dishoom Shoreditch on Friday evening, any time after 7',
      office(booking(c.at(c.weekday(FRI), 19), { partySize: 10 })),
    ],
    [
      'en',
      'the deck for the Brighton venue needs to be done by end of week - can someone on your side put it together?',
      task(c.iso(c.weekday(FRI))),
    ],
    ['en', 'hows the visa letter request going?', only('ticket_status')],
    ['en', 'on site at the Camden project all afternoon, back online around 6', busy(c.at(c.today, 18))],
    [
      'en',
      'remind me on the 1st of every month to invoice the retainer clients',
      recurring(c.at(d(2027, 7, 1), 9), 'FREQ=MONTHLY;BYMONTHDAY=1'),
    ],
    [
      'en',
      'please find me an hour next week for a call with the structural engineer',
      only('free_slots', days(...nextWeek(c), { durationMin: 60 })),
    ],
  ]),
  fresh('b19-r3-london-italian-restaurant', 'it', '2027-06-07T13:05:00+01:00', 'Europe/London', (c) => [
    [
      'it',
      'Ciao, mi ha scritto il fornitore di mozzarella: "consegna spostata a mercoledì mattina". Ricordami martedì sera di avvisare la cucina',
      said(reminder(c.at(c.weekday(TUE), 19)), 'avvisare la cucina'),
    ],
    ['it', 'cosa ho in agenda questa settimana?', only('agenda', days(c.iso(c.today), c.iso(c.day(6))))],
    ['it', 'sono al cash and carry fino alle 3, poi torno al ristorante', busy(c.at(c.today, 15))],
    [
      'it',
      "ogni venerdì alle 11 ricordami di fare l'ordine del vino, fino a fine agosto",
      recurring(c.at(c.weekday(FRI), 11), `FREQ=WEEKLY;BYDAY=FR;${until(d(2027, 8, 31))}`),
    ],
    [
      'it',
      'sposta il colloquio con il nuovo cameriere da domani a giovedì alle 4',
      reschedule(c.at(c.weekday(THU), 16)),
    ],
    ['it', 'prenotatemi il commercialista la settimana prossima in mattinata', windowed(...nextWeek(c), MORNING)],
    ['it', 'la 6610 a che punto è?', only('ticket_status', { ref: 6610 })],
    [
      'it',
      "giovedì alle 10 ho l'ispezione igienica, ricordamelo il giorno prima alle 6 di sera",
      beforeEvent(c.at(c.weekday(WED), 18), c.at(c.weekday(THU), 10)),
    ],
    ['it', 'annulla la cena di sabato con i ragazzi del pub', only('cancel')],
    [
      'it',
      "ho tempo mercoledì dopo pranzo per vedere il nuovo fornitore d'olio?",
      only('free_slots', days(c.iso(c.weekday(WED)))),
    ],
    [
      'it',
      'entro il 20 mi serve il menù estivo tradotto in inglese, lo faccio stampare il 22',
      task(c.iso(d(2027, 6, 20))),
    ],
    [
      'it',
      "tra un'ora ricordami di chiamare il manutentore del forno",
      said(reminder(c.inMinutes(60)), 'chiamare il manutentore del forno'),
    ],
    [
      'it',
      'per domani sera tavolo per 12 da noi alle 8 per la festa di Luca, segnamelo in agenda',
      booking(c.at(c.day(1), 20), { partySize: 12 }),
    ],
    ['it', 'sono libero adesso, passatemi pure le chiamate', only('status', { availability: 'available' })],
    ['it', 'ricordami lunedì prossimo alle 9 di pagare la VAT, scade il 15', reminder(c.at(c.weekday(MON), 9))],
  ]),
];
