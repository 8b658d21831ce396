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
  task,
  THU,
  titled,
  TUE,
  WED,
} from './common.js';
import type { Expected, Family } from './calendar.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 8, first round: whole client messages (greetings, run-ons, phone typing, request
 * numbers, tables with the party mid-sentence, recurrences, ranges), written and labelled before
 * running the rules, on a Roman Thursday morning in January (the second Thursday of the month) and
 * a Tuesday afternoon in Kolkata (+05:30) from a non-native English speaker. Free texts (`text`,
 * `title`) are labelled in `slots` but not scored.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });
const withRef = (expected: Expected, ref: number): Expected => ({ ...expected, slots: { ...expected.slots, ref } });
const busy = (until: string) => only('status', { availability: 'busy', until });

export const fresh8Round1: readonly Family[] = [
  fresh('b8-r1-roma', 'it', '2027-01-14T09:35:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buongiorno! ricordami dmn alle 3 di chiamare l avvocato x la causa, grazie mille',
      said(reminder(c.at(c.day(1), 15)), 'chiamare l avvocato per la causa'),
    ],
    [
      'it',
      'ciao scusa il disturbo, mi prenoti da Gigi sabato x le 8 e mezza? siamo in 5',
      booking(c.at(c.weekday(SAT), 20, 30), { partySize: 5 }),
    ],
    ['it', 'ricordami lunedì alle 9 e un quarto di mandare la pec al comune', reminder(c.at(c.weekday(MON), 9, 15))],
    ['it', 'sposta la richiesta 2231 a martedì prossimo alle 11', withRef(reschedule(c.at(c.weekday(TUE), 11)), 2231)],
    ['it', 'annulla la pratica n 4410 nn serve più', only('cancel', { ref: 4410 })],
    ['it', 'a che punto è la richiesta 3320? cmq nn c è fretta', only('ticket_status', { ref: 3320 })],
    [
      'it',
      'promemoria per lunedì?',
      only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)), items: 'reminders' }),
    ],
    [
      'it',
      'ogni secondo giovedì del mese alle 18 ricordami la riunione di condominio',
      recurring(c.at(c.today, 18), 'FREQ=MONTHLY;BYDAY=2TH'),
    ],
    [
      'it',
      'allora ricordami domani verso le 10 e mezza di chiamare la banca che poi me ne dimentico sempre',
      reminder(c.at(c.day(1), 10, 30)),
    ],
    [
      'it',
      'segnami il dentista giovedì prossimo dalle 4 alle 5',
      titled(booking(c.at(c.weekday(THU), 16), { durationMin: 60 }), 'dentista'),
    ],
    ['it', 'xké nn mi hai ricordato la riunione?? ricordamela tra 10 minuti', reminder(c.inMinutes(10))],
    ['it', 'ho bisogno di una traduzione in tedesco del contratto entro venerdì prossimo', task(c.iso(c.weekday(FRI)))],
    ['it', 'cambia la prenotazione del tavolo di sabato da 4 a 6 persone', only('task')],
    ['it', 'mi serve un preventivo x la ristrutturazione del bagno entro fine mese', task(c.iso(d(2027, 1, 31)))],
    [
      'it',
      'appuntamento dal notaio venerdì alle 10, segnalo',
      titled(booking(c.at(c.weekday(FRI), 10)), 'appuntamento dal notaio'),
    ],
    ['it', 'ricordami alle 16:45 di uscire x la palestra', reminder(c.at(c.today, 16, 45))],
    [
      'it',
      'ricordami un quarto d ora prima della riunione delle 3 di stampare le slide',
      reminder(c.at(c.today, 14, 45)),
    ],
    ['it', 'sono in call fino alle 12 e mezza nn passatemi nessuno', busy(c.at(c.today, 12, 30))],
    [
      'it',
      'ogni 2 settimane il giovedì alle 9 ricordami di portare le ricevute al commercialista',
      recurring(c.at(c.weekday(THU), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'),
    ],
    [
      'it',
      'ci sono buchi liberi x una call di un ora mercoledì pomeriggio?',
      only('free_slots', { durationMin: 60, from: c.iso(c.weekday(WED)), to: c.iso(c.weekday(WED)) }),
    ],
  ]),
  fresh('b8-r1-kolkata', 'en', '2027-09-21T16:50:00+05:30', 'Asia/Kolkata', (c) => [
    [
      'en',
      'hello good evening, please remind me tomorrow morning for call the bank',
      said(reminder(c.at(c.day(1), 9)), 'call the bank'),
    ],
    ['en', 'book at the Ritz for 2 on friday at 8', booking(c.at(c.weekday(FRI), 20), { partySize: 2 })],
    ['en', 'need a plumber for the kitchen sink by thursday', task(c.iso(c.weekday(THU)))],
    ['en', 'change the table booking from 4 to 6 people', only('task')],
    ['en', 'pls move request 5512 to monday at 10:15', withRef(reschedule(c.at(c.weekday(MON), 10, 15)), 5512)],
    ['en', 'cancel ticket 7781 i dont need it anymore thx', only('cancel', { ref: 7781 })],
    ['en', 'any update on request 6620?', only('ticket_status', { ref: 6620 })],
    [
      'en',
      'remind me every other week on monday at 9 to send the timesheet',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
    ],
    ['en', 'remind me at quarter past 6 to call my wife', reminder(c.at(c.today, 18, 15))],
    ['en', 'i am in meeting till 7 pm, no calls please', busy(c.at(c.today, 19))],
    ['en', 'meeting with mr Sharma on 5th october at 11 am please put in calendar', booking(c.at(d(2027, 10, 5), 11))],
    [
      'en',
      'kindly remind me on 2nd of october at 10.30 for pay the school fees',
      reminder(c.at(d(2027, 10, 2), 10, 30)),
    ],
    ['en', 'what i have tomorrow?', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    [
      'en',
      'find me 30 min free on thursday afternoon',
      only('free_slots', { durationMin: 30, from: c.iso(c.weekday(THU)), to: c.iso(c.weekday(THU)) }),
    ],
    ['en', 'remind me in 45 mins to take the medicine', reminder(c.inMinutes(45))],
    ['en', 'please set reminder for day after tomorrow evening to call Rahul', reminder(c.at(c.day(2), 19))],
    [
      'en',
      'remind me every 2nd thursday of the month to pay the maid',
      recurring(c.at(d(2027, 10, 14), 9), 'FREQ=MONTHLY;BYDAY=2TH'),
    ],
    [
      'en',
      'lunch with the client team wed 1-2pm, add to my calendar',
      booking(c.at(c.weekday(WED), 13), { durationMin: 60 }),
    ],
    ['en', 'need a summary of the tender documents by friday noon', task(c.iso(c.weekday(FRI)))],
    ['en', 'remind me 10 minutes before the 6pm call to charge the laptop', reminder(c.at(c.today, 17, 50))],
  ]),
];
