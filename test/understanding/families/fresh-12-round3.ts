import {
  booking,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  said,
  SAT,
  task,
  taskAt,
  THU,
  titled,
  WED,
} from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 12, third round: written and labelled before running the rules (after round 2 was fixed).
 * A Lugano shop (Europe/Zurich) on the Friday evening before 1 May, Mother's Day on 9 May; a Neapolitan
 * client at lunchtime on the last day of June; an Italian in Buenos Aires late on a Tuesday evening.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh12Round3: readonly Family[] = [
  fresh('b12-r3-lugano-before-may-day', 'it', '2027-04-30T17:45:00+02:00', 'Europe/Zurich', (c) => [
    [
      'it',
      'buonasera, x la festa della mamma prenotami da Grotto Morchino x 6 a pranzo',
      booking(c.at(d(2027, 5, 9), 13), { partySize: 6 }),
    ],
    [
      'it',
      'lunedì in mattinata mi fai chiamare dal vostro ufficio? devo capire la fattura dell elettricista',
      taskAt(c.at(c.weekday(MON), 9)),
    ],
    [
      'it',
      'ricordami dmn alle 8 meno un quarto di portare i vuoti',
      said(reminder(c.at(c.day(1), 7, 45)), 'portare i vuoti'),
    ],
    ['it', 'sposta il parrucchiere da martedì a mercoledì stessa ora', reschedule(c.iso(c.weekday(WED)))],
    ['it', 'annulla x favore la richiesta n 3307, ho risolto da solo', only('cancel', { ref: 3307 })],
    [
      'it',
      'ho bisogno di 3 ore libere la prossima settimana x fare l inventario, me le trovi?',
      only('free_slots', {
        durationMin: 180,
        from: c.iso(c.weekday(MON)),
        to: c.iso(c.plus(c.weekday(MON), 6)),
      }),
    ],
    [
      'it',
      'fino alle 7 sn in negozio, poi ci sono',
      only('status', { availability: 'busy', until: c.at(c.today, 19) }),
    ],
    [
      'it',
      'ricordami ogni 15 del mese di pagare l affitto del negozio',
      recurring(c.at(d(2027, 5, 15), 9), 'FREQ=MONTHLY;BYMONTHDAY=15'),
    ],
    ['it', 'la fattura x il cliente di Chiasso entro mercoledì, grazie', task(c.iso(c.weekday(WED)))],
    [
      'it',
      'che promemoria ho x la settimana prossima?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)), items: 'reminders' }),
    ],
  ]),
  fresh('b12-r3-naples-june-end', 'it', '2027-06-30T12:20:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'uè ciao, stasera alle 9 pizza da Sorbillo x 4, me la prenoti?',
      booking(c.at(c.today, 21), { partySize: 4 }),
    ],
    ['it', 'ai primi di luglio ricordami di rinnovare l assicurazione dello scooter', reminder(c.at(d(2027, 7, 1), 9))],
    ['it', 'sposta la riunione con l avvocato a dopodomani verso le 11 e mezza', reschedule(c.at(c.day(2), 11, 30))],
    [
      'it',
      'nn mi ricordo se ho l appuntamento col dentista venerdì, me lo controlli?',
      only('agenda', { from: '2027-07-02', to: '2027-07-02' }),
    ],
    [
      'it',
      'mi fai scrivere da qualcuno due righe di auguri per il matrimonio di mia nipote?',
      said(only('task'), 'scrivere due righe di auguri per il matrimonio di mia nipote'),
    ],
    ['it', 'tra un ora e mezza ricordami di togliere il ragù dal fuoco', reminder(c.inMinutes(90))],
    ['it', 'dmn nel primo pomeriggio ho la visita dall oculista, segnamela', booking(c.at(c.day(1), 14))],
    ['it', 'la mia richiesta del condizionatore a che punto sta?', only('ticket_status')],
    [
      'it',
      'tutti i sabati mattina ricordami di fare la spesa al mercato',
      recurring(c.at(c.weekday(SAT), 9), 'FREQ=WEEKLY;BYDAY=SA'),
    ],
  ]),
  fresh('b12-r3-buenos-aires-evening', 'it', '2027-09-14T22:30:00-03:00', 'America/Argentina/Buenos_Aires', (c) => [
    [
      'it',
      'hola! scusa l orario, qui è sera. giovedì alle 3 del pomeriggio ho il consolato, segnamelo',
      titled(booking(c.at(c.weekday(THU), 15)), 'consolato'),
    ],
    ['it', 'ricordami dmn alle 9 ora di qui di chiamare la banca in Italia', reminder(c.at(c.day(1), 9))],
    ['it', 'quante ore mi restano nel pacchetto? nn voglio sforare a settembre', only('balance')],
    ['it', 'la call con Milano di venerdì spostala di un ora più tardi', only('reschedule')],
    ['it', 'mi prenoti un volo Buenos Aires Roma x fine ottobre?', only('task')],
    [
      'it',
      'nn ci sono fino a lunedì, sono in Patagonia',
      only('status', { availability: 'busy', until: c.at(c.weekday(MON), 9) }),
    ],
  ]),
];
