import { booking, MON, only, recurring, reminder, reschedule, said } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, before } from './fresh-18-it-common.js';
import { AFTERNOON, busy, d, days, MORNING, nextWeek, until, windowed } from './fresh-19-round1.js';

/**
 * Fresh batch 22 (Italian), round 4: New Year's Eve, Thursday 31 December 2026, so every date said falls in 2027.
 * A hairdresser writing about what her tax consultant asked of her from the New Year's dinner, and an architect in
 * Turin closing the studio in the morning. Written and labelled in code before the rules ran on them; `viaOffice` and
 * free texts are checked by src/understanding/fresh-batch-22-it.test.ts.
 */
export const fresh22ItRound4: readonly Family[] = [
  // Thursday 31 December 2026, 23:20 in Rome
  fresh('b22-r4-rome-hairdresser-tax', 'it', '2026-12-31T23:20:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'il commercialista dice che il 16 gennaio scade l f24, ricordamelo 3 giorni prima',
      before(c.at(d(2027, 1, 13), 9), '2027-01-16'),
    ],
    [
      'it',
      'tra 40 minuti e mezzanotte, ricordami tra 35 minuti di stappare lo spumante',
      said(reminder(c.inMinutes(35)), 'stappare lo spumante'),
    ],
    ['it', 'buon anno a tutto l ufficio!!', only('other')],
    [
      'it',
      'mi mandate voi al commercialista gli scontrini di dicembre entro il 10?',
      { intent: 'task', due: '2027-01-10' },
    ],
    [
      'it',
      'il 7 gennaio alle 3 ho appuntamento dal commercialista x la chiusura dell anno',
      booking(c.at(d(2027, 1, 7), 15)),
    ],
    ['it', 'cosa ho da lunedi 4 a venerdi 8?', only('agenda', days('2027-01-04', '2027-01-08'))],
    [
      'it',
      'annulla l appuntamento col consulente del lavoro del 5',
      about(only('cancel'), 'appuntamento col consulente del lavoro del 5'),
    ],
    [
      'it',
      'sposta la riunione col commercialista di giovedi 7 a venerdi 8 alle 10',
      about(reschedule(c.at(d(2027, 1, 8), 10)), 'riunione col commercialista di giovedi 7'),
    ],
    [
      'it',
      'tutti i mesi il 16 ricordami di pagare l f24',
      said(recurring(c.at(d(2027, 1, 16), 9), 'FREQ=MONTHLY;BYMONTHDAY=16'), 'pagare l f24'),
    ],
    ['it', 'sn al cenone fino alle 2 di notte', busy(c.at(c.day(1), 2))],
    ['it', 'la 9150 e stata chiusa?', only('ticket_status', { ref: 9150 })],
    [
      'it',
      'mi trovi un ora libera il 4 gennaio x andare in banca?',
      only('free_slots', days('2027-01-04', '2027-01-04', { durationMin: 60 })),
    ],
    [
      'it',
      'domani nn esisto, ricordami il 2 alle 10 di chiamare il commercialista',
      said(reminder(c.at(d(2027, 1, 2), 10)), 'chiamare il commercialista'),
    ],
    [
      'it',
      'entro il 28 febbraio devo mandare la dichiarazione iva, ricordamelo una settimana prima',
      before(c.at(d(2027, 2, 21), 9), '2027-02-28'),
    ],
    [
      'it',
      'mi prenotate dal notaio x la firma della cessione mercoledi 13 gennaio di pomeriggio?',
      windowed('2027-01-13', '2027-01-13', AFTERNOON),
    ],
  ]),
  // Thursday 31 December 2026, 11:00 in Turin
  fresh('b22-r4-turin-architect', 'it', '2026-12-31T11:00:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami alle 12 e mezza di chiudere lo studio e mandare a casa i ragazzi',
      said(reminder(c.at(c.today, 12, 30)), 'chiudere lo studio e mandare a casa i ragazzi'),
    ],
    ['it', 'il 4 gennaio alle 9 sopralluogo in via Po con l impresa', booking(c.at(d(2027, 1, 4), 9))],
    [
      'it',
      'mi fissate un incontro con l ufficio tecnico del comune x la pratica edilizia tra il 5 e l 8 gennaio di mattina?',
      windowed('2027-01-05', '2027-01-08', MORNING),
    ],
    [
      'it',
      'entro il 15 gennaio mi servono i render del progetto Ferrero stampati in A3, li fate voi?',
      { intent: 'task', due: '2027-01-15' },
    ],
    ['it', 'cosa ho lunedi?', only('agenda', days(c.iso(c.weekday(MON))))],
    ['it', 'la riunione con il cliente Bosio di lunedi e saltata, toglila', only('cancel')],
    [
      'it',
      'sposta il sopralluogo in via Po a martedi 5 alle 3 del pomeriggio',
      about(reschedule(c.at(d(2027, 1, 5), 15)), 'sopralluogo in via Po'),
    ],
    [
      'it',
      'ogni lunedi alle 9 ricordami di aggiornare il cronoprogramma dei cantieri fino a marzo',
      said(
        recurring(c.at(c.weekday(MON), 9), `FREQ=WEEKLY;BYDAY=MO;${until(d(2027, 3, 31))}`),
        'aggiornare il cronoprogramma dei cantieri',
      ),
    ],
    ['it', 'sono in cantiere a Moncalieri fino all ora di pranzo', busy(c.at(c.today, 13))],
    [
      'it',
      'a che punto e la richiesta x la variante in comune?',
      about(only('ticket_status'), 'la richiesta per la variante in comune'),
    ],
    [
      'it',
      'mi trovi 2 ore libere la prossima settimana x rivedere il progetto?',
      only('free_slots', days(...nextWeek(c), { durationMin: 120 })),
    ],
    [
      'it',
      'il 20 gennaio consegno il progetto esecutivo, ricordamelo il giorno prima alle 5',
      reminder(c.at(d(2027, 1, 19), 17)),
    ],
    [
      'it',
      'stasera si festeggia, ricordami alle 7 di comprare le lenticchie',
      said(reminder(c.at(c.today, 19)), 'comprare le lenticchie'),
    ],
    [
      'it',
      'tra 10 giorni ricordami di chiamare l impresa x il preventivo del tetto',
      said(reminder(c.at(c.plus(c.today, 10), 11)), 'chiamare l impresa per il preventivo del tetto'),
    ],
    ['it', 'auguri di buon anno, ci vediamo nel 2027', only('other')],
  ]),
];
