import { booking, MON, only, recurring, reminder, reschedule, said, TUE } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, before } from './fresh-18-it-common.js';
import { AFTERNOON, busy, d, days, MORNING, office, until, windowed } from './fresh-19-round1.js';

/**
 * Fresh batch 21 (Italian), round 2: the last working day of the year in Milan, a wedding planner between a New
 * Year's Eve party and next season's weddings, and a notary closing the year's deeds. Written and labelled in code
 * before the rules ran on them; `viaOffice` and free texts are checked by src/understanding/fresh-batch-21-it.test.ts.
 */
export const fresh21ItRound2: readonly Family[] = [
  // Friday 31 December 2027, 16:30 in Milan
  fresh('b21-r2-milan-wedding-planner', 'it', '2027-12-31T16:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami fra 10 minuti di chiamare il fioraio x gli addobbi di stasera',
      said(reminder(c.inMinutes(10)), 'chiamare il fioraio per gli addobbi di stasera'),
    ],
    [
      'it',
      'stanotte alle 2 ricordami di dire al dj di abbassare la musica',
      said(reminder(c.at(c.day(1), 2)), 'dire al dj di abbassare la musica'),
    ],
    [
      'it',
      'prenotami un tavolo x 12 il 6 gennaio a pranzo da Cracco',
      office(booking(c.at(d(2028, 1, 6), 13), { partySize: 12 })),
    ],
    [
      'it',
      'mi fissi un sopralluogo in villa con gli sposi martedi mattina, siamo in 4',
      windowed(c.iso(c.weekday(TUE)), c.iso(c.weekday(TUE)), MORNING, { partySize: 4 }),
    ],
    ['it', 'che matrimoni ho a giugno?', only('agenda', days('2028-06-01', '2028-06-30'))],
    ['it', 'a che punto e il preventivo 3307?', only('ticket_status', { ref: 3307 })],
    ['it', 'gli sposi Ferraris hanno annullato la prova menu di lunedi, cancellala', only('cancel')],
    [
      'it',
      'sposta la degustazione dal 4 al 7 gennaio alle 11',
      about(reschedule(c.at(d(2028, 1, 7), 11)), 'degustazione'),
    ],
    [
      'it',
      'ogni primo lunedi del mese ricordami di mandare il report ai fornitori fino a giugno',
      said(
        recurring(c.at(d(2028, 1, 3), 9), `FREQ=MONTHLY;BYDAY=1MO;${until(d(2028, 6, 30))}`),
        'mandare il report ai fornitori',
      ),
    ],
    ['it', 'sono in location fino alle 7 a montare, nn chiamatemi', busy(c.at(c.today, 19))],
    [
      'it',
      'entro il 15 gennaio mi serve la lista dei fotografi liberi a maggio, la cercate voi?',
      { intent: 'task', due: '2028-01-15' },
    ],
    [
      'it',
      'la sposa ha cambiato idea sui fiori ancora, ricordami lunedi alle 10 di richiamarla',
      said(reminder(c.at(c.weekday(MON), 10)), 'richiamarla'),
    ],
    [
      'it',
      'mi cerchi 2 ore libere tra lunedi e mercoledi x le prove trucco?',
      only('free_slots', days(c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 2)), { durationMin: 120 })),
    ],
    ['it', 'grazie di tutto quest anno siete stati fantastici', only('other')],
  ]),
  fresh('b21-r2-milan-notary', 'it', '2027-12-31T16:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami tra un paio d ore di chiudere la cassaforte',
      said(reminder(c.inMinutes(120)), 'chiudere la cassaforte'),
    ],
    ['it', 'il rogito Colombo e il 10 gennaio alle 11 e mezza, segnalo', booking(c.at(d(2028, 1, 10), 11, 30))],
    [
      'it',
      'mi fissi con la banca la firma del mutuo Sala tra il 10 e il 14 gennaio di pomeriggio?',
      windowed('2028-01-10', '2028-01-14', AFTERNOON),
    ],
    [
      'it',
      'entro il 20 devo mandare l atto all agenzia delle entrate, ricordamelo 3 giorni prima',
      before(c.at(d(2028, 1, 17), 9), '2028-01-20'),
    ],
    [
      'it',
      'a che punto e la visura x la compravendita Rota?',
      about(only('ticket_status'), 'la visura per la compravendita Rota'),
    ],
    ['it', 'annulla la lettura dell atto di lunedi', about(only('cancel'), 'lettura dell atto di lunedi')],
    [
      'it',
      'posticipa la riunione con i praticanti a mercoledi 5 alle 9',
      about(reschedule(c.at(d(2028, 1, 5), 9)), 'riunione con i praticanti'),
    ],
    [
      'it',
      'ogni anno il 16 giugno ricordami di pagare l imu dello studio',
      said(recurring(c.at(d(2028, 6, 16), 9), 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=16'), 'pagare l imu dello studio'),
    ],
    ['it', 'sono dal cliente x un testamento fino alle 6', busy(c.at(c.today, 18))],
    [
      'it',
      'mi fate entro martedi la bozza della procura speciale x la sig.ra Riva?',
      { intent: 'task', due: c.iso(c.weekday(TUE)) },
    ],
    ['it', 'cosa c e in agenda lunedi?', only('agenda', days(c.iso(c.weekday(MON))))],
    ['it', 'quante ore abbiamo usato a dicembre?', only('balance')],
    [
      'it',
      'tutti i giorni feriali alle 8 e 45 ricordami di controllare la pec fino al 31 marzo',
      said(
        recurring(c.at(c.weekday(MON), 8, 45), `FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;${until(d(2028, 3, 31))}`),
        'controllare la pec',
      ),
    ],
  ]),
];
