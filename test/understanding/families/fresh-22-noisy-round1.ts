import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, THU, TUE, WED } from './common.js';
import type { Family } from './calendar.js';
import { fresh } from './fresh-1.js';
import { about } from './fresh-18-it-common.js';
import { busy, days, office } from './fresh-19-round1.js';

/**
 * Fresh batch 22 ("noisy"), round 1: whole messages as phones and hurried thumbs mangle them (autocorrect,
 * dropped or doubled letters, glued numbers, capitals, emoji, voice-to-text). A Roman electrician on a Tuesday
 * morning, a New York estate agent on a Thursday evening. Written and labelled in code before the rules ran on
 * them. Free texts keep the client's words as typed, typos included (the contract: "the client's words");
 * checked by src/understanding/fresh-batch-22-noisy.test.ts.
 */
export const fresh22NoisyRound1: readonly Family[] = [
  // Tuesday 14 September 2027, 08:40 in Rome
  fresh('b22-r1-rome-electrician', 'it', '2027-09-14T08:40:00+02:00', 'Europe/Rome', (c) => [
    [
      'it',
      'ricordatemi domani alle3 di passare dal grossista',
      said(reminder(c.at(c.day(1), 15)), 'passare dal grossista'),
    ],
    [
      'it',
      'RICORDAMI GIOVEDI ALLE 9 DI CHIAMARE IL CONDOMINIO',
      said(reminder(c.at(c.weekday(THU), 9)), 'CHIAMARE IL CONDOMINIO'),
    ],
    ['it', 'appuntameto con il geometra dopo domani alle 11', booking(c.at(c.day(2), 11))],
    [
      'it',
      'ricorda mi venerdi alle 7 e mezza di mattina di caricare il furgone',
      said(reminder(c.at(c.weekday(FRI), 7, 30)), 'caricare il furgone'),
    ],
    ['it', 'domani alle 5 . riunione col cliente !!', booking(c.at(c.day(1), 17))],
    ['it', "cosa ho in agenda giovedi'?", only('agenda', days(c.iso(c.weekday(THU))))],
    [
      'it',
      'sposta l appuntamnto del dentista a venerdi alle 4',
      about(reschedule(c.at(c.weekday(FRI), 16)), 'appuntamnto del dentista'),
    ],
    ['it', 'sono in cantiere fino a le 6 e mezza nn chiamate', busy(c.at(c.today, 18, 30))],
    [
      'it',
      'ricordami fra venti minuti di richiamare la signora Pina 📞',
      said(reminder(c.inMinutes(20)), 'richiamare la signora Pina'),
    ],
    ['it', 'ricordami tomorrow alle 5 di pagare l F24', said(reminder(c.at(c.day(1), 17)), 'pagare l F24')],
    ['it', 'a che punto e la richiesta 4418??', only('ticket_status', { ref: 4418 })],
    ['it', 'quante ore mi rimangono nel pachetto', only('balance')],
    [
      'it',
      'ricordami ogni lunedi` alle8 di mandare le fatture',
      said(recurring(c.at(c.weekday(MON), 8), 'FREQ=WEEKLY;BYDAY=MO'), 'mandare le fatture'),
    ],
    [
      'it',
      'ciao!! 😊 mi trovi un ora libera venerdi pomeriggio x vedere un cliente?',
      only('free_slots', days(c.iso(c.weekday(FRI)), undefined, { durationMin: 60 })),
    ],
    ['it', 'ricordami alle quatro e mezza di chiamare Gino', said(reminder(c.at(c.today, 16, 30)), 'chiamare Gino')],
  ]),
  // Thursday 6 May 2027, 17:50 in New York
  fresh('b22-r1-new-york-estate-agent', 'en', '2027-05-06T17:50:00-04:00', 'America/New_York', (c) => [
    ['en', 'remid me tomorow at 9 to call the lender', said(reminder(c.at(c.day(1), 9)), 'call the lender')],
    ['en', 'REMIND ME AT3PM MONDAY TO SEND THE OFFER', said(reminder(c.at(c.weekday(MON), 15)), 'SEND THE OFFER')],
    ['en', 'i have an appoinment w the inspector 2moro at 10', booking(c.at(c.day(1), 10))],
    ['en', 'whats on my calender for tommorow??', only('agenda', days(c.iso(c.day(1))))],
    ['en', 'move my dentist apt to friday at 4pm', about(reschedule(c.at(c.weekday(FRI), 16)), 'dentist apt')],
    ['en', 'cancel the showing on saturday plz', only('cancel')],
    ['en', 'in a closing till 7 dont call', busy(c.at(c.today, 19))],
    ['en', 'remind me in twenty minuts to text Sarah', said(reminder(c.inMinutes(20)), 'text Sarah')],
    [
      'en',
      'remnd me evry tuesday at 8am to post the new listings',
      said(recurring(c.at(c.weekday(TUE), 8), 'FREQ=WEEKLY;BYDAY=TU'), 'post the new listings'),
    ],
    ['en', 'status of request 5520 ??', only('ticket_status', { ref: 5520 })],
    [
      'en',
      'need the comps for 12 Elm St by friday, can someone pull them?',
      { intent: 'task', due: c.iso(c.weekday(FRI)) },
    ],
    [
      'en',
      'can u find me an hour free on wensday afternoon',
      only('free_slots', days(c.iso(c.weekday(WED)), undefined, { durationMin: 60, dayPart: 'afternoon' })),
    ],
    ['en', 'remind me at five thirty to lock up the office 🔑', said(reminder(c.next(17, 30)), 'lock up the office')],
    [
      'en',
      'can you book a table for 4 at Carbone on saterday at 8',
      office(booking(c.at(c.weekday(SAT), 20), { partySize: 4 })),
    ],
    ['en', 'hi!! what can u do', only('help')],
  ]),
];
