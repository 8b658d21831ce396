import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 9, second round: written and labelled before running the rules. An accountant's client and
 * a wedding planner in Lugano (Europe/Zurich) on the afternoon of 29 February 2028, the last day of a
 * leap-year February, with voice notes run together; a young client in Perth (UTC+8, no daylight saving)
 * typing fast on a Friday evening before a long weekend.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh9Round2: readonly Family[] = [
  fresh('b9-r2-lugano-leap-day', 'it', '2028-02-29T16:15:00+01:00', 'Europe/Zurich', (c) => [
    [
      'it',
      'buongiorno dottoressa la scadenza dell iva è il 16 mi mette un promemoria il giorno prima grazie',
      { intent: 'reminder', when: c.at(d(2028, 3, 15), 9), due: c.iso(d(2028, 3, 16)) },
    ],
    [
      'it',
      'ricordami domani alle 11 di mandare al commercialista le fatture di febbraio',
      reminder(c.at(c.day(1), 11)),
    ],
    ['it', 'il 31 marzo ricordami di pagare la seconda rata', reminder(c.at(d(2028, 3, 31), 9))],
    ['it', 'mi prepari entro fine mese la lista dei fornitori da pagare?', task(c.iso(c.today))],
    ['it', 'segnami la prova abito della sposa sabato alle 15 e 30 in atelier', booking(c.at(c.weekday(SAT), 15, 30))],
    [
      'it',
      'ok allora fissami un sopralluogo alla villa per il matrimonio Rossi giovedì prossimo alle dieci grazie mille',
      booking(c.at(c.weekday(THU), 10)),
    ],
    [
      'it',
      'ogni 29 del mese ricordami di mandare il report al cliente',
      recurring(c.at(d(2028, 3, 29), 9), 'FREQ=MONTHLY;BYMONTHDAY=29'),
    ],
    ['it', 'cosa ho in agenda venerdì?', only('agenda', { from: c.iso(c.weekday(FRI)), to: c.iso(c.weekday(FRI)) })],
    ['it', 'posticipa la call con lo studio Bernasconi a lunedì 6 alle 14', reschedule(c.at(d(2028, 3, 6), 14))],
    ['it', 'annulla la prova menù del 10 marzo x favore', only('cancel')],
    ['it', 'hai già prenotato il catering x il 20 maggio?', only('ticket_status')],
    [
      'it',
      'sono in riunione con un cliente fino alle 6 meno un quarto',
      only('status', { availability: 'busy', until: c.at(c.today, 17, 45) }),
    ],
    [
      'it',
      'ricordami mercoledì 8 alle 9 meno un quarto di confermare il parrucchiere x la sposa',
      reminder(c.at(d(2028, 3, 8), 8, 45)),
    ],
    [
      'it',
      'trovami due ore libere la prossima settimana per incontrare i Bianchi',
      only('free_slots', { durationMin: 120, from: c.iso(c.weekday(MON)), to: c.iso(c.plus(c.weekday(MON), 6)) }),
    ],
    ['it', 'richiesta 2207 a che punto siamo?', only('ticket_status', { ref: 2207 })],
    ['it', 'mi puoi tradurre in tedesco il menù del matrimonio entro venerdì 10', task(c.iso(d(2028, 3, 10)))],
    [
      'it',
      'ricordami dopodomani alle otto e venti di sera di chiamare lo sposo per il saldo',
      reminder(c.at(c.day(2), 20, 20)),
    ],
    ['it', 'tra un ora e mezza ricordami di uscire x la banca', reminder(c.inMinutes(90))],
    [
      'it',
      'tutti i martedì e giovedì alle 9 ricordami di controllare la pec',
      recurring(c.at(c.weekday(THU), 9), 'FREQ=WEEKLY;BYDAY=TU,TH'),
    ],
    [
      'it',
      'il primo sabato di aprile ho il matrimonio dei Ferrari segnalo in agenda',
      booking(c.iso(c.nth(2028, 4, SAT, 1))),
    ],
  ]),
  fresh('b9-r2-perth-friday', 'en', '2028-03-03T18:55:00+08:00', 'Australia/Perth', (c) => [
    ['en', 'hey can u remind me mon arvo to call the landlord', reminder(c.at(c.weekday(MON), 15))],
    ['en', 'pls book table for 6 ppl at Lalla Rookh tmrw 7pm', booking(c.at(c.day(1), 19), { partySize: 6 })],
    ['en', 'thx for today! remind me sun morning to water the plants', reminder(c.at(c.weekday(SUN), 9))],
    ['en', 'I need that you translate my CV in english until next wednesday', task(c.iso(c.weekday(WED)))],
    ['en', 'remind me in 2 hrs to take the chicken out', reminder(c.inMinutes(120))],
    ['en', 'whats on tmrw', only('agenda', { from: c.iso(c.day(1)), to: c.iso(c.day(1)) })],
    ['en', 'cancel #6640', only('cancel', { ref: 6640 })],
    ['en', 'any news on req 6641?', only('ticket_status', { ref: 6641 })],
    ['en', "I'm in the gym til 7:30 dont call", only('status', { availability: 'busy', until: c.at(c.today, 19, 30) })],
    [
      'en',
      'remind me every sunday night to put the bins out',
      recurring(c.at(c.weekday(SUN), 22), 'FREQ=WEEKLY;BYDAY=SU'),
    ],
    ['en', 'meeting w/ accountant wed 10:30 add to my calendar', booking(c.at(c.weekday(WED), 10, 30))],
    ['en', 'can u move my dentist appt to thu at 3:15', reschedule(c.at(c.weekday(THU), 15, 15))],
    ['en', 'how many hrs left on my package?', only('balance')],
    [
      'en',
      'find me 45 mins on tuesday morning for a call with Jen',
      only('free_slots', { durationMin: 45, from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(TUE)) }),
    ],
    ['en', 'remind me on the 15th at 10 to renew the car rego', reminder(c.at(d(2028, 3, 15), 10))],
    ['en', 'im free now, can take calls', only('status', { availability: 'available' })],
    [
      'en',
      'remind me tomorrow at quarter past eight in the morning to drop the kids at swimming thanks',
      reminder(c.at(c.day(1), 8, 15)),
    ],
    ['en', 'book me a haircut next sat at 11', booking(c.at(c.weekday(SAT), 11))],
    ['en', 'remind me 2 days before the 20th to pay the strata fees', reminder(c.at(d(2028, 3, 18), 9))],
    [
      'en',
      'sorry to bother u on a friday night, could u set up a call w/ the bank on tue at 2',
      booking(c.at(c.weekday(TUE), 14)),
    ],
  ]),
];
