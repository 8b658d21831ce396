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
  TUE,
  WED,
} from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 12 (Italian whole client messages), first round: written and labelled before running the
 * rules. A Roman client late on the Saturday night before the clocks go back (Sunday 31 October 2027,
 * Monday 1 November is Ognissanti); a shop in Lugano (Europe/Zurich) on the last morning of November;
 * an Italian client in New York on the Friday evening a week before Christmas. Free texts (`title`,
 * `with`, `text`) are labelled in `slots` where the contract says them: the eval does not score them,
 * src/understanding/fresh-batch-12.test.ts does. "nel tardo pomeriggio" is 17:00 (the contract is
 * silent; docs/understanding-eval.md), "primi di gennaio" the 1st (as "inizio gennaio").
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh12Round1: readonly Family[] = [
  fresh('b12-r1-rome-saturday-night', 'it', '2027-10-30T23:15:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buonasera scusa l orario, dmn nn ci sono x nessuno fino alle 5 xké sono al matrimonio di mia cugina',
      only('status', { availability: 'dnd', until: c.at(c.day(1), 17) }),
    ],
    [
      'it',
      'ciao! mi ricordi lunedì in mattinata di chiamare il commercialista per la dichiarazione? grazie mille',
      said(reminder(c.at(c.weekday(MON), 9)), 'chiamare il commercialista per la dichiarazione'),
    ],
    [
      'it',
      'cena da Roscioli giovedì alle 8 e mezza, siamo in 5, me la prenoti?',
      titled(booking(c.at(c.weekday(THU), 20, 30), { partySize: 5 }), 'cena da Roscioli'),
    ],
    ['it', 'sposta il dentista di martedì a giovedì nel tardo pomeriggio', reschedule(c.at(c.weekday(THU), 17))],
    ['it', 'annulla la 5521 x favore, nn mi serve piu', only('cancel', { ref: 5521 })],
    ['it', 'mi fai chiamare da qualcuno dmn mattina? devo parlare del contratto d affitto', taskAt(c.at(c.day(1), 9))],
    [
      'it',
      'cosa ho in agenda la prossima sett?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    [
      'it',
      'ricordami domani alle 10 di portare la macchina dal gommista, ah no aspetta alle 11',
      said(reminder(c.at(c.day(1), 11)), 'portare la macchina dal gommista'),
    ],
    [
      'it',
      'trovami un ora libera martedi nel pomeriggio x sentire il geometra',
      only('free_slots', { durationMin: 60, from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(TUE)) }),
    ],
    ['it', 'a che punto è la richiesta 3318? quella del preventivo x il tetto', only('ticket_status', { ref: 3318 })],
    [
      'it',
      'ricordami ogni primo lunedì del mese di mandare le buste paga',
      said(recurring(c.at(d(2027, 11, 1), 9), 'FREQ=MONTHLY;BYDAY=1MO'), 'mandare le buste paga'),
    ],
    [
      'it',
      'mi fai scrivere da qualcuno una mail al geometra per la perdita in cantina entro mercoledì',
      said(task(c.iso(c.weekday(WED))), 'scrivere una mail al geometra per la perdita in cantina'),
    ],
    [
      'it',
      'il pranzo di domenica con i suoceri spostalo a sabato prossimo verso l ora di pranzo',
      reschedule(c.at(c.weekday(SAT), 13)),
    ],
    ['it', 'quante ore mi restano questo mese? nn vorrei sforare', only('balance')],
    [
      'it',
      'ricordami a inizio settimana prossima di rinnovare il bollo della moto',
      said(reminder(c.at(c.weekday(MON), 9)), 'rinnovare il bollo della moto'),
    ],
    [
      'it',
      'allora dmn pranzo dalla nonna quindi nn ci sono, ma lunedì alle 9 ricordami di mandare la fattura a Ferri',
      said(reminder(c.at(c.weekday(MON), 9)), 'mandare la fattura a Ferri'),
    ],
  ]),
  fresh('b12-r1-lugano-month-end', 'it', '2027-11-30T08:10:00+01:00', 'Europe/Zurich', (c) => [
    [
      'it',
      'buongiorno, entro fine mese mi servirebbe la traduzione in tedesco del listino, si riesce?',
      task(c.iso(c.today)),
    ],
    ['it', 'mi prenoti il parrucchiere x giovedì in mattinata? grazie', booking(c.at(c.weekday(THU), 9))],
    ['it', 'ricordami ai primi di gennaio di rinnovare l abbonamento del posteggio', reminder(c.at(d(2028, 1, 1), 9))],
    [
      'it',
      'cmq venerdì 10 ho il notaio alle 11 e mezza, segnamelo',
      titled(booking(c.at(d(2027, 12, 10), 11, 30)), 'notaio'),
    ],
    [
      'it',
      'sono in riunione fino a mezzogiorno, poi ci sono',
      only('status', { availability: 'busy', until: c.at(c.today, 12) }),
    ],
    [
      'it',
      'ogni martedì e giovedì alle 7 di sera ricordami il corso di tedesco',
      recurring(c.at(c.today, 19), 'FREQ=WEEKLY;BYDAY=TU,TH'),
    ],
    [
      'it',
      'ho messo qualche promemoria per l Immacolata?',
      only('agenda', { from: '2027-12-08', to: '2027-12-08', items: 'reminders' }),
    ],
    ['it', 'annulla l appuntamento di dmn col fiduciario, pratica 4410', only('cancel', { ref: 4410 })],
    ['it', 'ué ciao, mi metti giù un appunt. col fornitore x giovedì alle 2?', booking(c.at(c.weekday(THU), 14))],
  ]),
  fresh('b12-r1-new-york-before-christmas', 'it', '2027-12-17T19:30:00-05:00', 'America/New_York', (c) => [
    ['it', 'ciao da New York! dmn alle 9 ricordami di chiamare la mamma x gli auguri', reminder(c.at(c.day(1), 9))],
    [
      'it',
      'mi segni cena da Carbone il 23 alle 8 e mezza? siamo in 6',
      titled(booking(c.at(d(2027, 12, 23), 20, 30), { partySize: 6 }), 'cena da Carbone'),
    ],
    ['it', 'tra mezz ora ricordami di prendere il taxi x il JFK', reminder(c.inMinutes(30))],
    [
      'it',
      'fammi scrivere da voi gli auguri di fine anno ai fornitori entro il 22',
      said(task('2027-12-22'), 'scrivere gli auguri di fine anno ai fornitori'),
    ],
  ]),
];
