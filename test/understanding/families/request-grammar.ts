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
 * Fresh batch 11: the grammar around requests (issue 17, "titles and texts keep the event, not the
 * grammar"), eight families written and labelled in code before the rules were changed for them:
 * party sizes out of titles, a second request joined to a booking, every other weekday, a change of
 * party size, work handed to someone of the office, "the evening before" an event, a month inside the
 * object of a task, two things in one reminder. A Roman Wednesday morning in April and a New York
 * Tuesday morning in October. Free texts (`title`, `with`, `text`) are labelled in `slots`: the eval
 * does not score them, src/understanding/request-grammar.test.ts does.
 */
const IT_NOW = '2027-04-14T09:30:00+02:00';
const EN_NOW = '2027-10-05T08:45:00-04:00';
const IT_TZ = 'Europe/Rome';
const EN_TZ = 'America/New_York';

const d = (year: number, month: number, day: number) => ({ year, month, day });
/** a reminder before an event: it fires at `when`, the event's day is `due` */
const before = (when: string, due: string): Expected => ({ intent: 'reminder', when, due });
/** …and the appointment said with it, to go on the agenda too (`event`, scored by its instant) */
const beforeEvent = (when: string, due: string, event: string): Expected => ({
  ...before(when, due),
  slots: { event: { when: event } },
});
const dueTask = (due: string, text?: string): Expected => (text === undefined ? task(due) : said(task(due), text));

export const requestGrammar: readonly Family[] = [
  fresh('b11-party-titles', 'it', IT_NOW, IT_TZ, (c) => [
    [
      'it',
      'prenotami da Roscioli per 3 giovedì alle 9',
      titled(booking(c.at(c.weekday(THU), 21), { partySize: 3 }), 'da Roscioli'),
    ],
    [
      'it',
      "tavolo all'Osteria Bonelli sabato alle 8 e mezza, saremo in 7",
      titled(booking(c.at(c.weekday(SAT), 20, 30), { partySize: 7 }), "tavolo all'Osteria Bonelli"),
    ],
    [
      'it',
      'prenota alla Trattoria Da Enzo venerdì alle 21 per noi 4',
      titled(booking(c.at(c.weekday(FRI), 21), { partySize: 4 }), 'alla Trattoria Da Enzo'),
    ],
    [
      'it',
      'cena dai Rossi domenica alle 8, io e altri 2',
      titled(booking(c.at(c.weekday(SUN), 20), { partySize: 3 }), 'cena dai Rossi'),
    ],
    [
      'it',
      'un tavolo per sei da Pizzarium domani sera alle 9',
      titled(booking(c.at(c.day(1), 21), { partySize: 6 }), 'tavolo da Pizzarium'),
    ],
    [
      'it',
      "pranzo con Giulia e Marco venerdì all'una, siamo in 3",
      titled(booking(c.at(c.weekday(FRI), 13), { partySize: 3 }), 'pranzo con Giulia e Marco', 'Giulia e Marco'),
    ],
    [
      'it',
      'prenota per me e 2 colleghi da Eataly sabato alle 13',
      titled(booking(c.at(c.weekday(SAT), 13), { partySize: 3 }), 'da Eataly'),
    ],
  ]),
  fresh('b11-party-titles', 'en', EN_NOW, EN_TZ, (c) => [
    [
      'en',
      'book Carbone for friday at 8, there will be 5 of us',
      titled(booking(c.at(c.weekday(FRI), 20), { partySize: 5 }), 'Carbone'),
    ],
    [
      'en',
      'table at Balthazar thursday at 7:30 for the 6 of us',
      titled(booking(c.at(c.weekday(THU), 19, 30), { partySize: 6 }), 'table at Balthazar'),
    ],
    [
      'en',
      "dinner with the Johnsons at Rao's on saturday at 8, there are 4 of us",
      titled(booking(c.at(c.weekday(SAT), 20), { partySize: 4 }), "dinner with the Johnsons at Rao's", 'Johnsons'),
    ],
    [
      'en',
      'reserve a table for me and 3 friends at Lilia tomorrow at 9',
      titled(booking(c.at(c.day(1), 21), { partySize: 4 }), 'table at Lilia'),
    ],
    [
      'en',
      'lunch with Smith at Nobu wednesday at 1',
      titled(booking(c.at(c.weekday(WED), 13)), 'lunch with Smith at Nobu', 'Smith'),
    ],
    [
      'en',
      'book us a table at Via Carota for two on sunday at 8:30',
      titled(booking(c.at(c.weekday(SUN), 20, 30), { partySize: 2 }), 'table at Via Carota'),
    ],
    [
      'en',
      "drinks with Priya and Tom friday at 6, we'll be 3",
      titled(booking(c.at(c.weekday(FRI), 18), { partySize: 3 }), 'drinks with Priya and Tom', 'Priya and Tom'),
    ],
  ]),
  fresh('b11-tail-requests', 'it', IT_NOW, IT_TZ, (c) => [
    // "poi" opens a second request of another kind: the whole message goes to the desk (rules/several.ts);
    // labelled a booking when first run, corrected to the project's convention
    ['it', 'prenotami il parrucchiere giovedì alle 11 e poi ricordami di portare la foto', only('task')],
    [
      'it',
      "fissa la call con Bianchi venerdì alle 10 e manda l'invito a Rossi",
      titled(booking(c.at(c.weekday(FRI), 10)), 'call con Bianchi', 'Bianchi'),
    ],
    [
      'it',
      'prenota da Armando sabato alle 9 per 2 e mandami la conferma',
      titled(booking(c.at(c.weekday(SAT), 21), { partySize: 2 }), 'da Armando'),
    ],
    [
      'it',
      'segnami la riunione col condominio martedì alle 6 e ricordami di portare i verbali',
      titled(booking(c.at(c.weekday(TUE), 18)), 'riunione col condominio', 'condominio'),
    ],
    [
      'it',
      'prenota il ristorante Sora Lella per venerdì alle 8 e chiedi se hanno un tavolo fuori',
      titled(booking(c.at(c.weekday(FRI), 20)), 'ristorante Sora Lella'),
    ],
    [
      'it',
      'fissami un appuntamento dal notaio mercoledì alle 3 e chiedigli la visura',
      titled(booking(c.at(c.weekday(WED), 15)), 'appuntamento dal notaio'),
    ],
  ]),
  fresh('b11-tail-requests', 'en', EN_NOW, EN_TZ, (c) => [
    [
      'en',
      'book the hairdresser for thursday at 11 and remind me to bring the photo',
      titled(booking(c.at(c.weekday(THU), 11)), 'hairdresser'),
    ],
    [
      'en',
      'set up a call with Baker on friday at 10 and send Rossi the invite',
      titled(booking(c.at(c.weekday(FRI), 10)), 'call with Baker', 'Baker'),
    ],
    [
      'en',
      'book a table at Lucali saturday at 8 for 2 and email me the confirmation',
      titled(booking(c.at(c.weekday(SAT), 20), { partySize: 2 }), 'table at Lucali'),
    ],
    [
      'en',
      'put the board meeting in my calendar for monday at 9 and let me know if it clashes',
      titled(booking(c.at(c.weekday(MON), 9)), 'board meeting'),
    ],
    // "then" opens a second request: the desk gets the whole message (rules/several.ts); corrected label
    ['en', 'reserve Gramercy Tavern for friday at 7 then text me the address', only('task')],
    [
      'en',
      'schedule a meeting with the architect wednesday at 2 and ask her to bring the drawings',
      titled(booking(c.at(c.weekday(WED), 14)), 'meeting with the architect', 'architect'),
    ],
  ]),
  fresh('b11-alternate-weeks', 'it', IT_NOW, IT_TZ, (c) => [
    [
      'it',
      'ricordami ogni secondo lunedì di pagare la colf',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
    ],
    [
      'it',
      'ogni seconda domenica alle 10 ricordami di chiamare la nonna',
      recurring(c.at(c.weekday(SUN), 10), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU'),
    ],
    // a Wednesday at 09:30: the first one is today at 18:00
    [
      'it',
      'ricordami ogni due mercoledì alle 18 di portare fuori la carta',
      recurring(c.at(c.today, 18), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE'),
    ],
    [
      'it',
      'un martedì sì e uno no ricordami di fare il backup',
      recurring(c.at(c.weekday(TUE), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'),
    ],
    // April's second Friday (the 9th) and second Thursday (the 8th) are gone: May's
    [
      'it',
      'ricordami ogni secondo venerdì del mese di pagare il condominio',
      recurring(c.at(c.nth(2027, 5, FRI, 2), 9), 'FREQ=MONTHLY;BYDAY=2FR'),
    ],
    [
      'it',
      'ogni secondo giovedì del mese alle 9 ricordami la riunione dei soci',
      recurring(c.at(c.nth(2027, 5, THU, 2), 9), 'FREQ=MONTHLY;BYDAY=2TH'),
    ],
    [
      'it',
      'ricordami a settimane alterne il venerdì di cambiare le lenzuola',
      recurring(c.at(c.weekday(FRI), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'),
    ],
  ]),
  fresh('b11-alternate-weeks', 'en', EN_NOW, EN_TZ, (c) => [
    [
      'en',
      'remind me every second wednesday to take out the recycling',
      recurring(c.at(c.weekday(WED), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE'),
    ],
    [
      'en',
      'every other sunday at 6pm remind me to call grandma',
      recurring(c.at(c.weekday(SUN), 18), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU'),
    ],
    [
      'en',
      'remind me every two weeks on monday at 8 to pay the nanny',
      recurring(c.at(c.weekday(MON), 8), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
    ],
    [
      'en',
      'remind me every second tuesday of the month to pay the HOA',
      recurring(c.at(c.nth(2027, 10, TUE, 2), 9), 'FREQ=MONTHLY;BYDAY=2TU'),
    ],
    [
      'en',
      'remind me on the second friday of each month to send the report',
      recurring(c.at(c.nth(2027, 10, FRI, 2), 9), 'FREQ=MONTHLY;BYDAY=2FR'),
    ],
    [
      'en',
      'remind me every alternate thursday at 5 to water the lawn',
      recurring(c.at(c.weekday(THU), 17), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'),
    ],
    [
      'en',
      'remind me every 2nd saturday to clean the gutters',
      recurring(c.at(c.weekday(SAT), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA'),
    ],
  ]),
  fresh('b11-party-change', 'it', IT_NOW, IT_TZ, (c) => [
    ['it', 'cambia la prenotazione di sabato da 2 a 4', dueTask(c.iso(c.weekday(SAT)))],
    ['it', 'modifica il tavolo da Gino da 6 a 8', only('task')],
    ['it', 'la prenotazione da Mario cambiala da 3 a 5', only('task')],
    ['it', 'puoi aggiornare la prenotazione di stasera da 4 a 2?', dueTask(c.iso(c.today))],
    ['it', 'cambia i coperti di venerdì da 5 a 7', dueTask(c.iso(c.weekday(FRI)))],
    // a clock word makes the same numbers the hours of a move
    ['it', 'cambia la prenotazione da Gino dalle 8 alle 9 di sera', reschedule(c.at(c.today, 21))],
  ]),
  fresh('b11-party-change', 'en', EN_NOW, EN_TZ, (c) => [
    ['en', 'change the booking at Carbone from 4 to 6', only('task')],
    ['en', 'can you change our table for friday from 2 to 3', dueTask(c.iso(c.weekday(FRI)))],
    ['en', 'update the reservation from 5 to 7 please', only('task')],
    ['en', 'modify my booking at Lilia from 8 to 10', only('task')],
    ['en', 'change the dinner reservation tomorrow from 6 to 4 people', dueTask(c.iso(c.day(1)))],
    ['en', 'change the meeting from 3 to 4pm', reschedule(c.at(c.today, 16))],
  ]),
  fresh('b11-delegation', 'it', IT_NOW, IT_TZ, (c) => [
    ['it', 'fate preparare a qualcuno il preventivo per il cliente', only('task')],
    [
      'it',
      "qualcuno di voi può chiamare l'assicurazione domani?",
      dueTask(c.iso(c.day(1)), "chiamare l'assicurazione"),
    ],
    ['it', 'potreste far spedire il pacco entro venerdì', dueTask(c.iso(c.weekday(FRI)), 'spedire il pacco')],
    ['it', 'fai ritirare le analisi a qualcuno lunedì', dueTask(c.iso(c.weekday(MON)))],
    [
      'it',
      'mi fate scrivere una mail di scuse al cliente?',
      said(only('task'), 'scrivere una mail di scuse al cliente'),
    ],
    ['it', "c'è qualcuno che può passare in posta a ritirare una raccomandata?", only('task')],
  ]),
  fresh('b11-delegation', 'en', EN_NOW, EN_TZ, (c) => [
    ['en', 'have someone book me a flight to Boston for next monday', dueTask(c.iso(c.weekday(MON)))],
    ['en', 'get somebody to fix the printer by thursday', dueTask(c.iso(c.weekday(THU)), 'fix the printer')],
    ['en', 'could you have your assistant draft a reply to the bank', said(only('task'), 'draft a reply to the bank')],
    [
      'en',
      'please have Laura email the contract to Mr Green tomorrow',
      dueTask(c.iso(c.day(1)), 'email the contract to Mr Green'),
    ],
    ['en', 'can someone call the insurance company today?', dueTask(c.iso(c.today), 'call the insurance company')],
    ['en', "I'd like one of your team to research coworking spaces in Brooklyn", only('task')],
    ['en', 'have the office order new business cards', said(only('task'), 'order new business cards')],
  ]),
  fresh('b11-evening-before', 'it', IT_NOW, IT_TZ, (c) => [
    [
      'it',
      'venerdì alle 6 ho il treno per Milano, ricordamelo la sera prima',
      beforeEvent(c.at(c.weekday(THU), 19), c.iso(c.weekday(FRI)), c.at(c.weekday(FRI), 18)),
    ],
    [
      'it',
      'sabato mattina alle 7 parto per Parigi, avvisami la sera prima',
      before(c.at(c.weekday(FRI), 19), c.iso(c.weekday(SAT))),
    ],
    // the evening before tomorrow is this evening
    [
      'it',
      'giovedì alle 8 di mattina ho le analisi, ricordamelo la sera prima',
      beforeEvent(c.at(c.today, 19), c.iso(c.weekday(THU)), c.at(c.weekday(THU), 8)),
    ],
    [
      'it',
      "l'aereo è martedì alle 6:40, ricordamelo la sera prima",
      before(c.at(c.weekday(MON), 19), c.iso(c.weekday(TUE))),
    ],
    [
      'it',
      "domenica alle 10 c'è la maratona, ricordamela la sera prima",
      before(c.at(c.weekday(SAT), 19), c.iso(c.weekday(SUN))),
    ],
    [
      'it',
      'ricordami la sera prima che venerdì alle 7 ho il volo',
      before(c.at(c.weekday(THU), 19), c.iso(c.weekday(FRI))),
    ],
  ]),
  fresh('b11-evening-before', 'en', EN_NOW, EN_TZ, (c) => [
    [
      'en',
      'my train is thursday at 6:15am, remind me the evening before',
      before(c.at(c.weekday(WED), 19), c.iso(c.weekday(THU))),
    ],
    [
      'en',
      'I fly out saturday at 7 in the morning, remind me the evening before',
      before(c.at(c.weekday(FRI), 19), c.iso(c.weekday(SAT))),
    ],
    [
      'en',
      'the interview is wednesday at 8am — remind me the evening before',
      beforeEvent(c.at(c.today, 19), c.iso(c.weekday(WED)), c.at(c.weekday(WED), 8)),
    ],
    [
      'en',
      'remind me the evening before my flight on monday at 6am',
      before(c.at(c.weekday(SUN), 19), c.iso(c.weekday(MON))),
    ],
    [
      'en',
      "doctor's appointment friday 9am, remind me the evening before",
      beforeEvent(c.at(c.weekday(THU), 19), c.iso(c.weekday(FRI)), c.at(c.weekday(FRI), 9)),
    ],
    [
      'en',
      'my flight is sunday at 10am, please remind me the evening before at 8',
      before(c.at(c.weekday(SAT), 20), c.iso(c.weekday(SUN))),
    ],
  ]),
  fresh('b11-month-objects', 'it', IT_NOW, IT_TZ, (c) => [
    ['it', 'scrivi la newsletter di novembre', said(only('task'), 'scrivere la newsletter di novembre')],
    ['it', 'prepara la nota spese di settembre entro venerdì', dueTask(c.iso(c.weekday(FRI)))],
    ['it', 'manda i turni di maggio al team domani', dueTask(c.iso(c.day(1)), 'mandare i turni di maggio al team')],
    ['it', 'prepara le fatture di aprile entro fine aprile', dueTask(c.iso(d(2027, 4, 30)))],
    ['it', 'prepara il budget di gennaio entro giugno', dueTask(c.iso(d(2027, 6, 30)))],
    ['it', 'traduci il verbale di marzo in inglese', said(only('task'), 'tradurre il verbale di marzo in inglese')],
  ]),
  fresh('b11-month-objects', 'en', EN_NOW, EN_TZ, (c) => [
    ['en', 'write the november newsletter', said(only('task'), 'write the november newsletter')],
    ['en', 'prepare the september expense report by friday', dueTask(c.iso(c.weekday(FRI)))],
    [
      'en',
      'send the december rota to the team tomorrow',
      dueTask(c.iso(c.day(1)), 'send the december rota to the team'),
    ],
    ['en', 'file the october invoices by the end of october', dueTask(c.iso(d(2027, 10, 31)))],
    ['en', 'draft the january budget by november', dueTask(c.iso(d(2027, 11, 30)))],
    [
      'en',
      'translate the august minutes into italian',
      said(only('task'), 'translate the august minutes into italian'),
    ],
  ]),
  fresh('b11-compound-reminders', 'it', IT_NOW, IT_TZ, (c) => [
    [
      'it',
      "ricordami di pagare la bolletta e di rinnovare l'abbonamento venerdì",
      said(reminder(c.at(c.weekday(FRI), 9)), "pagare la bolletta e di rinnovare l'abbonamento"),
    ],
    [
      'it',
      'domani alle 6 ricordami di comprare il pane e passare dalla farmacia',
      said(reminder(c.at(c.day(1), 18)), 'comprare il pane e passare dalla farmacia'),
    ],
    [
      'it',
      'ricordami di chiamare il meccanico e prenotare la revisione lunedì alle 10',
      said(reminder(c.at(c.weekday(MON), 10)), 'chiamare il meccanico e prenotare la revisione'),
    ],
    [
      'it',
      'ricordami stasera di stirare le camicie e preparare la borsa',
      said(reminder(c.at(c.today, 19)), 'stirare le camicie e preparare la borsa'),
    ],
    [
      'it',
      'ricordami sabato di portare i libri in biblioteca e ritirare il pacco',
      said(reminder(c.at(c.weekday(SAT), 9)), 'portare i libri in biblioteca e ritirare il pacco'),
    ],
  ]),
  fresh('b11-compound-reminders', 'en', EN_NOW, EN_TZ, (c) => [
    [
      'en',
      'remind me to renew my passport and book the photos on thursday',
      said(reminder(c.at(c.weekday(THU), 9)), 'renew my passport and book the photos'),
    ],
    [
      'en',
      'tomorrow at 4 remind me to call the vet and order cat food',
      said(reminder(c.at(c.day(1), 16)), 'call the vet and order cat food'),
    ],
    [
      'en',
      'remind me tonight to iron my shirts and pack my bag',
      said(reminder(c.at(c.today, 19)), 'iron my shirts and pack my bag'),
    ],
    [
      'en',
      'remind me to pay the water bill and cancel the gym on friday at 10',
      said(reminder(c.at(c.weekday(FRI), 10)), 'pay the water bill and cancel the gym'),
    ],
    [
      'en',
      'remind me on sunday to return the library books and pick up the parcel',
      said(reminder(c.at(c.weekday(SUN), 9)), 'return the library books and pick up the parcel'),
    ],
  ]),
];
