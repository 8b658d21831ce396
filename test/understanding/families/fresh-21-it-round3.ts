import { booking, FRI, only, recurring, reminder, reschedule, said, SAT, THU, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, before } from './fresh-18-it-common.js';
import { busy, d, days, office, until } from './fresh-19-round1.js';

/**
 * Fresh batch 21 (Italian), round 3: a Monday morning in August in Palermo, the week of Ferragosto, a car-repair
 * shop and a small hotel. Written and labelled in code before the rules ran on them; `viaOffice` and free texts
 * are checked by src/understanding/fresh-batch-21-it.test.ts.
 */
export const fresh21ItRound3: readonly Family[] = [
  // Monday 9 August 2027, 08:20 in Palermo
  fresh('b21-r3-palermo-car-repair', 'it', '2027-08-09T08:20:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buongiorno sn in officina da stamattina alle 7, ricordami tra 2 ore di ordinare le pastiglie x la panda',
      said(reminder(c.inMinutes(120)), 'ordinare le pastiglie per la panda'),
    ],
    [
      'it',
      'fra 10 minuti ricordami di chiamare il sig. Lo Cascio x la revisione',
      said(reminder(c.inMinutes(10)), 'chiamare il sig. Lo Cascio per la revisione'),
    ],
    [
      'it',
      'il sig. Lo Cascio porta la punto giovedi alle 8 e mezza x il tagliando',
      booking(c.at(c.weekday(THU), 8, 30)),
    ],
    ['it', 'la 2289 e pronta? il cliente chiede', only('ticket_status', { ref: 2289 })],
    ['it', 'sono sotto una macchina fino alle 11 nn rispondo', busy(c.at(c.today, 11))],
    ['it', 'cosa ho da fare questa settimana?', only('agenda', days(c.iso(c.today), '2027-08-15'))],
    [
      'it',
      'annulla il cambio gomme di mercoledi della Fiesta',
      about(only('cancel'), 'cambio gomme di mercoledi della Fiesta'),
    ],
    [
      'it',
      'sposta la revisione del furgone a venerdi alle 3',
      about(reschedule(c.at(c.weekday(FRI), 15)), 'revisione del furgone'),
    ],
    [
      'it',
      'ricordami ogni venerdi alle 6 di fare la pulizia del ponte fino a fine settembre',
      said(
        recurring(c.at(c.weekday(FRI), 18), `FREQ=WEEKLY;BYDAY=FR;${until(d(2027, 9, 30))}`),
        'fare la pulizia del ponte',
      ),
    ],
    [
      'it',
      'entro giovedi mi servono 4 gomme 205 55 16, le ordinate voi?',
      { intent: 'task', due: c.iso(c.weekday(THU)) },
    ],
    [
      'it',
      'mi cerchi un buco di 3 ore mercoledi x la distribuzione della golf?',
      only('free_slots', days(c.iso(c.weekday(WED)), c.iso(c.weekday(WED)), { durationMin: 180 })),
    ],
    [
      'it',
      'il ricambio nn e ancora arrivato cmq ricordami dmn alle 9 di sollecitare il fornitore',
      said(reminder(c.at(c.day(1), 9)), 'sollecitare il fornitore'),
    ],
    [
      'it',
      'ricordami stanotte di staccare il compressore',
      said(reminder(c.at(c.today, 22)), 'staccare il compressore'),
    ],
  ]),
  fresh('b21-r3-palermo-small-hotel', 'it', '2027-08-09T08:20:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ho una coppia che arriva stasera tardi, ricordami alle 11 di sera di lasciare le chiavi alla reception',
      said(reminder(c.at(c.today, 23)), 'lasciare le chiavi alla reception'),
    ],
    [
      'it',
      'prenotami x gli ospiti della 4 un tavolo x 3 stasera alle 8 e mezza da Nino',
      office(booking(c.at(c.today, 20, 30), { partySize: 3 })),
    ],
    [
      'it',
      'prenotami un tavolo x 8 sabato sera tra le 8 e le 9 alla Trattoria del Porto',
      office(booking(c.at(c.weekday(SAT), 20), { partySize: 8 })),
    ],
    ['it', 'chi arriva tra il 13 e il 16?', only('agenda', days('2027-08-13', '2027-08-16'))],
    [
      'it',
      'a che punto e la richiesta del sig. Russo x la culla?',
      about(only('ticket_status'), 'la richiesta del sig. Russo per la culla'),
    ],
    ['it', 'la famiglia Greco ha disdetto la camera dal 20 al 23, cancella', only('cancel')],
    [
      'it',
      'ogni mattina alle 7 ricordami di controllare le prenotazioni di booking fino al 31 agosto',
      said(
        recurring(c.at(c.day(1), 7), `FREQ=DAILY;${until(d(2027, 8, 31))}`),
        'controllare le prenotazioni di booking',
      ),
    ],
    [
      'it',
      'entro venerdi mi serve il menu di ferragosto tradotto in inglese e tedesco',
      { intent: 'task', due: c.iso(c.weekday(FRI)) },
    ],
    ['it', 'sono in lavanderia fino alle 10, poi torno in reception', busy(c.at(c.today, 10))],
    [
      'it',
      'entro il 14 devo pagare la tassa di soggiorno, ricordamelo il giorno prima',
      before(c.at(d(2027, 8, 13), 9), '2027-08-14'),
    ],
    [
      'it',
      'sposta la colazione del gruppo tedesco a domani alle 8 meno un quarto',
      about(reschedule(c.at(c.day(1), 7, 45)), 'colazione del gruppo tedesco'),
    ],
    ['it', 'grazie mille sei un tesoro', only('other')],
    [
      'it',
      'mi trovi mezz ora libera domani mattina x il commercialista?',
      only('free_slots', days(c.iso(c.day(1)), c.iso(c.day(1)), { durationMin: 30 })),
    ],
  ]),
];
