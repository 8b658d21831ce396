import {
  booking,
  FRI,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  said,
  SUN,
  task,
  taskAt,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 12, second round: written and labelled before running the rules (after round 1 was fixed).
 * A Roman baker and a lawyer early on the Sunday the clocks go forward (26 March 2028, Easter on 16
 * April); a Milanese client late on the evening before Christmas Eve; an Italian in London on the
 * Monday after Ferragosto.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh12Round2: readonly Family[] = [
  fresh('b12-r2-rome-dst-sunday', 'it', '2028-03-26T07:50:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buongiorno! oggi hanno cambiato l ora vero? cmq ricordami alle 10 di sfornare le colombe',
      reminder(c.at(c.today, 10)),
    ],
    [
      'it',
      'mi serve entro venerdì la memoria x il tribunale di Monza tradotta in inglese',
      task(c.iso(c.weekday(FRI))),
    ],
    [
      'it',
      'sposta l udienza col cliente Galli da mercoledì a giovedì mattina presto',
      reschedule(c.at(c.weekday(THU), 9)),
    ],
    [
      'it',
      'x pasquetta prenotami da Zi Checco x 8 persone a pranzo',
      booking(c.at(d(2028, 4, 17), 13), { partySize: 8 }),
    ],
    ['it', 'cosa ho dmn in agenda?', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    [
      'it',
      'martedì alle 9 di sera ho la riunione del condominio, ricordamelo un ora prima',
      reminder(c.at(c.weekday(TUE), 20)),
    ],
    ['it', 'annullami la pratica 7781, il cliente ha ritirato il mandato', only('cancel', { ref: 7781 })],
    ['it', 'mi trovi 2 ore libere in settimana x preparare l arringa?', only('free_slots', { durationMin: 120 })],
    [
      'it',
      'a fine mese scade l affitto del laboratorio, ricordamelo il giorno prima',
      { intent: 'reminder', when: c.at(d(2028, 3, 30), 9), due: '2028-03-31' },
    ],
    [
      'it',
      'sn in udienza fino all una e mezza, nn passatemi nessuno',
      only('status', { availability: 'busy', until: c.at(c.today, 13, 30) }),
    ],
    [
      'it',
      'tutti i giorni feriali alle 6 di mattina ricordami di accendere il forno',
      said(recurring(c.at(c.weekday(MON), 6), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'), 'accendere il forno'),
    ],
    [
      'it',
      'grazie x il promemoria di ieri! senti, giovedì pomeriggio ho il commercialista alle 4, me lo segni?',
      titled(booking(c.at(c.weekday(THU), 16)), 'commercialista'),
    ],
  ]),
  fresh('b12-r2-milan-christmas-eve-eve', 'it', '2027-12-23T21:40:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'scusa l ora, dmn mattina verso le 10 ricordami di ritirare il panettone in pasticceria',
      said(reminder(c.at(c.day(1), 10)), 'ritirare il panettone in pasticceria'),
    ],
    [
      'it',
      'x San Silvestro siamo in 10 da Cracco, riesci a prenotare x le 9?',
      booking(c.at(d(2027, 12, 31), 21), { partySize: 10 }),
    ],
    [
      'it',
      'la riunione di lunedì con lo studio spostala a martedì 28 alle 3 e un quarto',
      reschedule(c.at(d(2027, 12, 28), 15, 15)),
    ],
    ['it', 'a che punto siete col regalo x mia suocera? è la richiesta 6620', only('ticket_status', { ref: 6620 })],
    [
      'it',
      'mi fai chiamare da voi il tecnico della caldaia lunedì mattina?',
      said(taskAt(c.at(c.weekday(MON), 9)), 'chiamare il tecnico della caldaia'),
    ],
    ['it', 'quante ore ho usato questo mese?', only('balance')],
    [
      'it',
      'ricordami dopo Santo Stefano di fare il reso delle scarpe',
      said(reminder(c.at(d(2027, 12, 27), 9)), 'fare il reso delle scarpe'),
    ],
    [
      'it',
      'sono fuori x le feste fino al 2 gennaio, x urgenze scrivetemi',
      only('status', { availability: 'busy', until: c.at(d(2028, 1, 2), 9) }),
    ],
    [
      'it',
      'ogni ultimo venerdì del mese ricordami di fare i conti col socio',
      recurring(c.at(d(2027, 12, 31), 9), 'FREQ=MONTHLY;BYDAY=-1FR'),
    ],
  ]),
  fresh('b12-r2-london-after-ferragosto', 'it', '2027-08-16T13:05:00+01:00', 'Europe/London', (c) => [
    [
      'it',
      'ciao da Londra! qui sono le 1, ricordami alle 5 e mezza di chiamare l ufficio a Milano',
      reminder(c.at(c.today, 17, 30)),
    ],
    [
      'it',
      'cmq x mercoledì mi prenoti un tavolo da Dishoom x 3 verso le 8?',
      booking(c.at(c.weekday(WED), 20), { partySize: 3 }),
    ],
    ['it', 'nn riesco a venire al meeting di giovedì, annullalo x favore', only('cancel')],
    [
      'it',
      'mi serve la traduzione del contratto d affitto in inglese entro fine sett, il landlord la vuole',
      task(c.iso(c.weekday(FRI))),
    ],
    [
      'it',
      'che impegni ho da giovedì a domenica?',
      only('agenda', { from: c.iso(c.weekday(THU)), to: c.iso(c.weekday(SUN)) }),
    ],
    [
      'it',
      'mi fai mandare da qualcuno i documenti al commercialista entro giovedì? grazie mille',
      said(task(c.iso(c.weekday(THU))), 'mandare i documenti al commercialista'),
    ],
  ]),
];
