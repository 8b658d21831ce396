import { booking, FRI, only, recurring, reminder, reschedule, said, SAT, THU, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about, before } from './fresh-18-it-common.js';
import { busy, d, days, MORNING, nextWeek, office, until, windowed } from './fresh-19-round1.js';

/**
 * Fresh batch 22 (Italian), round 1: Easter Sunday 28 March 2027, the night the clocks went forward (+02:00 from
 * 03:00). A Naples bakery owner closing the lab near midnight (no accents, "dmn", "x", "nn", "sn"), and an elderly
 * client in Genoa dictating voice notes at dawn (accents from the dictation, fillers, the request after the context).
 * Written and labelled in code before the rules ran on them; `viaOffice` and free texts are checked by
 * src/understanding/fresh-batch-22-it.test.ts.
 */
export const fresh22ItRound1: readonly Family[] = [
  // Sunday 28 March 2027 (Easter, first day of summer time), 23:40 in Naples
  fresh('b22-r1-naples-bakery', 'it', '2027-03-28T23:40:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'sto chiudendo il laboratorio, ricordami alle 4 e mezza di mattina di accendere il forno',
      said(reminder(c.at(c.day(1), 4, 30)), 'accendere il forno'),
    ],
    ['it', 'domattina alle 7 passa il fornitore della farina, segnalo', booking(c.at(c.day(1), 7))],
    ['it', 'mi ordinate voi 50 kg di farina manitoba entro mercoledi?', { intent: 'task', due: c.iso(c.weekday(WED)) }],
    [
      'it',
      'la sig.ra Esposito ha ordinato una torta x sabato alle 5, ricordamelo venerdi sera',
      reminder(c.at(c.weekday(FRI), 19)),
    ],
    ['it', 'cosa ho da fare martedi?', only('agenda', days(c.iso(c.weekday(TUE))))],
    [
      'it',
      'annulla la consegna dei cornetti al bar Gambrinus di martedi',
      about(only('cancel'), 'consegna dei cornetti al bar Gambrinus di martedi'),
    ],
    [
      'it',
      'sposta il ritiro delle sfogliatelle della Russo a giovedi alle 11',
      about(reschedule(c.at(c.weekday(THU), 11)), 'ritiro delle sfogliatelle della Russo'),
    ],
    [
      'it',
      'ogni sabato alle 6 di mattina ricordami di preparare le zeppole fino a fine aprile',
      said(recurring(c.at(c.weekday(SAT), 6), `FREQ=WEEKLY;BYDAY=SA;${until(d(2027, 4, 30))}`), 'preparare le zeppole'),
    ],
    ['it', 'nn posso rispondere sto impastando, fino a mezzanotte sn occupato', busy(c.at(c.day(1), 0))],
    ['it', 'a che punto e l ordine 4418 delle scatole?', only('ticket_status', { ref: 4418 })],
    [
      'it',
      'mi trovi 2 ore libere mercoledi mattina x l inventario?',
      only('free_slots', days(c.iso(c.weekday(WED)), c.iso(c.weekday(WED)), { durationMin: 120 })),
    ],
    ['it', 'oggi colombe finite alle 11, che giornata, buonanotte', only('other')],
    ['it', 'tra 20 min ricordami di spegnere l abbattitore', said(reminder(c.inMinutes(20)), 'spegnere l abbattitore')],
    [
      'it',
      'il 2 aprile e il compleanno di mia figlia, prenotami un tavolo x 6 da Mimi alla Ferrovia alle 9 di sera',
      office(booking(c.at(d(2027, 4, 2), 21), { partySize: 6 })),
    ],
    ['it', 'entro il 5 devo pagare l f24, ricordamelo 2 giorni prima', before(c.at(d(2027, 4, 3), 9), '2027-04-05')],
  ]),
  // Sunday 28 March 2027 (Easter, first day of summer time), 07:30 in Genoa
  fresh('b22-r1-genoa-elderly-voice', 'it', '2027-03-28T07:30:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'Allora senti mi devi ricordare domani alle 10 che devo prendere la pastiglia della pressione',
      said(reminder(c.at(c.day(1), 10)), 'prendere la pastiglia della pressione'),
    ],
    [
      'it',
      'Mi prenoti la visita dal cardiologo per la settimana prossima di mattina che il pomeriggio non guido',
      windowed(...nextWeek(c), MORNING),
    ],
    ['it', 'Giovedì alle 3 viene mia nipote Chiara a portarmi la spesa', booking(c.at(c.weekday(THU), 15))],
    ['it', 'Cosa ho da fare mercoledì', only('agenda', days(c.iso(c.weekday(WED))))],
    ['it', 'Ehm il dentista di martedì non ci posso andare cancellalo per favore', only('cancel')],
    [
      'it',
      'La fisioterapia di venerdì spostala a lunedì 5 alle 9 e mezza',
      about(reschedule(c.at(d(2027, 4, 5), 9, 30)), 'fisioterapia di venerdì'),
    ],
    [
      'it',
      'Ogni mattina alle 8 ricordami le gocce per gli occhi',
      // a recurrence starts at its first instant after now, today at 08:00 (contract)
      said(recurring(c.at(c.today, 8), 'FREQ=DAILY'), 'le gocce per gli occhi'),
    ],
    [
      'it',
      "Il 15 aprile devo rinnovare la carta d'identità ricordamelo il giorno prima",
      before(c.at(d(2027, 4, 14), 9), '2027-04-15'),
    ],
    ['it', 'Vado a messa e poi a pranzo da mio figlio, fino alle 4 non ci sono', busy(c.at(c.today, 16))],
    ['it', "Buona Pasqua a tutti voi dell'ufficio", only('other')],
    ['it', "Mi ricordi tra mezz'ora di chiudere il gas", said(reminder(c.inMinutes(30)), 'chiudere il gas')],
    [
      'it',
      "Mi potete chiamare voi l'idraulico per il rubinetto della cucina entro martedì",
      { intent: 'task', due: c.iso(c.weekday(TUE)) },
    ],
    ['it', 'La richiesta 5210 della badante a che punto è', only('ticket_status', { ref: 5210 })],
    [
      'it',
      "Mi trovi un'ora libera sabato pomeriggio per andare dal parrucchiere",
      only('free_slots', days(c.iso(c.weekday(SAT)), c.iso(c.weekday(SAT)), { durationMin: 60 })),
    ],
    [
      'it',
      'Ogni primo del mese mi ricordi di ritirare la pensione alla posta',
      said(recurring(c.at(d(2027, 4, 1), 9), 'FREQ=MONTHLY;BYMONTHDAY=1'), 'ritirare la pensione alla posta'),
    ],
  ]),
];
