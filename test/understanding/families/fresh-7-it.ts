import {
  booking,
  FRI,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  said,
  SAT,
  SUN,
  task,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 7, Italian: client messages written and labelled before running the rules, at two
 * moments on daylight-saving days in Rome: Pasquetta morning, the day after summer time began
 * (a Monday: "martedì prossimo" is tomorrow by the weekday rule), and the Saturday night before
 * the clocks go back. Free texts (`text`, `title`) are labelled in `slots` but not scored.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
/** a reminder before a deadline: `due` the deadline, `when` its firing instant */
const before = (due: string, when: string, text?: string): Expected => ({
  intent: 'reminder',
  due,
  when,
  ...(text && { slots: { text } }),
});
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh7It: readonly Family[] = [
  fresh('b7-it-pasquetta', 'it', '2027-03-29T09:40:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami martedì prossimo alle 9 di chiamare il notaio',
      said(reminder(c.at(c.weekday(TUE), 9)), 'chiamare il notaio'),
    ],
    ['it', 'che promemoria ho?', only('agenda', { items: 'reminders' })],
    ['it', 'quali promemoria ho impostato?', only('agenda', { items: 'reminders' })],
    [
      'it',
      'quali promemoria ho per questa settimana?',
      only('agenda', { from: c.iso(c.today), to: c.iso(c.weekday(SUN)), items: 'reminders' }),
    ],
    [
      'it',
      'prenotami un tavolo da Nora sabato alle 8, siamo in 4',
      booking(c.at(c.weekday(SAT), 20), { partySize: 4 }),
    ],
    [
      'it',
      'ricordami il 25 aprile di esporre la bandiera',
      said(reminder(c.at(d(2027, 4, 25), 9)), 'esporre la bandiera'),
    ],
    [
      'it',
      'il primo maggio alle 11 ricordami di chiamare papà',
      said(reminder(c.at(d(2027, 5, 1), 11)), 'chiamare papà'),
    ],
    [
      'it',
      'mettimi in agenda il consiglio di amministrazione il primo martedì di maggio alle 15',
      booking(c.at(c.nth(2027, 5, TUE, 1), 15)),
    ],
    [
      'it',
      "ricordami l'ultimo venerdì di aprile di pagare l'affitto del magazzino",
      said(reminder(c.at(c.nth(2027, 4, FRI, -1), 9)), "pagare l'affitto del magazzino"),
    ],
    [
      'it',
      'ricordami ogni primo lunedì del mese di mandare le fatture',
      recurring(c.at(c.nth(2027, 4, MON, 1), 9), 'FREQ=MONTHLY;BYDAY=1MO'),
    ],
    [
      'it',
      'giovedì 15h30 appuntamento col commercialista, segnalo',
      titled(booking(c.at(c.weekday(THU), 15, 30)), 'appuntamento col commercialista'),
    ],
    ['it', 'ricordami tra mezz ora di richiamare Giulia', said(reminder(c.inMinutes(30)), 'richiamare Giulia')],
    ['it', 'x le 5 mi ricordi di passare in banca?', said(reminder(c.next(17)), 'passare in banca')],
    ['it', 'dmn alle 10 ricordami la call con Marco', reminder(c.at(c.day(1), 10))],
    ['it', 'ricordami dmn mattina di portare i documenti', said(reminder(c.at(c.day(1), 9)), 'portare i documenti')],
    ['it', 'fissa la call con i fornitori mercoledì alle 11, anzi no alle 12', booking(c.at(c.weekday(WED), 12))],
    [
      'it',
      'ricordami giovedì alle 4, no aspetta alle 5, di ritirare il vestito',
      said(reminder(c.at(c.weekday(THU), 17)), 'ritirare il vestito'),
    ],
    [
      'it',
      'devo mandare la dichiarazione entro venerdì, ricordamelo il giorno prima',
      before(c.iso(c.weekday(FRI)), c.at(c.weekday(THU), 9)),
    ],
    [
      'it',
      "entro il 15 aprile devo pagare l'F24, ricordamelo una settimana prima",
      before(c.iso(d(2027, 4, 15)), c.at(d(2027, 4, 8), 9)),
    ],
    [
      'it',
      'mettimi una riunione con Paolo giovedì tra le 3 e le 4',
      booking(c.at(c.weekday(THU), 15), { durationMin: 60 }),
    ],
    ['it', 'ho il dentista dopodomani dalle 10 alle 11', booking(c.at(c.day(2), 10), { durationMin: 60 })],
    ['it', 'ricordami dopo domani di chiamare l assicurazione', reminder(c.at(c.day(2), 9))],
    ['it', 'ricordami fra due venerdì di controllare il conto', reminder(c.at(c.weekday(FRI, 1), 9))],
    ['it', 'il 20 del mese prossimo ricordami il tagliando', reminder(c.at(d(2027, 4, 20), 9))],
    ['it', 'alla festa della repubblica ricordami di chiamare lo zio', reminder(c.at(d(2027, 6, 2), 9))],
    ['it', 'a ferragosto ricordami di innaffiare l orto', said(reminder(c.at(d(2027, 8, 15), 9)), 'innaffiare l orto')],
    ['it', 'sono in riunione fino alle 12:30, nn passatemi nessuno', busy(c.at(c.today, 12, 30))],
    ['it', 'trovami un ora libera mercoledì pomeriggio', only('free_slots', { durationMin: 60 })],
    ['it', 'a che punto è la richiesta 1712?', only('ticket_status', { ref: 1712 })],
    ['it', 'annulla la pratica n° 1733', only('cancel', { ref: 1733 })],
    ['it', 'sposta il parrucchiere a venerdì alle 6 meno un quarto', reschedule(c.at(c.weekday(FRI), 17, 45))],
    ['it', 'ricordami alle 8 di stasera di chiudere la cassa', said(reminder(c.at(c.today, 20)), 'chiudere la cassa')],
    ['it', 'cmq ricordami tra un quarto d ora di chiamare Sara', said(reminder(c.inMinutes(15)), 'chiamare Sara')],
    ['it', 'traduci il contratto in inglese entro mercoledì prossimo', task(c.iso(c.weekday(WED)))],
  ]),
  fresh('b7-it-cambio-ora', 'it', '2027-10-30T21:30:00+02:00', 'Europe/Rome', (c) => [
    ['it', "ricordami domani alle 10 di spostare l'ora del forno", reminder(c.at(c.day(1), 10))],
    ['it', 'ricordami tra 6 ore di controllare la caldaia', said(reminder(c.inMinutes(360)), 'controllare la caldaia')],
    ['it', 'ricordami a Ognissanti di portare i fiori', said(reminder(c.at(d(2027, 11, 1), 9)), 'portare i fiori')],
    ['it', "lunedì prossimo alle 9 ricordami di chiamare l'idraulico", reminder(c.at(c.weekday(MON), 9))],
    [
      'it',
      'che promemoria ho per domani?',
      only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)), items: 'reminders' }),
    ],
    ['it', 'ricordami a Natale alle 12:30 di chiamare i nonni', reminder(c.at(d(2027, 12, 25), 12, 30))],
    ['it', 'tre giorni dopo natale ricordami di cambiare i regali', reminder(c.at(d(2027, 12, 28), 9))],
    [
      'it',
      'ricordami la vigilia di ordinare il capitone',
      said(reminder(c.at(d(2027, 12, 24), 9)), 'ordinare il capitone'),
    ],
    ['it', "l'immacolata alle 17 ricordami di fare l'albero", reminder(c.at(d(2027, 12, 8), 17))],
    [
      'it',
      'prenotami da Gino mercoledì alle 8 e mezza, siamo in 6',
      booking(c.at(c.weekday(WED), 20, 30), { partySize: 6 }),
    ],
    ['it', 'ricordami alle 15h30 di chiamare Anna', reminder(c.next(15, 30))],
    ['it', 'ricordami domani alle 8 meno 10 di chiamare il taxi', reminder(c.at(c.day(1), 7, 50))],
    ['it', 'tra un ora e mezza ricordami di spegnere il forno', said(reminder(c.inMinutes(90)), 'spegnere il forno')],
    ['it', 'ricordami domenica prossima alle 11 di chiamare mamma', reminder(c.at(c.weekday(SUN), 11))],
    ['it', 'ricordami il secondo sabato di novembre di andare alla fiera', reminder(c.at(c.nth(2027, 11, SAT, 2), 9))],
    [
      'it',
      'ogni ultimo venerdì del mese ricordami di fare il backup',
      recurring(c.at(c.nth(2027, 11, FRI, -1), 9), 'FREQ=MONTHLY;BYDAY=-1FR'),
    ],
    ['it', 'entro la fine del mese prossimo mi serve il bilancio tradotto in inglese', task('2027-11-30')],
    ['it', 'ricordami dmn sera di preparare la borsa', said(reminder(c.at(c.day(1), 19)), 'preparare la borsa')],
    ['it', 'ricordami stasera alle 11 di chiudere il cancello', reminder(c.at(c.today, 23))],
    ['it', 'domani alle 11 anzi a mezzogiorno ricordami di chiamare Pietro', reminder(c.at(c.day(1), 12))],
    [
      'it',
      'devo consegnare la perizia entro giovedì, ricordamelo due giorni prima',
      before(c.iso(c.weekday(THU)), c.at(c.weekday(TUE), 9)),
    ],
    [
      'it',
      'il 3 novembre tra le 10 e le 11 ho il commercialista',
      titled(booking(c.at(d(2027, 11, 3), 10), { durationMin: 60 }), 'commercialista'),
    ],
    ['it', 'non disturbatemi fino alle 23', only('status', { availability: 'dnd', until: c.at(c.today, 23) })],
    ['it', 'cosa ho la settimana prossima?', only('agenda', { from: c.iso(c.weekday(MON)), to: '2027-11-07' })],
    ['it', 'ricordami il 2 alle 9 di pagare la rata', reminder(c.at(d(2027, 11, 2), 9))],
    ['it', 'domani alle 9.45 ricordami di portare la macchina dal gommista', reminder(c.at(c.day(1), 9, 45))],
    ['it', 'ricordami il 1º dicembre di rinnovare il dominio', reminder(c.at(d(2027, 12, 1), 9))],
    ['it', 'cercami un volo x Parigi entro mercoledì', task(c.iso(c.weekday(WED)))],
    [
      'it',
      'ho messo promemoria per lunedì?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)), items: 'reminders' }),
    ],
    ['it', 'ricordami x favore tra 20 min di girare la carne', said(reminder(c.inMinutes(20)), 'girare la carne')],
  ]),
];
