import type { Calendar, Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, reminder, said, SAT, taskAt, THU, titled, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';
import { busy, office } from './fresh-17-en-round1.js';

/**
 * Leftovers 19: misreadings other helpers found and left (docs/understanding-eval.md), each with the example
 * that showed it (those already right on main dropped) and sentences of our own in both languages, written and
 * labelled in code before the rules changed. A summer Monday morning in London and Rome, a late night in Los
 * Angeles and Rome, an early-July Monday for dates. Free texts, `viaOffice` and the status end are checked by
 * src/understanding/leftovers-19.test.ts.
 *  1. statuses: a place with company till a time, an appointment word till a time ("dentist till 3"), back at a
 *     place and there till a time (available), a night end gone in the afternoon (04:00), a call-back tomorrow
 *     after an end said (the end said wins);
 *  2. "remind me that morning" / "ricordamelo quella mattina" after an appointment: 09:00 that day;
 *  3. "ho Galli" (a surname after "ho") is an appointment; "running late, call you at 3" a status till the call;
 *  4. a part of the day said before "prenotami" keeps the office booking and its window;
 *  5. "put in a complaint for monday at 10" is a task for the office at that time; "from 9 till late" is evening;
 *  6. "away until the 12" (a day context, no clock words) is the 12th;
 *  7. "quest'estate" said in summer is this summer (today); the first business day after Easter skips Pasquetta.
 */
const LONDON = '2027-07-12T08:20:00+01:00';
const ROME = '2027-07-12T08:10:00+02:00';
const LA_NIGHT = '2027-07-12T23:55:00-07:00';
const ROME_NIGHT = '2027-07-12T23:50:00+02:00';
const LONDON_JULY = '2027-07-05T09:00:00+01:00';
const ROME_JULY = '2027-07-05T09:00:00+02:00';

/** available again (the end of availability is not scored) */
const back: Expected = only('status', { availability: 'available' });
/** a reminder at 09:00 on the day of an appointment at `event` */
const thatMorning = (c: Calendar, event: string): Expected => ({
  ...reminder(c.at({ year: +event.slice(0, 4), month: +event.slice(5, 7), day: +event.slice(8, 10) }, 9)),
  slots: { event: { when: event } },
});
/** an office booking on one day within a part of the day's hours */
const windowed = (c: Calendar, date: Parameters<Calendar['iso']>[0], hours: [number, string, string], title: string) =>
  titled(
    office(booking(c.at(date, hours[0]), { from: c.iso(date), to: c.iso(date), timeFrom: hours[1], timeTo: hours[2] })),
    title,
  );
const LATE_MORNING: [number, string, string] = [11, '11:00', '13:00'];
const AFTERNOON: [number, string, string] = [15, '13:00', '18:00'];
const MORNING: [number, string, string] = [9, '09:00', '13:00'];

export const leftovers19: readonly Family[] = [
  fresh('l19-1-status', 'it', ROME, 'Europe/Rome', (c) => [
    ['it', 'sono in sala riunioni con un cliente fino alle 4', busy(c.at(c.today, 16))],
    ['it', 'sono in cantiere con il geometra fino alle 5', busy(c.at(c.today, 17))],
    ['it', 'sono in laboratorio con i ragazzi fino alle 6', busy(c.at(c.today, 18))],
    ['it', 'dentista fino alle 3', busy(c.at(c.today, 15))],
    ['it', 'fisioterapista fino alle 4 e mezza', busy(c.at(c.today, 16, 30))],
    ['it', 'sono di nuovo in ufficio, fino alle 6 ci sono', back],
    ['it', 'sono di nuovo in studio, ci sono fino alle 7', back],
    ['it', 'rientrata in negozio, fino alle 19 ci sono', back],
    ['it', 'sono in tribunale fino alle 4, vi richiamo domani', busy(c.at(c.today, 16))],
    ['it', 'in riunione fino alle 11, ti richiamo domani', busy(c.at(c.today, 11))],
  ]),
  fresh('l19-1-status', 'en', LONDON, 'Europe/London', (c) => [
    ['en', 'physio until 4', busy(c.at(c.today, 16))],
    ['en', 'hairdresser till 5.30', busy(c.at(c.today, 17, 30))],
    ['en', 'vet till 2', busy(c.at(c.today, 14))],
    ['en', "I'm in the meeting room with a client till 4", busy(c.at(c.today, 16))],
    ['en', 'back at the office, here till 6', back],
    ['en', "back in the shop, I'm here until 7", back],
    ['en', 'at a wake till 11, will call you back tomorrow', busy(c.at(c.today, 11))],
    ['en', 'in court till 4, I will call you back tomorrow', busy(c.at(c.today, 16))],
    ['en', 'at the hospital till 6, call you back tomorrow', busy(c.at(c.today, 18))],
  ]),
  fresh('l19-1-night-end', 'en', LA_NIGHT, 'America/Los_Angeles', (c) => [
    ['en', 'driving to LA till 4', busy(c.at(c.day(1), 4))],
    ['en', 'on the road till 3', busy(c.at(c.day(1), 3))],
    ['en', 'driving back from Vegas until 5', busy(c.at(c.day(1), 5))],
    ['en', 'on a night shift till 6', busy(c.at(c.day(1), 6))],
  ]),
  fresh('l19-1-night-end', 'it', ROME_NIGHT, 'Europe/Rome', (c) => [
    ['it', 'sono in viaggio fino alle 3', busy(c.at(c.day(1), 3))],
    ['it', 'sono in macchina fino alle 4', busy(c.at(c.day(1), 4))],
    ['it', 'guido fino alle 2', busy(c.at(c.day(1), 2))],
  ]),
  fresh('l19-2-that-morning', 'en', LONDON, 'Europe/London', (c) => [
    ['en', 'dentist on friday at 3, remind me that morning', thatMorning(c, c.at(c.weekday(FRI), 15))],
    ['en', 'meeting with Tom thursday at 4, remind me that morning', thatMorning(c, c.at(c.weekday(THU), 16))],
    ['en', 'vet wednesday at 5pm, pls remind me that morning', thatMorning(c, c.at(c.weekday(WED), 17))],
    ['en', 'call with the bank tuesday at 2, remind me the same morning', thatMorning(c, c.at(c.weekday(TUE), 14))],
    ['en', 'haircut saturday at 11, remind me on the morning', thatMorning(c, c.at(c.weekday(SAT), 11))],
  ]),
  fresh('l19-2-that-morning', 'it', ROME, 'Europe/Rome', (c) => [
    ['it', 'dentista venerdì alle 3, ricordamelo quella mattina', thatMorning(c, c.at(c.weekday(FRI), 15))],
    ['it', 'giovedì alle 16 ho il notaio, ricordamelo la mattina stessa', thatMorning(c, c.at(c.weekday(THU), 16))],
    [
      'it',
      'mercoledì alle 17 riunione con Bianchi, ricordamelo quella mattina',
      thatMorning(c, c.at(c.weekday(WED), 17)),
    ],
    [
      'it',
      'martedì alle 15 il commercialista, me lo ricordi la mattina stessa?',
      thatMorning(c, c.at(c.weekday(TUE), 15)),
    ],
    ['it', 'sabato alle 11 parrucchiere, ricordamelo la mattina', thatMorning(c, c.at(c.weekday(SAT), 11))],
  ]),
  fresh('l19-3-surname-running-late', 'it', ROME, 'Europe/Rome', (c) => [
    ['it', 'domani alle 15 ho Galli', titled(booking(c.at(c.day(1), 15)), 'Galli')],
    ['it', 'giovedì alle 10 ho Ferretti', titled(booking(c.at(c.weekday(THU), 10)), 'Ferretti')],
    ['it', 'venerdì alle 11 ho Marchetti in studio', titled(booking(c.at(c.weekday(FRI), 11)), 'Marchetti in studio')],
    ['it', 'mercoledì alle 9 ho Bianchi', titled(booking(c.at(c.weekday(WED), 9)), 'Bianchi')],
    ['it', 'sono in ritardo oggi, vi chiamo alle 3', busy(c.at(c.today, 15))],
    ['it', 'bloccato nel traffico, ti chiamo alle 11', busy(c.at(c.today, 11))],
  ]),
  fresh('l19-3-surname-running-late', 'en', LONDON, 'Europe/London', (c) => [
    ['en', 'running late today, call you at 3', busy(c.at(c.today, 15))],
    ['en', 'running late, will call you at 4', busy(c.at(c.today, 16))],
    ['en', 'stuck in traffic, call you at 11', busy(c.at(c.today, 11))],
    ['en', "running behind today, I'll ring you at 2", busy(c.at(c.today, 14))],
    ['en', 'thursday at 10 I have Ferretti', titled(booking(c.at(c.weekday(THU), 10)), 'Ferretti')],
    ['en', 'tomorrow at 3 I have Galli', titled(booking(c.at(c.day(1), 15)), 'Galli')],
  ]),
  fresh('l19-4-window-first', 'it', ROME, 'Europe/Rome', (c) => [
    [
      'it',
      'mercoledì in tarda mattinata prenotami il commercialista',
      windowed(c, c.weekday(WED), LATE_MORNING, 'commercialista'),
    ],
    ['it', 'giovedì pomeriggio prenotami il parrucchiere', windowed(c, c.weekday(THU), AFTERNOON, 'parrucchiere')],
    ['it', 'venerdì in mattinata prenotami il meccanico', windowed(c, c.weekday(FRI), MORNING, 'meccanico')],
    ['it', 'martedì in tarda mattinata mi prenoti il dentista?', windowed(c, c.weekday(TUE), LATE_MORNING, 'dentista')],
    ['it', 'domani pomeriggio prenotami la manicure', windowed(c, c.day(1), AFTERNOON, 'manicure')],
  ]),
  fresh('l19-4-window-first', 'en', LONDON, 'Europe/London', (c) => [
    ['en', 'wednesday late morning book me the accountant', windowed(c, c.weekday(WED), LATE_MORNING, 'accountant')],
    ['en', 'thursday afternoon book me the hairdresser', windowed(c, c.weekday(THU), AFTERNOON, 'hairdresser')],
  ]),
  fresh('l19-5-complaint-till-late', 'en', LONDON, 'Europe/London', (c) => [
    ['en', 'put in a complaint for monday at 10', taskAt(c.at(c.weekday(MON), 10))],
    ['en', 'put in a claim for friday at 9', taskAt(c.at(c.weekday(FRI), 9))],
    ['en', 'pls put in a complaint about the noise for tuesday at 11', taskAt(c.at(c.weekday(TUE), 11))],
    ['en', 'put in a request for thursday at 2', taskAt(c.at(c.weekday(THU), 14))],
    ['en', 'party saturday from 9 till late', titled(booking(c.at(c.weekday(SAT), 21)), 'party')],
    ['en', 'drinks friday from 8 till late', titled(booking(c.at(c.weekday(FRI), 20)), 'drinks')],
    ['en', 'karaoke thursday from 10 till late', titled(booking(c.at(c.weekday(THU), 22)), 'karaoke')],
    ['en', 'bbq at Sam sunday from 9 until late', titled(booking(c.at(c.day(6), 21)), 'bbq at Sam')],
  ]),
  fresh('l19-5-complaint-till-late', 'it', ROME, 'Europe/Rome', (c) => [
    ['it', 'presenta un reclamo per lunedì alle 10', taskAt(c.at(c.weekday(MON), 10))],
    ['it', 'festa sabato dalle 9 fino a tardi', titled(booking(c.at(c.weekday(SAT), 21)), 'festa')],
    ['it', 'aperitivo venerdì dalle 8 fino a tardi', titled(booking(c.at(c.weekday(FRI), 20)), 'aperitivo')],
  ]),
  fresh('l19-6-until-the-day', 'en', LONDON_JULY, 'Europe/London', (c) => [
    ['en', "I'm away until the 12", busy(c.at(c.date(7, 12), 9))],
    ['en', "I'm away until the 12th", busy(c.at(c.date(7, 12), 9))],
    ['en', 'on holiday until the 20', busy(c.at(c.date(7, 20), 9))],
    ['en', 'out of office until the 15', busy(c.at(c.date(7, 15), 9))],
    ['en', "I'm off until the 9", busy(c.at(c.date(7, 9), 9))],
    ['en', 'away till the 3', busy(c.at(c.date(8, 3), 9))],
    // a place by the hour keeps the clock (batch 18, Italians writing English)
    ['en', "I'm at the office until the 6", busy(c.at(c.today, 18))],
  ]),
  fresh('l19-6-until-the-day', 'it', ROME_JULY, 'Europe/Rome', (c) => [
    ['it', 'sono in ferie fino al 20', busy(c.at(c.date(7, 20), 9))],
    ['it', 'sono via fino al 12', busy(c.at(c.date(7, 12), 9))],
  ]),
  fresh('l19-7-season-easter', 'it', ROME, 'Europe/Rome', (c) => [
    [
      'it',
      "ricordami quest'estate di rinnovare il passaporto",
      said(reminder(c.at(c.today, 9)), 'rinnovare il passaporto'),
    ],
    ['it', 'ricordami questa estate di sistemare la cantina', said(reminder(c.at(c.today, 9)), 'sistemare la cantina')],
    [
      'it',
      "quest'estate ricordami di chiamare il tecnico della caldaia",
      said(reminder(c.at(c.today, 9)), 'chiamare il tecnico della caldaia'),
    ],
    [
      'it',
      'ricordami il primo giorno lavorativo dopo Pasqua di pagare l affitto',
      said(reminder(c.at(c.easter(2), 9)), 'pagare l affitto'),
    ],
    [
      'it',
      'il primo giorno lavorativo dopo Pasqua ricordami di chiamare Marta',
      said(reminder(c.at(c.easter(2), 9)), 'chiamare Marta'),
    ],
    [
      'it',
      'ricordami il primo giorno lavorativo dopo Natale di chiamare Marta',
      said(reminder(c.at(c.date(12, 27), 9)), 'chiamare Marta'),
    ],
  ]),
  fresh('l19-7-season-easter', 'en', LONDON, 'Europe/London', (c) => [
    ['en', 'remind me this summer to renew the passport', said(reminder(c.at(c.today, 9)), 'renew the passport')],
    // English business days skip New Year's Day and Christmas only (batch 18): Easter Monday counts
    [
      'en',
      'remind me the first business day after Easter to pay rent',
      said(reminder(c.at(c.easter(1), 9)), 'pay rent'),
    ],
  ]),
];

/**
 * Round 2, written and labelled after the rules were fixed for the set above and before running them on these:
 * new sentences of each kind, a summer Thursday afternoon in London and Rome (and a late night in New York and
 * Milan), to see the fixes generalise.
 */
const LONDON_THU = '2027-08-05T14:20:00+01:00';
const ROME_THU = '2027-08-05T14:20:00+02:00';
const NY_NIGHT = '2027-08-05T23:10:00-04:00';
const MILAN_NIGHT = '2027-08-05T22:40:00+02:00';

export const leftovers19Round2: readonly Family[] = [
  fresh('l19-r2', 'en', LONDON_THU, 'Europe/London', (c) => [
    ['en', 'optician till 4', busy(c.at(c.today, 16))],
    ['en', 'back at the studio, here till 7', back],
    ['en', 'at the vet till 5, will call you back tomorrow', busy(c.at(c.today, 17))],
    ['en', 'accountant on monday at 11, remind me that morning', thatMorning(c, c.at(c.weekday(MON), 11))],
    ['en', 'running late, call you at 5', busy(c.at(c.today, 17))],
    ['en', 'monday at 10 I have Moretti', titled(booking(c.at(c.weekday(MON), 10)), 'Moretti')],
    ['en', 'friday afternoon book me the lawyer', windowed(c, c.weekday(FRI), AFTERNOON, 'lawyer')],
    ['en', 'put in a claim for tuesday at 10', taskAt(c.at(c.weekday(TUE), 10))],
    ['en', 'leaving do friday from 7 till late', titled(booking(c.at(c.weekday(FRI), 19)), 'leaving do')],
    ['en', "I'm on holiday until the 19", busy(c.at(c.date(8, 19), 9))],
    ['en', 'remind me this summer to book the boiler service', said(reminder(c.next(9)), 'book the boiler service')],
  ]),
  fresh('l19-r2', 'en', NY_NIGHT, 'America/New_York', (c) => [
    ['en', 'driving back to Boston till 3', busy(c.at(c.day(1), 3))],
  ]),
  fresh('l19-r2', 'it', ROME_THU, 'Europe/Rome', (c) => [
    ['it', 'oculista fino alle 4', busy(c.at(c.today, 16))],
    ['it', 'sono di nuovo in laboratorio, fino alle 7 ci sono', back],
    ['it', 'sono dal notaio fino alle 5, vi richiamo domani', busy(c.at(c.today, 17))],
    ['it', 'lunedì alle 11 ho il commercialista, ricordamelo quella mattina', thatMorning(c, c.at(c.weekday(MON), 11))],
    ['it', 'sono in ritardo, vi chiamo alle 5', busy(c.at(c.today, 17))],
    ['it', 'lunedì alle 10 ho Moretti', titled(booking(c.at(c.weekday(MON), 10)), 'Moretti')],
    ['it', "venerdì pomeriggio prenotami l'avvocato", windowed(c, c.weekday(FRI), AFTERNOON, 'avvocato')],
    ['it', 'cena di classe sabato dalle 8 fino a tardi', titled(booking(c.at(c.weekday(SAT), 20)), 'cena di classe')],
    ['it', "ricordami quest'estate di cambiare le gomme", said(reminder(c.next(9)), 'cambiare le gomme')],
    [
      'it',
      "ricordami l'ultimo giorno lavorativo prima di Natale di fare gli auguri ai clienti",
      said(reminder(c.at(c.date(12, 24), 9)), 'fare gli auguri ai clienti'),
    ],
  ]),
  fresh('l19-r2', 'it', MILAN_NIGHT, 'Europe/Rome', (c) => [
    ['it', 'sono in autostrada fino alle 2', busy(c.at(c.day(1), 2))],
  ]),
];
