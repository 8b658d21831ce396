import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { beforeEvent, busy, d, days, nextWeek, office, several, until } from './fresh-19-round1.js';

/**
 * Fresh batch 19, round 2: Slack and web-chat messages on the Thursday before Easter 2027 in Rome, late in the
 * afternoon (Easter Sunday 28 March is also the night the clocks go forward): a clothes shop owner, an architect,
 * an English-speaking event planner. Written and labelled in code before the rules ran on them.
 */
export const fresh19Round2: readonly Family[] = [
  // Thursday 25 March 2027, 16:40 in Rome
  fresh('b19-r2-rome-shop-architect', 'it', '2027-03-25T16:40:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'Ciao! Mi ha scritto il corriere: "il pacco con la nuova collezione arriva lunedì tra le 9 e le 12". Lunedì però è Pasquetta, mi ricordi domani alle 10 di chiamarli?',
      reminder(c.at(c.day(1), 10)),
    ],
    [
      'it',
      'che appuntamenti ho martedì?',
      only('agenda', days(c.iso(c.weekday(TUE)), undefined, { items: 'bookings' })),
    ],
    [
      'it',
      'Sono in negozio da sola fino alla chiusura, alle 19:30. Scrivetemi solo se è urgente',
      busy(c.at(c.today, 19, 30)),
    ],
    [
      'it',
      ...several(
        'Cose per domani:\n- chiamare il fornitore di bottoni entro le 12\n- ricordami alle 15 di fare le vetrine\n- prenotami il commercialista per la settimana prossima',
      ),
    ],
    [
      'it',
      'ricordami ogni sabato alle 9 di aprire la cassa in anticipo, fino a fine aprile',
      said(
        recurring(c.at(c.weekday(SAT), 9), `FREQ=WEEKLY;BYDAY=SA;${until(d(2027, 4, 30))}`),
        'aprire la cassa in anticipo',
      ),
    ],
    [
      'it',
      "L'architetto Galli vuole spostare il sopralluogo da martedì a mercoledì alle 15",
      reschedule(c.at(c.weekday(WED), 15)),
    ],
    [
      'it',
      "mercoledì alle 11 ho la riunione con il condominio, ricordamelo mezz'ora prima",
      beforeEvent(c.at(c.weekday(WED), 10, 30), c.at(c.weekday(WED), 11)),
    ],
    ['it', 'Mi servono le foto dei capi nuovi pubblicate su Instagram entro martedì', task(c.iso(c.weekday(TUE)))],
    ['it', "annulla pure l'appuntamento col rappresentante di domani alle 11", only('cancel')],
    [
      'it',
      'ho qualche ora libera mercoledì tra le 14 e le 18?',
      only('free_slots', days(c.iso(c.weekday(WED)), undefined, { timeFrom: '14:00', timeTo: '18:00' })),
    ],
    ['it', 'tra 20 minuti ricordami di chiudere la cassa', said(reminder(c.inMinutes(20)), 'chiudere la cassa')],
    ['it', "com'è messa la pratica 3307?", only('ticket_status', { ref: 3307 })],
    [
      'it',
      "il 5 di ogni mese ricordami di pagare l'affitto del negozio",
      recurring(c.at(d(2027, 4, 5), 9), 'FREQ=MONTHLY;BYMONTHDAY=5'),
    ],
    [
      'it',
      'Prenotateci un tavolo per 4 a Pasquetta a pranzo, in un agriturismo fuori Roma',
      office(booking(c.at(c.weekday(MON), 13), { partySize: 4 })),
    ],
    ['it', 'fissami una call con lo studio Ferri venerdì prossimo alle 10', booking(c.at(c.weekday(FRI), 10))],
    ['it', 'sono in cantiere per il sopralluogo fino alle 18, poi sono raggiungibile', busy(c.at(c.today, 18))],
    ['it', "posticipa di un'ora la riunione con il geometra", only('reschedule')],
    [
      'it',
      'entro fine mese devo consegnare i disegni esecutivi al Comune, ricordamelo qualche giorno prima',
      { ...reminder(c.at(d(2027, 3, 29), 9)), due: '2027-03-31' },
    ],
    [
      'it',
      'ogni due settimane il venerdì alle 14 ricordami di mandare il report ai clienti',
      recurring(c.at(c.weekday(FRI), 14), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'),
    ],
    ['it', 'quante ore mi restano questo mese?', only('balance')],
    [
      'it',
      'Mi ha scritto il cliente: "possiamo vederci in studio giovedì prossimo alle 17?" Segnamelo in agenda per favore',
      booking(c.at(c.weekday(THU), 17)),
    ],
    [
      'it',
      'ricordami dopodomani alle 10 di fare gli auguri di Pasqua ai clienti',
      said(reminder(c.at(c.day(2), 10)), 'fare gli auguri di Pasqua ai clienti'),
    ],
    ['it', 'cosa ho questa settimana?', only('agenda', days(c.iso(c.today), c.iso(c.day(3))))],
    ['it', ...several('annulla il promemoria del bonifico e spostami la call con Milano a martedì alle 9')],
    [
      'it',
      'per stasera alle 20:30 ci serve un tavolo da 6 da Felice a Testaccio',
      office(booking(c.at(c.today, 20, 30), { partySize: 6 })),
    ],
  ]),
  fresh('b19-r2-rome-event-planner', 'en', '2027-03-25T16:40:00+01:00', 'Europe/Rome', (c) => [
    [
      'en',
      ...several(
        'Hi team - quick list for today: 1) remind me at 6pm to confirm the florist 2) book a taxi for 7:15pm to the venue. Thanks!',
      ),
    ],
    ['en', 'what do I have next week?', only('agenda', days(...nextWeek(c)))],
    [
      'en',
      'the caterer just wrote: "we need final numbers by Monday". Can you remind me on Saturday morning to count the RSVPs?',
      said(reminder(c.at(c.weekday(SAT), 9)), 'count the RSVPs'),
    ],
    [
      'en',
      'remind me every Wednesday at 8am until the end of May to check the venue invoices',
      said(
        recurring(c.at(c.weekday(WED), 8), `FREQ=WEEKLY;BYDAY=WE;${until(d(2027, 5, 31))}`),
        'check the venue invoices',
      ),
    ],
    ['en', 'any update on request 2290?', only('ticket_status', { ref: 2290 })],
  ]),
];
