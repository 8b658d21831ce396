import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE } from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 20 (Italian), round 1: the formal register of older clients and professionals ("Vi chiedo
 * cortesemente", "p.v.", "c.m.", "entro e non oltre il", "alle ore 15.00", "in data 22/03") in Rome on a
 * Monday morning in March, and e-mails pasted into the chat with their signatures, forwarded headers and
 * quoted text, in Milan on the Thursday before the first of May. Written and labelled in code before the
 * rules ran on them; `viaOffice` and free texts are checked by src/understanding/fresh-batch-20-it.test.ts.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const office = (expected: Expected): Expected => ({ ...expected, slots: { ...expected.slots, viaOffice: true } });
const MORNING = { timeFrom: '09:00', timeTo: '13:00' };
/** a booking the office arranges on a day, within a part of it */
const window = (date: string, hours: Record<string, string>): Expected => ({
  intent: 'booking',
  slots: { from: date, to: date, viaOffice: true, ...hours },
});
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh20ItRound1: readonly Family[] = [
  // Monday 8 March 2027, 09:40 in Rome
  fresh('b20-r1-rome-formal', 'it', '2027-03-08T09:40:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'Gentile segreteria, Vi chiedo cortesemente di fissarmi un appuntamento con il notaio per la giornata di martedì p.v. in mattinata. Cordiali saluti',
      window(c.iso(c.weekday(TUE)), MORNING),
    ],
    [
      'it',
      'Buongiorno, con la presente Vi prego di ricordarmi il giorno 15 c.m. alle ore 15.00 la scadenza del versamento IVA. Distinti saluti',
      reminder(c.at(d(2027, 3, 15), 15)),
    ],
    ['it', 'Egregi signori, Vi comunico che sarò impegnato in udienza sino alle ore 13.00.', busy(c.at(c.today, 13))],
    [
      'it',
      'La prego di predisporre la bozza del contratto di locazione entro e non oltre il 19/03.',
      { intent: 'task', due: '2027-03-19' },
    ],
    [
      'it',
      'Vorrei cortesemente sapere a che punto è la pratica n. 4512, grazie.',
      only('ticket_status', { ref: 4512 }),
    ],
    [
      'it',
      "Gentilissimi, Vi chiedo di annullare l'appuntamento con il commercialista di giovedì p.v. Ringraziando, porgo distinti saluti.",
      only('cancel'),
    ],
    [
      'it',
      'In data 22/03 alle ore 10.30 ho la riunione del consiglio di amministrazione.',
      booking(c.at(d(2027, 3, 22), 10, 30)),
    ],
    [
      'it',
      "Le sarei grato se volesse rammentarmi domani alle ore 8.45 di telefonare all'avv. Marchetti.",
      said(reminder(c.at(c.day(1), 8, 45)), "telefonare all'avv. Marchetti"),
    ],
    [
      'it',
      "Vogliate cortesemente spostare l'incontro con il dott. Ferri da mercoledì a venerdì alle ore 16.00.",
      reschedule(c.at(c.weekday(FRI), 16)),
    ],
    ['it', 'Gradirei conoscere il numero di ore residue del mio pacchetto.', only('balance')],
    [
      'it',
      'Desidero prenotare un tavolo per sei persone presso il ristorante Da Vittorio per sabato p.v. alle ore 20.30.',
      office(booking(c.at(c.weekday(SAT), 20, 30), { partySize: 6 })),
    ],
    [
      'it',
      'Vi prego di volermi rammentare ogni primo lunedì del mese il versamento dei contributi.',
      recurring(c.at(d(2027, 4, 5), 9), 'FREQ=MONTHLY;BYDAY=1MO'),
    ],
    [
      'it',
      'Cortesemente, quali impegni ho in agenda per la settimana entrante?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    ['it', 'Sono nuovamente reperibile, potete passarmi le telefonate.', only('status', { availability: 'available' })],
    [
      'it',
      'Entro il 31 c.m. si rende necessaria la traduzione in lingua inglese del bilancio.',
      { intent: 'task', due: '2027-03-31' },
    ],
    [
      'it',
      "Gentile dottoressa, Le chiedo di verificare se giovedì 11 nel pomeriggio ho un'ora libera per un colloquio.",
      only('free_slots', { from: c.iso(c.weekday(THU)), to: c.iso(c.weekday(THU)), durationMin: 60 }),
    ],
  ]),
  // Thursday 29 April 2027, 16:05 in Milan: Saturday is the first of May
  fresh('b20-r1-milan-emails', 'it', '2027-04-29T16:05:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'Buonasera,\nVi giro la mail del cliente: potete organizzare una call con lui lunedì alle 11?\n\n> Il giorno 28 apr 2027, alle ore 18:12, Marco Villa ha scritto:\n> Buongiorno, sarei disponibile lunedì mattina o martedì pomeriggio.\n\n--\nIng. Paolo Riva\nRiva Impianti S.r.l.\nTel. 02 4455667',
      booking(c.at(c.weekday(MON), 11)),
    ],
    [
      'it',
      'Ciao, ti inoltro sotto. Mi ricordi domani alle 9 di rispondere?\n\n---------- Messaggio inoltrato ---------\nDa: Laura Sala <laura.sala@example.it>\nData: mer 28 apr 2027 alle ore 10:03\nOggetto: Preventivo ristrutturazione\n\nGentile Ing., Le invio il preventivo aggiornato entro venerdì.\n\nLaura',
      said(reminder(c.at(c.day(1), 9)), 'rispondere'),
    ],
    [
      'it',
      'Potete tradurre in inglese il testo qui sotto entro martedì? Grazie\n\nGentile cliente, la informiamo che il negozio resterà chiuso dal 1 al 3 maggio per inventario.\n\nCordiali saluti\nGiulia Ferri\nUfficio Commerciale',
      { intent: 'task', due: c.iso(c.weekday(TUE)) },
    ],
    [
      'it',
      "Buongiorno,\nin allegato la convocazione. Segnatemi in agenda l'assemblea condominiale del 12 maggio alle ore 21.00.\n\nCordiali saluti\nAmm. Condominio Rossi\nVia Padova 12, Milano\nInviato da iPhone",
      booking(c.at(d(2027, 5, 12), 21)),
    ],
    [
      'it',
      'Re: fattura n. 223/2027\n\nmi ricordate lunedì di pagarla? grazie\n\nIl 29/04/2027 09:14, amministrazione@fornitore.it ha scritto:\n> Vi sollecitiamo il pagamento della fattura scaduta il 15/04.',
      reminder(c.at(c.weekday(MON), 9)),
    ],
    [
      'it',
      'Oggetto: annullamento appuntamento\n\nBuonasera, vi chiedo di disdire la visita dal dermatologo di martedì 4 maggio.\nGrazie mille\nAnna Conti\n\nQuesta e-mail e gli eventuali allegati sono riservati al destinatario.',
      only('cancel'),
    ],
    [
      'it',
      'Ti incollo la mail di Bianchi:\n"Ci vediamo giovedì 6 alle 15 in sede da noi per la firma"\nmettimelo in calendario per favore',
      booking(c.at(d(2027, 5, 6), 15)),
    ],
    [
      'it',
      'Buongiorno, a che punto siete con la richiesta 6230? Il cliente mi ha riscritto stamattina.\n\nSaluti\nDott. Federico Galli\nStudio Galli & Associati\nCorso Vercelli 40 – 20145 Milano\nP.IVA 01234567890',
      only('ticket_status', { ref: 6230 }),
    ],
    [
      'it',
      'Inoltro: il corriere passa domani tra le 9 e le 13, ricordamelo alle 8.30\n\nDa: BRT <noreply@brt.it>\nOggetto: La tua spedizione è in consegna',
      reminder(c.at(c.day(1), 8, 30)),
    ],
  ]),
];
