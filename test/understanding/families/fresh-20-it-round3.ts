import { booking, FRI, MON, only, reminder, reschedule, SAT, THU, TUE, WED } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 20 (Italian), round 3: regional Italian as clients type it. Roman ("m'aricordi de chiamà er
 * commercialista", "c'ho", "pe'", "co'") on a Wednesday morning in October; Neapolitan ("dimane", "aggia",
 * "'o") and Sicilian ("m'arricordi", "u'", "sira") on the Saturday before the Immacolata; Milanese and
 * Northern ("mi metti giù un promemoria", "alle 3 che ci ho il dentista", "l'è"), Venetian ("ciò", "go",
 * "doman") and Tuscan ("icché", "i'") on a Tuesday afternoon in January. Written and labelled in code before
 * the rules ran on them; `viaOffice` and free texts are checked by src/understanding/fresh-batch-20-it.test.ts.
 */
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const busy = (until: string) => only('status', { availability: 'busy', until });
const day = (date: string, extra: Expected['slots'] = {}) => ({ from: date, to: date, ...extra });

export const fresh20ItRound3: readonly Family[] = [
  // Wednesday 20 October 2027, 08:05 in Rome
  fresh('b20-r3-rome-romanesco', 'it', '2027-10-20T08:05:00+02:00', 'Europe/Rome', (c) => [
    ['it', "domani m'aricordi de chiamà er commercialista", reminder(c.at(c.day(1), 9))],
    ['it', "aò venerdì alle 8 c'ho er dentista, segnamelo", booking(c.at(c.weekday(FRI), 8))],
    [
      'it',
      "me devi prenotà 'n tavolo da Checco pe' sabato alle nove de sera, semo in cinque",
      office(booking(c.at(c.weekday(SAT), 21), { partySize: 5 })),
    ],
    ['it', "nun ce so' fino a mezzogiorno, sto 'n tribunale", busy(c.at(c.today, 12))],
    ['it', 'ricordame dopodomani de pagà la bolletta', reminder(c.at(c.day(2), 9))],
    ['it', "sposta la riunione co' Fabrizi a lunedì alle dieci", reschedule(c.at(c.weekday(MON), 10))],
  ]),
  // Saturday 4 December 2027, 11:30 in Naples: Wednesday is the Immacolata
  fresh('b20-r3-south', 'it', '2027-12-04T11:30:00+01:00', 'Europe/Rome', (c) => [
    ['it', "dimane aggia i' dal medico alle 10, ricordamelo stasera", reminder(c.at(c.today, 19))],
    ['it', "aggia chiamà 'o fornitore lunedì, m'o ricuordi alle 9?", reminder(c.at(c.weekday(MON), 9))],
    ['it', "uè, mi prenoti 'o parrucchiere pe' martedì alle 4?", office(booking(c.at(c.weekday(TUE), 16)))],
    ['it', 'nun pozzo fino alle 6, stongo in negozio', busy(c.at(c.today, 18))],
    ['it', "m'arricordi lunedì di chiamari u' ragioniere?", reminder(c.at(c.weekday(MON), 9))],
    ['it', "domani a matinata aju u dutturi, m'arricordi alle 8?", reminder(c.at(c.day(1), 8))],
    [
      'it',
      "l'Immacolata chiudiamo? mittimi 'n promemoria pi mercoledì alle 7 di sira",
      reminder(c.at(c.weekday(WED), 19)),
    ],
    ['it', "picciotto, mi cancelli l'appuntamento di giovedì col notaio?", only('cancel')],
  ]),
  // Tuesday 18 January 2028, 14:45 in Milan
  fresh('b20-r3-north', 'it', '2028-01-18T14:45:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'mi metti giù un promemoria per domani alle 3 che ci ho il dentista', reminder(c.at(c.day(1), 15))],
    ['it', 'uè, giovedì alle 11 ho la riunione in Regione, segnamela', booking(c.at(c.weekday(THU), 11))],
    ['it', 'sono in ditta fino alle 6, dopo sono a casa', busy(c.at(c.today, 18))],
    ['it', 'ciò, ricordime doman de ciamar el geometra', reminder(c.at(c.day(1), 9))],
    ['it', 'ciò, venerdì alle 9 go el comercialista', booking(c.at(c.weekday(FRI), 9))],
    ['it', "icché c'ho da fare domani?", only('agenda', day(c.iso(c.day(1))))],
    ['it', 'mi ricordi domani alle 5 di chiamà la Hatia?', reminder(c.at(c.day(1), 17))],
    ['it', "mi fissi la riunione co i' geometra giovedì alle 10?", booking(c.at(c.weekday(THU), 10))],
    [
      'it',
      "ciò, mi trovi mezz'ora libera venerdì mattina?",
      only('free_slots', day(c.iso(c.weekday(FRI)), { durationMin: 30 })),
    ],
    ['it', 'mi prenoti dal sciur barbiere sabato alle 10?', office(booking(c.at(c.weekday(SAT), 10)))],
    ['it', "a che punto l'è la pratica 2231?", only('ticket_status', { ref: 2231 })],
  ]),
];
