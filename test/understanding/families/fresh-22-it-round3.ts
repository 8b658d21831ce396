import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, before } from './fresh-18-it-common.js';
import { busy, d, days, office } from './fresh-19-round1.js';

/**
 * Fresh batch 22 (Italian), round 3: Sunday 31 October 2027, the night the clocks went back (+01:00 from 03:00),
 * Halloween, with Ognissanti on Monday. A vet in Perugia on the Sunday emergency shift in the morning, and a driving
 * school owner in Bari on Sunday evening. Written and labelled in code before the rules ran on them; `viaOffice` and
 * free texts are checked by src/understanding/fresh-batch-22-it.test.ts.
 */
export const fresh22ItRound3: readonly Family[] = [
  // Sunday 31 October 2027 (first day of winter time), 08:10 in Perugia
  fresh('b22-r3-perugia-vet', 'it', '2027-10-31T08:10:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'stanotte hanno cambiato l ora e sn arrivata in ambulatorio un ora prima, ricordami tra 3 ore di dare la terapia al gatto ricoverato',
      said(reminder(c.inMinutes(180)), 'dare la terapia al gatto ricoverato'),
    ],
    ['it', 'dmn alle 9 ho un cesareo su una labrador, segna', booking(c.at(c.day(1), 9))],
    ['it', 'mi ordinate voi 10 dosi di antirabbica entro mercoledi?', { intent: 'task', due: c.iso(c.weekday(WED)) }],
    ['it', 'la sig.ra Bianconi porta il gatto martedi pome x il richiamo', booking(c.at(c.weekday(TUE), 15))],
    ['it', 'che visite ho giovedi?', only('agenda', days(c.iso(c.weekday(THU))))],
    [
      'it',
      'annulla la sterilizzazione di venerdi, il proprietario nn puo',
      about(only('cancel'), 'sterilizzazione di venerdi'),
    ],
    [
      'it',
      'sposta l ecografia del pastore tedesco da lunedi a martedi alle 11',
      about(reschedule(c.at(c.weekday(TUE), 11)), 'ecografia del pastore tedesco'),
    ],
    [
      'it',
      'tutti i lunedi e giovedi alle 8 ricordami di ordinare le crocchette',
      said(recurring(c.at(c.weekday(MON), 8), 'FREQ=WEEKLY;BYDAY=MO,TH'), 'ordinare le crocchette'),
    ],
    ['it', 'sono in sala operatoria fino alle 11, solo urgenze', busy(c.at(c.today, 11))],
    ['it', 'la richiesta 8123 x le analisi del sangue e pronta?', only('ticket_status', { ref: 8123 })],
    [
      'it',
      'mi trovi un ora libera domani tra le 2 e le 6?',
      only('free_slots', days(c.iso(c.day(1)), c.iso(c.day(1)), { durationMin: 60 })),
    ],
    [
      'it',
      'il 10 novembre scade l iscrizione all ordine, ricordamelo una settimana prima',
      before(c.at(d(2027, 11, 3), 9), '2027-11-10'),
    ],
    [
      'it',
      'ricordami stasera alle 10 di dare da mangiare ai ricoverati',
      said(reminder(c.at(c.today, 22)), 'dare da mangiare ai ricoverati'),
    ],
    [
      'it',
      'mi fissate un appuntamento con il commercialista x l iva la settimana prossima?',
      office(only('booking', days('2027-11-01', '2027-11-07'))),
    ],
    ['it', 'che settimana pesante, grazie x l aiuto', only('other')],
  ]),
  // Sunday 31 October 2027 (Halloween, first day of winter time), 19:30 in Bari
  fresh('b22-r3-bari-driving-school', 'it', '2027-10-31T19:30:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami alle 10 di stasera di mandare gli orari delle guide ai ragazzi',
      said(reminder(c.at(c.today, 22)), 'mandare gli orari delle guide ai ragazzi'),
    ],
    ['it', 'domani e festa, martedi alle 8 e mezza ho la prima guida con Nicola', booking(c.at(c.weekday(TUE), 8, 30))],
    [
      'it',
      'prenotami l esame di teoria x 3 allievi alla motorizzazione entro il 20 novembre',
      { intent: 'task', due: '2027-11-20' },
    ],
    ['it', 'cosa ho mercoledi 3?', only('agenda', days('2027-11-03'))],
    [
      'it',
      'la guida delle 5 di giovedi con Sara annullala, ha la febbre',
      about(only('cancel'), 'guida delle 5 di giovedi con Sara'),
    ],
    [
      'it',
      'sposta la lezione di teoria di martedi a mercoledi sera alle 7',
      about(reschedule(c.at(c.weekday(WED), 19)), 'lezione di teoria di martedi'),
    ],
    [
      'it',
      'ogni sabato mattina alle 9 ricordami di controllare le gomme della panda scuola',
      said(recurring(c.at(c.weekday(SAT), 9), 'FREQ=WEEKLY;BYDAY=SA'), 'controllare le gomme della panda scuola'),
    ],
    ['it', 'sono al cinema coi ragazzi fino alle 10 e mezza', busy(c.at(c.today, 22, 30))],
    ['it', 'la pratica 6604 del foglio rosa di Marco e arrivata?', only('ticket_status', { ref: 6604 })],
    [
      'it',
      'mi trovi 2 ore libere dopodomani di pomeriggio x le guide di recupero?',
      only('free_slots', days(c.iso(c.day(2)), c.iso(c.day(2)), { durationMin: 120 })),
    ],
    [
      'it',
      'il 25 novembre scade l assicurazione della fiat, ricordamelo 5 giorni prima',
      before(c.at(d(2027, 11, 20), 9), '2027-11-25'),
    ],
    [
      'it',
      'mi chiamate voi il meccanico x la frizione della panda entro giovedi?',
      { intent: 'task', due: c.iso(c.weekday(THU)) },
    ],
    [
      'it',
      'tra un quarto d ora ricordami di rispondere ai genitori di Luca',
      said(reminder(c.inMinutes(15)), 'rispondere ai genitori di Luca'),
    ],
    ['it', 'che impegni ho fino a venerdi?', only('agenda', days(c.iso(c.today), c.iso(c.weekday(FRI))))],
    ['it', 'i ragazzi hanno passato tutti l esame!! grazie', only('other')],
  ]),
];
