import type { Calendar, Case, Family } from './calendar.js';
import {
  booking,
  FRI,
  MON,
  NOW,
  only,
  recurring,
  reminder,
  reschedule,
  SAT,
  SUN,
  task,
  taskAt,
  THU,
  TUE,
  TZ,
  WED,
} from './common.js';

/**
 * Italian messages as clients of a virtual office type them on a phone (lawyers, accountants,
 * shops): abbreviations, lost apostrophes, corrections, object-first questions. Said on
 * Wednesday 10 February 2027 at 10:00 in Rome.
 */
function reminders(c: Calendar): Case[] {
  const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
  return [
    ['it', "ricordami domani alle 15h30 di chiamare l'avv. Bianchi", reminder(c.at(c.day(1), 15, 30))],
    ['it', 'Ricordami dopo domani alle 9 di portare i documenti in trib.', reminder(c.at(c.day(2), 9))],
    ['it', "ricordami il 1º marzo di pagare l'affitto dello studio", reminder(nine(c.date(3, 1)))],
    ['it', 'mi ricordi lunedì prossimo di chiamare il dott. Rossi?', reminder(nine(c.weekday(MON)))],
    ['it', 'ricordami lunedì alle 8 e mezza di passare in banca', reminder(c.at(c.weekday(MON), 8, 30))],
    ['it', 'ricordami stanotte di chiudere il cancello del magazzino', reminder(c.at(c.today, 22))],
    ['it', 'ricordami a mezzanotte di spegnere le luci della vetrina', reminder(c.at(c.day(1), 0))],
    ['it', 'ricordami stasera alle 8 e un quarto di chiamare Marco', reminder(c.at(c.today, 20, 15))],
    ['it', 'ricordami alle 3 meno un quarto di uscire x il tribunale', reminder(c.at(c.today, 14, 45))],
    ['it', 'ricordami tra 20 minuti di richiamare la sig.ra Neri', reminder(c.inMinutes(20))],
    ['it', 'ricordami fra 2 settimane di sollecitare il pagamento a Ferri', reminder(c.at(c.day(14), 10))],
    ['it', 'ricordami a fine mese di mandare le fatture al commercialista', reminder(nine(c.date(2, 28)))],
    ['it', "ricordami il primo lunedì di marzo di rinnovare l'abbonamento", reminder(nine(c.date(3, 1)))],
    ['it', "ricordami l'ultimo venerdì di febbraio di chiudere la cassa", reminder(nine(c.date(2, 26)))],
    ['it', 'ricordami dopopranzo di chiamare Luisa', reminder(c.at(c.today, 14))],
    ['it', 'ricordami verso le 4 di mandare il fax in comune', reminder(c.at(c.today, 16))],
    ['it', 'ricordami alle 16 e 45 di andare a prendere i bambini', reminder(c.at(c.today, 16, 45))],
    ['it', 'ricordami il 2 marzo alle ore 14:00 di chiamare il notaio', reminder(c.at(c.date(3, 2), 14))],
    ['it', 'ricordami tra 10 gg di controllare il bonifico', reminder(c.at(c.day(10), 10))],
    ['it', 'ricordami fra due venerdì di pagare il corriere', reminder(nine(c.weekday(FRI, 1)))],
    ['it', 'ricordami il 20 del mese prossimo di pagare il leasing', reminder(nine(c.date(3, 20)))],
    ['it', 'ricordami 3 giorni dopo Pasqua di riaprire il negozio', reminder(nine(c.easter(3)))],
    ['it', 'ricordami gio alle 10 di chiamare il cliente Sala', reminder(c.at(c.weekday(THU), 10))],
    ['it', 'ricordami ven. pomeriggio di mandare le buste paga', reminder(c.at(c.weekday(FRI), 15))],
    ['it', "ricordami lun 15 alle 8 di aprire prima l'ufficio", reminder(c.at(c.weekday(MON), 8))],
    ['it', 'ricordami sett. prox di rinnovare il dominio del sito', reminder(nine(c.weekday(MON)))],
    ['it', 'ricordami tra 2 gg alle 15 di ritirare le analisi', reminder(c.at(c.day(2), 15))],
    ['it', 'ricordami h 15 di chiamare lo studio Ferri', reminder(c.at(c.today, 15))],
    ['it', 'ricordami lunedì ore 8.45 di portare il bilancio in banca', reminder(c.at(c.weekday(MON), 8, 45))],
    ['it', 'ricordami alle 10, no scusa alle 11, di chiamare Paola', reminder(c.at(c.today, 11))],
    ['it', "ricordami giovedì, anzi venerdì, alle 18 di chiudere l'ordine", reminder(c.at(c.weekday(FRI), 18))],
    ['it', 'ricordami domattina di portare il pc in ufficio', reminder(nine(c.day(1)))],
    ['it', "ricordami mercoledì prossimo alle 11 dell'udienza", reminder(c.at(c.weekday(WED), 11))],
    ['it', "ricordami giovedì 18 alle 10 di chiamare l'INPS", reminder(c.at(c.weekday(THU, 1), 10))],
    ['it', "ricordami il 3/3 alle 9.30 di pagare l'IVA", reminder(c.at(c.date(3, 3), 9, 30))],
    ['it', 'ricordami il 15/02 h 16 di chiamare il geom. Conti', reminder(c.at(c.date(2, 15), 16))],
    ['it', 'ricordami x le 17 di chiamare il corriere', reminder(c.at(c.today, 17))],
    ['it', 'ricordamelo domani alle 10', reminder(c.at(c.day(1), 10))],
    ['it', 'mi ricordi alle 2 e 20 di chiamare la scuola?', reminder(c.at(c.today, 14, 20))],
    ['it', 'ricordami a mezzogiorno e mezza di prendere la medicina', reminder(c.at(c.today, 12, 30))],
    ['it', "ricordami tra un'ora e mezza di spegnere il forno", reminder(c.inMinutes(90))],
    ['it', 'ricordami sabato mattina di fare la spesa x il negozio', reminder(nine(c.weekday(SAT)))],
    ['it', 'ricordami domenica sera di preparare la borsa', reminder(c.at(c.weekday(SUN), 19))],
    ['it', "ricordami per l'Immacolata di fare l'albero in negozio", reminder(nine(c.date(12, 8)))],
  ];
}

function moreReminders(c: Calendar): Case[] {
  const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
  const y = c.today.year;
  return [
    ['it', 'ricordami alle 7 di mattina di prendere il treno x Milano', reminder(c.next(7))],
    ['it', 'ricordami alle 9 di sera di mandare la pec', reminder(c.at(c.today, 21))],
    ['it', 'ricordami alle 11 di notte di fare il backup', reminder(c.at(c.today, 23))],
    ['it', 'ricordami il 25 aprile di mettere il cartello di chiusura', reminder(nine(c.date(4, 25)))],
    ['it', 'ricordami il giorno dopo Pasquetta di riaprire lo studio', reminder(nine(c.easter(2)))],
    ['it', 'ricordami la settimana prossima di chiamare il commercialista', reminder(nine(c.weekday(MON)))],
    ['it', 'ricordami nel weekend di sistemare l archivio', reminder(nine(c.weekday(SAT)))],
    ['it', 'nn dimenticare di ricordarmi venerdì il bollo della macchina', reminder(nine(c.weekday(FRI)))],
    ['it', "ricordami tra mezz'ora di richiamare il cliente", reminder(c.inMinutes(30))],
    ['it', 'ricordami tra 3 giorni alle 10 di richiamare il fornitore', reminder(c.at(c.day(3), 10))],
    ['it', 'ricordami il secondo martedì di marzo di pagare la rata', reminder(nine(c.nth(y, 3, TUE, 2)))],
    [
      'it',
      'ricordami ogni lunedì alle 9 di mandare il report',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;BYDAY=MO'),
    ],
    ['it', 'ricordami tutti i giorni alle 18 di chiudere la cassa', recurring(c.at(c.today, 18), 'FREQ=DAILY')],
    [
      'it',
      "ricordami il 16 di ogni mese di pagare l'F24",
      recurring(nine(c.date(2, 16)), 'FREQ=MONTHLY;BYMONTHDAY=16'),
    ],
    [
      'it',
      'ricordami ogni due settimane di venerdì di fare il backup',
      recurring(nine(c.weekday(FRI)), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'),
    ],
    [
      'it',
      'dal lunedì al venerdì alle 8 ricordami di aprire la serranda',
      recurring(c.at(c.day(1), 8), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
    [
      'it',
      "ricordami ogni anno il 30 giugno di pagare l'IMU",
      recurring(nine(c.date(6, 30)), 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30'),
    ],
    [
      'it',
      'la dichiarazione va presentata entro il 20 marzo, ricordamelo 2 giorni prima',
      reminder(nine(c.date(3, 18)), { due: c.iso(c.date(3, 20)) }),
    ],
    [
      'it',
      'il bollo della macchina scade il 28, ricordamelo 3 giorni prima',
      reminder(nine(c.date(2, 25)), { due: c.iso(c.date(2, 28)) }),
    ],
    [
      'it',
      'devo depositare la memoria entro venerdì, ricordamelo il giorno prima',
      reminder(nine(c.weekday(THU)), { due: c.iso(c.weekday(FRI)) }),
    ],
    ['it', 'ricordami mercoledì di mandare la perizia entro le 17', reminder(nine(c.weekday(WED)))],
    ['it', 'Ricordami domani alle 9 anzi no alle 9 e mezza di chiamare Bruno', reminder(c.at(c.day(1), 9, 30))],
  ];
}

function bookings(c: Calendar): Case[] {
  const y = c.today.year;
  return [
    ['it', 'domani alle 3 ho il commercialista', booking(c.at(c.day(1), 15))],
    [
      'it',
      'prenota un tavolo da Mario x sabato sera alle 9, siamo in 4',
      booking(c.at(c.weekday(SAT), 21), { partySize: 4 }),
    ],
    ['it', 'tavolo x 6 da Gino venerdì alle 20:30', booking(c.at(c.weekday(FRI), 20, 30), { partySize: 6 })],
    ['it', 'mi prenoti il parrucchiere giovedì alle 5 e mezza?', booking(c.at(c.weekday(THU), 17, 30))],
    ['it', 'fissami un appuntamento col dott. Verdi martedì prossimo alle 11', booking(c.at(c.weekday(TUE), 11))],
    ['it', 'metti in agenda udienza trib. di Monza 22/2 h 9.30', booking(c.at(c.date(2, 22), 9, 30))],
    ['it', 'segna riunione con i soci il 1° marzo alle 18', booking(c.at(c.date(3, 1), 18))],
    ['it', 'segnami in agenda la cena di lavoro giovedì prossimo alle 20', booking(c.at(c.weekday(THU), 20))],
    ['it', 'ho il dentista lunedì alle 4', booking(c.at(c.weekday(MON), 16))],
    [
      'it',
      'appuntamento dal notaio il 3 marzo alle 10 e mezza, mettilo in agenda',
      booking(c.at(c.date(3, 3), 10, 30)),
    ],
    [
      'it',
      'mettimi in agenda una call con il cliente di Torino dopodomani alle 15:30',
      booking(c.at(c.day(2), 15, 30)),
    ],
    ['it', 'prenotami la sala riunioni x domani dalle 3 alle 5', booking(c.at(c.day(1), 15))],
    ['it', "fissa una call con l'avv. Russo venerdì tra le 10 e le 11", booking(c.at(c.weekday(FRI), 10))],
    ['it', 'mettimi un meeting col team vendite domani alle 2 e mezza', booking(c.at(c.day(1), 14, 30))],
    ['it', "ho l'udienza il 24 alle 9, segnala in agenda", booking(c.at(c.date(2, 24), 9))],
    ['it', 'visita dal dermatologo il 2/3 alle 17:15, segnamela', booking(c.at(c.date(3, 2), 17, 15))],
    [
      'it',
      'prenotami un tavolo al Sole x San Valentino alle 21, siamo in 2',
      booking(c.at(c.date(2, 14), 21), { partySize: 2 }),
    ],
    ['it', 'prenota il ristorante x Pasqua alle 13, siamo in 10', booking(c.at(c.easter(), 13), { partySize: 10 })],
    ['it', 'segna in agenda il colloquio con il nuovo stagista il 5 marzo', booking(c.iso(c.date(3, 5)))],
    [
      'it',
      "fissa la riunione di condominio l'ultimo giovedì del mese alle 21",
      booking(c.at(c.nth(y, 2, THU, -1), 21)),
    ],
    ['it', 'conferenza stampa mer 17 ore 11, mettila in calendario', booking(c.at(c.weekday(WED), 11))],
    ['it', 'call con lo studio Ferri alle 16, segnala in agenda', booking(c.at(c.today, 16))],
    ['it', 'prenotami dal barbiere x domani mattina alle 9', booking(c.at(c.day(1), 9))],
    ['it', "domani pranzo con l'avv. Gallo, segnalo", booking(c.iso(c.day(1)))],
    ['it', 'mi prenoti la revisione della macchina giovedì mattina?', booking(c.iso(c.weekday(THU)))],
    ['it', 'venerdì alle 6 ho il meccanico', booking(c.at(c.weekday(FRI), 18))],
    ['it', 'riunione col cliente lunedì 15 alle 11, anzi alle 12', booking(c.at(c.weekday(MON), 12))],
    ['it', 'mettimi in agenda la fiera di Verona dal 3 al 5 marzo', booking(c.iso(c.date(3, 3)))],
  ];
}

function tasks(c: Calendar): Case[] {
  return [
    ['it', 'traduci il contratto in inglese entro lunedì', task(c.iso(c.weekday(MON)))],
    ['it', 'mi serve la visura camerale entro domani', task(c.iso(c.day(1)))],
    ['it', 'prepara la diffida x il sig. Colombo entro fine settimana', task(c.iso(c.weekday(FRI)))],
    ['it', 'cerca un volo x Parigi per il 3 marzo, mattina presto', only('task')],
    ['it', 'chiama la banca domani alle 10 e chiedi del mutuo', taskAt(c.at(c.day(1), 10))],
    ['it', "puoi chiamare il cliente Bassi x spostare l'appuntamento?", only('task')],
    ['it', 'scrivi una mail al fornitore entro le 12', task(c.iso(c.today))],
    ['it', "manda la pec all'agenzia delle entrate entro il 28", task(c.iso(c.date(2, 28)))],
    ['it', 'compra le cartucce x la stampante entro giovedì', task(c.iso(c.weekday(THU)))],
    ['it', 'organizzami la trasferta a Roma x la fiera, treno e albergo', only('task')],
    ['it', 'fai una ricerca sui bandi x le PMI entro fine mese', task(c.iso(c.date(2, 28)))],
    ['it', "rispondi tu alla mail dell'avv. Conti entro stasera", task(c.iso(c.today))],
    ['it', 'mandami entro dopodomani il preventivo aggiornato', task(c.iso(c.day(2)))],
    ['it', 'mi serve in mattinata la bozza del ricorso', task(c.iso(c.today))],
    ['it', 'trascrivi il verbale della riunione entro domani sera', task(c.iso(c.day(1)))],
    ['it', 'puoi scrivere un post x Instagram sui saldi entro venerdì?', task(c.iso(c.weekday(FRI)))],
    ['it', 'dmn mattina chiama il commercialista e chiedi del 730', only('task')],
    ['it', 'entro il 1º marzo traducete il sito in tedesco', task(c.iso(c.date(3, 1)))],
  ];
}

function questions(c: Calendar): Case[] {
  const today = c.iso(c.today);
  return [
    ['it', 'che impegni ho giovedì?', only('agenda')],
    ['it', 'ho qualcosa nel weekend?', only('agenda')],
    ['it', "fammi l'elenco degli appuntamenti di lunedì", only('agenda')],
    ['it', 'quali promemoria ho x questa settimana?', only('agenda')],
    ['it', "cosa c'è in agenda la settimana prossima?", only('agenda')],
    ['it', 'mi dici gli appuntamenti di oggi?', only('agenda', { from: today, to: today })],
    ['it', 'a che ora ho il dentista domani?', only('agenda')],
    ['it', "trovami un'ora libera giovedì pomeriggio", only('free_slots', { durationMin: 60 })],
    ['it', 'quando sono libero domani?', only('free_slots')],
    ['it', 'ho un buco venerdì mattina x una call di mezz ora?', only('free_slots')],
    ['it', 'il tavolo da Mario l hai prenotato?', only('ticket_status')],
    ['it', 'a che punto siamo con la visura?', only('ticket_status')],
    ['it', 'la traduzione del contratto è pronta?', only('ticket_status')],
    ['it', 'novità sulla richiesta 1052?', only('ticket_status', { ref: 1052 })],
    ['it', "avete chiamato l'idraulico?", only('ticket_status')],
    ['it', "l'hotel x Bologna l'avete trovato?", only('ticket_status')],
    ['it', 'quante ore ho ancora nel pacchetto?', only('balance')],
    ['it', 'quanto mi resta del pacchetto ore?', only('balance')],
    ['it', 'quante ore ho usato questo mese?', only('balance')],
    ['it', 'ciao, come funziona?', only('help')],
    ['it', 'ok grazie mille', only('other')],
    ['it', 'perfetto, a dopo', only('other')],
  ];
}

function changes(c: Calendar): Case[] {
  return [
    ['it', 'sono in riunione fino alle 4, nn mi passate nessuno', only('status', { until: c.at(c.today, 16) })],
    ['it', 'sono in udienza tutta la mattina', only('status', { availability: 'busy' })],
    ['it', 'nn disturbatemi fino a mezzogiorno', only('status', { availability: 'dnd', until: c.at(c.today, 12) })],
    ['it', 'sono di nuovo in ufficio, passatemi pure le chiamate', only('status', { availability: 'available' })],
    ['it', "annulla l'appuntamento dal dentista di lunedì", only('cancel')],
    ['it', 'cancella il promemoria delle 3', only('cancel')],
    ['it', 'nn serve più la traduzione, annullate la pratica 1048', only('cancel', { ref: 1048 })],
    ['it', 'togli la cena da Mario di sabato', only('cancel')],
    ['it', 'sposta il dentista a venerdì alle 5', reschedule(c.at(c.weekday(FRI), 17))],
    ['it', 'rimanda la call col cliente a lunedì prossimo alle 10', reschedule(c.at(c.weekday(MON), 10))],
    ['it', 'posticipa l appuntamento col notaio al 5 marzo alle 11', reschedule(c.at(c.date(3, 5), 11))],
    ['it', 'spostami la cena da Mario a sabato alle 21', reschedule(c.at(c.weekday(SAT), 21))],
    ['it', 'la call delle 15 spostala alle 17', reschedule(c.at(c.today, 17))],
    [
      'it',
      "l'udienza di giovedì è stata rinviata al 4 marzo alle 9, aggiorna l'agenda",
      reschedule(c.at(c.date(3, 4), 9)),
    ],
  ];
}

export const realisticIt: Family = {
  name: 'realistic',
  now: NOW,
  tz: TZ,
  cases: (c) => [...reminders(c), ...moreReminders(c), ...bookings(c), ...tasks(c), ...questions(c), ...changes(c)],
};
