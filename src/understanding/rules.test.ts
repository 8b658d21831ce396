import { describe, expect, it } from 'vitest';
import { understandingSchema, type Lang, type Understanding } from './contract.js';
import { understandRules } from './rules.js';

/** Fixed reference instants (never the clock). */
const MON = '2026-11-23T10:00:00+01:00'; // Monday morning
const FRI = '2026-11-27T18:30:00+01:00'; // Friday evening
const FRI_LATE = '2026-11-27T20:15:00+01:00';
const SAT = '2026-11-28T10:00:00+01:00';
const SUN_NIGHT = '2026-11-29T23:10:00+01:00';
const DEC30 = '2026-12-30T16:00:00+01:00'; // Wednesday
const BEFORE_SPRING = '2027-03-27T11:00:00+01:00'; // Saturday; clocks go forward on the 28th
const BEFORE_AUTUMN = '2026-10-24T10:00:00+02:00'; // Saturday; clocks go back on the 25th

type Case = [lang: Lang, text: string, now: string, expected: Partial<Understanding>];

function understand(text: string, now: string, lang: Lang, tz = 'Europe/Rome'): Understanding {
  return understandRules(text, { now: new Date(now), tz, lang });
}

function check([lang, text, now, expected]: Case): void {
  const u = understand(text, now, lang);
  expect(understandingSchema.parse(u)).toEqual(u);
  expect(u).toMatchObject(expected);
}

describe('parts of the day', () => {
  it.each<Case>([
    ['it', 'Ricordami domani mattina di chiamare Rossi', MON, { when: '2026-11-24T09:00:00+01:00' }],
    ['it', 'Ricordami domani a mezzogiorno di chiamare Rossi', MON, { when: '2026-11-24T12:00:00+01:00' }],
    ['it', 'Ricordami domani a pranzo di chiamare Rossi', MON, { when: '2026-11-24T13:00:00+01:00' }],
    ['it', 'Ricordami domani pomeriggio di chiamare Rossi', MON, { when: '2026-11-24T15:00:00+01:00' }],
    ['it', 'Ricordami domani sera di chiamare Rossi', MON, { when: '2026-11-24T19:00:00+01:00' }],
    ['it', 'Ricordami stasera di chiamare Rossi', MON, { when: '2026-11-23T19:00:00+01:00' }],
    ['it', 'Ricordami domani notte di chiudere il server', MON, { when: '2026-11-24T22:00:00+01:00' }],
    ['it', 'Ricordami a mezzanotte di inviare la fattura', SUN_NIGHT, { when: '2026-11-30T00:00:00+01:00' }],
    ['en', 'Remind me tomorrow morning to call Rossi', MON, { when: '2026-11-24T09:00:00+01:00' }],
    ['en', 'Remind me tomorrow at noon to call Rossi', MON, { when: '2026-11-24T12:00:00+01:00' }],
    ['en', 'Remind me tomorrow at lunch to call Rossi', MON, { when: '2026-11-24T13:00:00+01:00' }],
    ['en', 'Remind me tomorrow afternoon to call Rossi', MON, { when: '2026-11-24T15:00:00+01:00' }],
    ['en', 'Remind me tomorrow evening to call Rossi', MON, { when: '2026-11-24T19:00:00+01:00' }],
    ['en', 'Remind me tonight to call Rossi', MON, { when: '2026-11-23T19:00:00+01:00' }],
    ['en', 'Remind me tomorrow night to shut down the server', MON, { when: '2026-11-24T22:00:00+01:00' }],
    ['en', 'Remind me at midnight to send the invoice', SUN_NIGHT, { when: '2026-11-30T00:00:00+01:00' }],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Prenota un tavolo da Gino sabato a cena', MON, { intent: 'booking', when: '2026-11-28T20:00:00+01:00' }],
    ['it', 'Ricordami domani a colazione di prendere le medicine', MON, { when: '2026-11-24T08:00:00+01:00' }],
    [
      'en',
      'Book a table at Gino for dinner on Saturday',
      MON,
      { intent: 'booking', when: '2026-11-28T20:00:00+01:00' },
    ],
    ['en', 'Remind me tomorrow at breakfast to take the pills', MON, { when: '2026-11-24T08:00:00+01:00' }],
  ])('meals: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami stasera di chiamare Rossi', FRI_LATE, { when: '2026-11-27T21:00:00+01:00' }],
    ['en', 'Remind me tonight to call Rossi', FRI_LATE, { when: '2026-11-27T21:00:00+01:00' }],
  ])('"stasera"/"tonight" said after 19:00 is 21:00: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami domani a mezzanotte di pagare il bollo', MON, { when: '2026-11-25T00:00:00+01:00' }],
    ['en', 'Remind me tomorrow at midnight to pay the road tax', MON, { when: '2026-11-25T00:00:00+01:00' }],
  ])('midnight of a named day is the end of that day: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Metti in agenda un pranzo con Giulia venerdì',
      MON,
      { intent: 'booking', when: '2026-11-27T13:00:00+01:00' },
    ],
    ['en', 'Book lunch with Giulia on Friday', MON, { intent: 'booking', when: '2026-11-27T13:00:00+01:00' }],
    ['it', 'Ricordami della cena con Marco sabato', MON, { intent: 'reminder', when: '2026-11-28T09:00:00+01:00' }],
    [
      'en',
      'Remind me about the dinner with Marco on Saturday',
      MON,
      { intent: 'reminder', when: '2026-11-28T09:00:00+01:00' },
    ],
  ])('a booked meal is at meal time, a reminder about one at 09:00: %s: %s', (...c) => check(c));
});

describe('clock times', () => {
  it.each<Case>([
    ['it', 'Ricordami domani alle 3 di chiamare il commercialista', MON, { when: '2026-11-24T15:00:00+01:00' }],
    ['it', 'Ricordami domani alle 7 di chiudere', MON, { when: '2026-11-24T19:00:00+01:00' }],
    ['it', 'Ricordami domani alle 8 di aprire', MON, { when: '2026-11-24T08:00:00+01:00' }],
    ['it', 'Ricordami domani alle 12 di pranzare', MON, { when: '2026-11-24T12:00:00+01:00' }],
    ['it', "Ricordami domani all'una di chiamare", MON, { when: '2026-11-24T13:00:00+01:00' }],
    ['it', 'Ricordami domani alle 7 di mattina di partire', MON, { when: '2026-11-24T07:00:00+01:00' }],
    ['it', 'Ricordami domani alle 6 del mattino di partire', MON, { when: '2026-11-24T06:00:00+01:00' }],
    ['en', 'Remind me tomorrow at 3 to call the accountant', MON, { when: '2026-11-24T15:00:00+01:00' }],
    ['en', 'Remind me tomorrow at 7 to close up', MON, { when: '2026-11-24T19:00:00+01:00' }],
    ['en', 'Remind me tomorrow at 8 to open up', MON, { when: '2026-11-24T08:00:00+01:00' }],
    ['en', 'Remind me tomorrow at 7am to leave', MON, { when: '2026-11-24T07:00:00+01:00' }],
    ['en', 'Remind me tomorrow at 7 in the morning to leave', MON, { when: '2026-11-24T07:00:00+01:00' }],
  ])('a bare hour 1-7 is afternoon, 8-12 as said: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami domani alle 4 e mezza di uscire', MON, { when: '2026-11-24T16:30:00+01:00' }],
    ['it', 'Ricordami domani alle 8 e mezza di uscire', MON, { when: '2026-11-24T08:30:00+01:00' }],
    ['it', 'Ricordami domani alle 4 e trenta di uscire', MON, { when: '2026-11-24T16:30:00+01:00' }],
    ['it', 'Ricordami domani alle 9 e un quarto di uscire', MON, { when: '2026-11-24T09:15:00+01:00' }],
    ['it', 'Ricordami domani alle 5 meno un quarto di uscire', MON, { when: '2026-11-24T16:45:00+01:00' }],
    ['it', 'Ricordami domani alle 6 e 20 di uscire', MON, { when: '2026-11-24T18:20:00+01:00' }],
    ['it', 'Ricordami domani alle 3:30 di uscire', MON, { when: '2026-11-24T15:30:00+01:00' }],
    ['en', 'Remind me tomorrow at half past 4 to leave', MON, { when: '2026-11-24T16:30:00+01:00' }],
    ['en', 'Remind me tomorrow at quarter past 9 to leave', MON, { when: '2026-11-24T09:15:00+01:00' }],
    ['en', 'Remind me tomorrow at quarter to 5 to leave', MON, { when: '2026-11-24T16:45:00+01:00' }],
    ['en', 'Remind me tomorrow at 3:30 to leave', MON, { when: '2026-11-24T15:30:00+01:00' }],
  ])('e mezza, e un quarto, meno un quarto: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami domani alle 15:30 di chiamare Anna', MON, { when: '2026-11-24T15:30:00+01:00' }],
    ['it', 'Ricordami domani ore 9.15 di chiamare Anna', MON, { when: '2026-11-24T09:15:00+01:00' }],
    ['it', 'Ricordami domani alle 15h di chiamare Anna', MON, { when: '2026-11-24T15:00:00+01:00' }],
    ['it', 'Ricordami domani alle 07:30 di chiamare Anna', MON, { when: '2026-11-24T07:30:00+01:00' }],
    ['en', 'Remind me tomorrow at 15:30 to call Anna', MON, { when: '2026-11-24T15:30:00+01:00' }],
    ['en', 'Remind me tomorrow at 9.15 to call Anna', MON, { when: '2026-11-24T09:15:00+01:00' }],
    ['en', 'Remind me tomorrow at 07:30 to call Anna', MON, { when: '2026-11-24T07:30:00+01:00' }],
  ])('24-hour times are taken as written: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami stasera alle 8 di chiamare la mamma', MON, { when: '2026-11-23T20:00:00+01:00' }],
    ['it', 'Ricordami alle 9 di sera di chiudere il cancello', MON, { when: '2026-11-23T21:00:00+01:00' }],
    [
      'it',
      'Segna la cena con i fornitori giovedì alle 8',
      MON,
      { intent: 'booking', when: '2026-11-26T20:00:00+01:00' },
    ],
    ['en', 'Remind me tonight at 8 to call mum', MON, { when: '2026-11-23T20:00:00+01:00' }],
    ['en', 'Remind me at 9 in the evening to lock the gate', MON, { when: '2026-11-23T21:00:00+01:00' }],
    ['en', 'Book dinner at 8 on Friday at Da Mario', MON, { intent: 'booking', when: '2026-11-27T20:00:00+01:00' }],
    ['en', 'Remind me at 10pm to lock the door', MON, { when: '2026-11-23T22:00:00+01:00' }],
    ['en', 'Remind me at 11 pm to lock the door', MON, { when: '2026-11-23T23:00:00+01:00' }],
  ])('evening words and pm: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami alle 9 di telefonare all’idraulico', FRI, { when: '2026-11-28T09:00:00+01:00' }],
    ['it', 'Ricordami alle 7 di passare in tintoria', FRI, { when: '2026-11-27T19:00:00+01:00' }],
    ['it', 'Ricordami alle 18 di passare in tintoria', FRI, { when: '2026-11-28T18:00:00+01:00' }],
    ['en', 'Remind me at 9 to call the plumber', FRI, { when: '2026-11-28T09:00:00+01:00' }],
    ['en', 'Remind me at 7 to pick up the laundry', FRI, { when: '2026-11-27T19:00:00+01:00' }],
  ])('a time already past today with no date is tomorrow: %s: %s', (...c) => check(c));
});

describe('days', () => {
  it.each<Case>([
    ['it', 'Ricordami lunedì di chiamare la banca', MON, { when: '2026-11-30T09:00:00+01:00' }],
    ['it', 'Ricordami lunedì prossimo alle 9 di chiamare la banca', MON, { when: '2026-11-30T09:00:00+01:00' }],
    ['it', 'Ricordami venerdì prossimo di chiamare la banca', MON, { when: '2026-11-27T09:00:00+01:00' }],
    ['it', 'Ricordami giovedi alle 11 di pagare', MON, { when: '2026-11-26T11:00:00+01:00' }],
    ['it', 'Ricordami mercoledi di pagare', MON, { when: '2026-11-25T09:00:00+01:00' }],
    ['en', 'Remind me on Monday to call the bank', MON, { when: '2026-11-30T09:00:00+01:00' }],
    ['en', 'Remind me next Monday at 9am to call the bank', MON, { when: '2026-11-30T09:00:00+01:00' }],
    ['en', 'Remind me next Friday to call the bank', MON, { when: '2026-11-27T09:00:00+01:00' }],
    ['en', 'Remind me on Thursday at 11 to pay', MON, { when: '2026-11-26T11:00:00+01:00' }],
  ])('a weekday is its next occurrence, never today: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami il 2 gennaio di rinnovare il dominio', DEC30, { when: '2027-01-02T09:00:00+01:00' }],
    ['it', 'Ricordami il 10 novembre di rinnovare il dominio', DEC30, { when: '2027-11-10T09:00:00+01:00' }],
    ['en', 'Remind me on 2 January to renew the domain', DEC30, { when: '2027-01-02T09:00:00+01:00' }],
    ['en', 'Remind me on November 10 to renew the domain', DEC30, { when: '2027-11-10T09:00:00+01:00' }],
  ])('a day-month already past this year is next year: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami il 3/12 alle 11 di sentire il notaio', MON, { when: '2026-12-03T11:00:00+01:00' }],
    ['it', 'Ricordami il 03/12/2026 di sentire il notaio', MON, { when: '2026-12-03T09:00:00+01:00' }],
    ['it', 'Ricordami il 3.12 di sentire il notaio', MON, { when: '2026-12-03T09:00:00+01:00' }],
    ['it', "Segna in agenda l'assemblea condominiale il 12/1 alle 18", DEC30, { when: '2027-01-12T18:00:00+01:00' }],
    ['en', 'Remind me on 3/12 at 11 to call the notary', MON, { when: '2026-12-03T11:00:00+01:00' }],
    ['en', 'Remind me on 03/12/2026 to call the notary', MON, { when: '2026-12-03T09:00:00+01:00' }],
  ])('numeric dates are day first: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', "Ricordami il 16 alle 8 di pagare l'IVA", MON, { when: '2026-12-16T08:00:00+01:00' }],
    ['it', 'Ricordami il 25 di chiamare la banca', MON, { when: '2026-11-25T09:00:00+01:00' }],
    ['en', 'Remind me on the 16th at 8 to pay the VAT', MON, { when: '2026-12-16T08:00:00+01:00' }],
    ['en', 'Remind me on the 25th to call the bank', MON, { when: '2026-11-25T09:00:00+01:00' }],
  ])('a day of the month alone is this month, or next if past: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami la settimana prossima di fare il tagliando', MON, { when: '2026-11-30T09:00:00+01:00' }],
    ['en', 'Remind me next week to service the car', MON, { when: '2026-11-30T09:00:00+01:00' }],
    ['it', 'Ricordami dopodomani di chiamare il cliente', MON, { when: '2026-11-25T09:00:00+01:00' }],
    ['en', 'Remind me the day after tomorrow to call the client', MON, { when: '2026-11-25T09:00:00+01:00' }],
  ])('relative days: %s: %s', (...c) => check(c));
});

describe('amounts of time from now', () => {
  it.each<Case>([
    ['it', 'Ricordami tra 45 minuti di mandare la fattura', MON, { when: '2026-11-23T10:45:00+01:00' }],
    ['it', 'Ricordami fra 2 ore di mandare la PEC', MON, { when: '2026-11-23T12:00:00+01:00' }],
    ['it', "Avvisami fra mezz'ora di richiamare la signora Bianchi", MON, { when: '2026-11-23T10:30:00+01:00' }],
    ['it', 'Avvisami fra mezzora di richiamare', MON, { when: '2026-11-23T10:30:00+01:00' }],
    ['it', "Ricordami tra un quarto d'ora di uscire", MON, { when: '2026-11-23T10:15:00+01:00' }],
    ['it', "Ricordami tra un'ora di uscire", SUN_NIGHT, { when: '2026-11-30T00:10:00+01:00' }],
    ['it', 'Ricordami tra 3 giorni di sentire il notaio', MON, { when: '2026-11-26T10:00:00+01:00' }],
    ['it', 'Ricordami tra 3 giorni alle 10 di sollecitare Rossi', FRI, { when: '2026-11-30T10:00:00+01:00' }],
    ['it', 'Ricordami tra una settimana di richiamare il fornitore', MON, { when: '2026-11-30T10:00:00+01:00' }],
    ['en', 'Remind me in 45 minutes to send the invoice', MON, { when: '2026-11-23T10:45:00+01:00' }],
    ['en', 'Remind me in 2 hours to send the email', MON, { when: '2026-11-23T12:00:00+01:00' }],
    ['en', 'Remind me in half an hour to call Mrs Bianchi back', MON, { when: '2026-11-23T10:30:00+01:00' }],
    ['en', 'Remind me in a quarter of an hour to leave', MON, { when: '2026-11-23T10:15:00+01:00' }],
    ['en', 'Remind me in an hour to check the inbox', SUN_NIGHT, { when: '2026-11-30T00:10:00+01:00' }],
    ['en', 'Remind me in 3 days to call the notary', MON, { when: '2026-11-26T10:00:00+01:00' }],
    ['en', 'Remind me in 3 days at 10 to chase Rossi', FRI, { when: '2026-11-30T10:00:00+01:00' }],
    ['en', 'Remind me in a week to call the supplier back', MON, { when: '2026-11-30T10:00:00+01:00' }],
  ])('%s: %s', (...c) => check(c));
});

describe('daylight saving time', () => {
  it.each<Case>([
    ['it', 'Ricordami domani alle 9 di spostare le lancette', BEFORE_SPRING, { when: '2027-03-28T09:00:00+02:00' }],
    ['it', 'Ricordami tra 2 giorni di controllare la caldaia', BEFORE_SPRING, { when: '2027-03-29T11:00:00+02:00' }],
    ['it', 'Ricordami domani alle 10 di spostare le lancette', BEFORE_AUTUMN, { when: '2026-10-25T10:00:00+01:00' }],
    ['en', 'Remind me tomorrow at 9 to change the clocks', BEFORE_SPRING, { when: '2027-03-28T09:00:00+02:00' }],
    ['en', 'Remind me tomorrow at 10 to change the clocks', BEFORE_AUTUMN, { when: '2026-10-25T10:00:00+01:00' }],
  ])('local times keep the wall clock across the change: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Ricordami tra 24 ore di controllare il bonifico', BEFORE_SPRING, { when: '2027-03-28T12:00:00+02:00' }],
    ['it', 'Ricordami tra 24 ore di controllare il bonifico', BEFORE_AUTUMN, { when: '2026-10-25T09:00:00+01:00' }],
    ['en', 'Remind me in 24 hours to check the transfer', BEFORE_SPRING, { when: '2027-03-28T12:00:00+02:00' }],
    ['en', 'Remind me in 24 hours to check the transfer', BEFORE_AUTUMN, { when: '2026-10-25T09:00:00+01:00' }],
  ])('hours are elapsed time: %s: %s', (...c) => check(c));

  it('uses the offset of other zones too', () => {
    expect(
      understand('Remind me on Sunday at 10am to call grandma', '2026-10-24T10:00:00+01:00', 'en', 'Europe/London')
        .when,
    ).toBe('2026-10-25T10:00:00+00:00');
    expect(
      understand(
        'Remind me on Thursday at 9am to renew the lease',
        '2026-11-23T10:00:00-05:00',
        'en',
        'America/New_York',
      ).when,
    ).toBe('2026-11-26T09:00:00-05:00');
  });
});

describe('recurrences', () => {
  it.each<Case>([
    [
      'it',
      'Ricordami ogni giorno alle 9 di controllare la cassa',
      MON,
      { rrule: 'FREQ=DAILY', when: '2026-11-24T09:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami tutti i giorni alle 13 di prendere la pillola',
      MON,
      { rrule: 'FREQ=DAILY', when: '2026-11-23T13:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami ogni lunedì alle 9 di controllare la PEC',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=MO', when: '2026-11-30T09:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami tutti i venerdì alle 17 di fare il backup',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=FR', when: '2026-11-27T17:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami ogni martedì e giovedì alle 18 di andare in palestra',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', when: '2026-11-24T18:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami nei giorni feriali alle 18 di chiudere la cassa',
      SUN_NIGHT,
      { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', when: '2026-11-30T18:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami dal lunedì al venerdì alle 8 di aprire la posta',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', when: '2026-11-24T08:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami ogni due settimane il lunedì di pagare i fornitori',
      MON,
      { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', when: '2026-11-30T09:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami ogni due settimane di annaffiare le piante',
      MON,
      { rrule: 'FREQ=WEEKLY;INTERVAL=2', when: '2026-11-24T09:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami il 5 di ogni mese di pagare la bolletta',
      MON,
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=5', when: '2026-12-05T09:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami ogni mese il 5 di pagare la bolletta',
      MON,
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=5', when: '2026-12-05T09:00:00+01:00' },
    ],
    [
      'it',
      "Ricordami il primo di ogni mese di pagare l'affitto",
      MON,
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', when: '2026-12-01T09:00:00+01:00' },
    ],
    [
      'it',
      'Ricordami ogni anno il 10 febbraio il compleanno di Marta',
      DEC30,
      { rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=10', when: '2027-02-10T09:00:00+01:00' },
    ],
    [
      'en',
      'Remind me every day at 9 to check the till',
      MON,
      { rrule: 'FREQ=DAILY', when: '2026-11-24T09:00:00+01:00' },
    ],
    [
      'en',
      'Remind me every Monday at 9 to check the inbox',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=MO', when: '2026-11-30T09:00:00+01:00' },
    ],
    [
      'en',
      'Remind me every Tuesday and Thursday at 6pm to go to the gym',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', when: '2026-11-24T18:00:00+01:00' },
    ],
    [
      'en',
      'Remind me every weekday at 8:30 to check the bookings',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', when: '2026-11-24T08:30:00+01:00' },
    ],
    [
      'en',
      'Remind me every other week on Friday to order supplies',
      MON,
      { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', when: '2026-11-27T09:00:00+01:00' },
    ],
    [
      'en',
      'Remind me on the 5th of every month to pay the phone bill',
      MON,
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=5', when: '2026-12-05T09:00:00+01:00' },
    ],
    [
      'en',
      'Remind me every month on the 1st to pay the rent',
      MON,
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', when: '2026-12-01T09:00:00+01:00' },
    ],
    [
      'en',
      "Remind me every year on 10 February about Marta's birthday",
      DEC30,
      { rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=10', when: '2027-02-10T09:00:00+01:00' },
    ],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Ricordami ogni lunedì alle 18 della riunione di team',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=MO', when: '2026-11-23T18:00:00+01:00' },
    ],
    [
      'en',
      'Remind me every Monday at 6pm about the team meeting',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=MO', when: '2026-11-23T18:00:00+01:00' },
    ],
  ])('the first occurrence can be today: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Ricordami ogni giovedì di portare fuori la carta',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=TH', when: '2026-11-26T09:00:00+01:00' },
    ],
    [
      'en',
      'Remind me every Thursday to take out the recycling',
      MON,
      { rrule: 'FREQ=WEEKLY;BYDAY=TH', when: '2026-11-26T09:00:00+01:00' },
    ],
  ])('a recurrence with no time fires at 09:00 and its rule has no BYHOUR: %s: %s', (...c) => {
    check(c);
    expect(understand(c[1], c[2], c[0]).rrule).not.toMatch(/BYHOUR|BYMINUTE|DTSTART/);
  });
});

describe('deadlines of tasks', () => {
  it.each<Case>([
    ['it', 'Traduci il contratto in inglese entro venerdì', MON, { intent: 'task', due: '2026-11-27' }],
    ['it', 'Prepara la fattura per il cliente Gialli entro domani', MON, { intent: 'task', due: '2026-11-24' }],
    ['it', 'Entro fine settimana traducete la brochure in tedesco', MON, { intent: 'task', due: '2026-11-27' }],
    ['it', 'Traduci il sito in francese entro fine mese', DEC30, { intent: 'task', due: '2026-12-31' }],
    ['it', 'Mandami entro il 15 un riepilogo delle fatture', MON, { intent: 'task', due: '2026-12-15' }],
    ['it', 'Mandami entro il 25 un riepilogo delle fatture', MON, { intent: 'task', due: '2026-11-25' }],
    ['en', 'Translate the agreement into Italian by Friday', MON, { intent: 'task', due: '2026-11-27' }],
    ['en', 'Draft a reply to the landlord by tomorrow', MON, { intent: 'task', due: '2026-11-24' }],
    ['en', 'Order business cards by the end of the week', MON, { intent: 'task', due: '2026-11-27' }],
    ['en', 'Prepare the invoices by the end of the month', DEC30, { intent: 'task', due: '2026-12-31' }],
    ['en', 'Send the price list to all clients by the 15th', DEC30, { intent: 'task', due: '2027-01-15' }],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', 'Traduci la brochure entro fine settimana', SAT, { due: '2026-12-04' }],
    ['it', 'Prepara la fattura entro venerdì', FRI, { due: '2026-12-04' }],
    ['en', 'Translate the brochure by the end of the week', SAT, { due: '2026-12-04' }],
    ['en', 'Prepare the invoice by Friday', FRI, { due: '2026-12-04' }],
  ])('said on a weekend or on the day itself: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Domani alle 3 chiama il commercialista',
      MON,
      { intent: 'task', due: '2026-11-24', when: '2026-11-24T15:00:00+01:00', category: 'call' },
    ],
    [
      'en',
      'Call the accountant tomorrow at 3',
      MON,
      { intent: 'task', due: '2026-11-24', when: '2026-11-24T15:00:00+01:00', category: 'call' },
    ],
  ])('a task with a time to do it has both due and when: %s: %s', (...c) => check(c));
});

describe('reminder or task', () => {
  it.each<Case>([
    [
      'it',
      'Ricordami di chiamare il commercialista domani alle 3',
      MON,
      { intent: 'reminder', text: 'chiamare il commercialista' },
    ],
    ['it', 'Chiama il commercialista domani alle 3', MON, { intent: 'task', text: 'chiamare il commercialista' }],
    ['it', "Puoi chiamare l'idraulico?", MON, { intent: 'task', category: 'call' }],
    ['en', 'Remind me to call the accountant tomorrow at 3', MON, { intent: 'reminder', text: 'call the accountant' }],
    ['en', 'Call the accountant tomorrow at 3', MON, { intent: 'task', text: 'call the accountant' }],
    ['en', 'Can you call the bank?', MON, { intent: 'task', category: 'call' }],
    [
      'it',
      'Mi serve una traduzione in inglese del catalogo entro fine settimana',
      MON,
      { intent: 'task', due: '2026-11-27', category: 'translation' },
    ],
    [
      'en',
      'I need a translation of the catalogue by Friday',
      MON,
      { intent: 'task', due: '2026-11-27', category: 'translation' },
    ],
    ['en', 'Tell Bianchi that the delivery slips to Monday', MON, { intent: 'task' }],
    ['en', 'Tell me what I have tomorrow', MON, { intent: 'agenda', from: '2026-11-24', to: '2026-11-24' }],
  ])('%s: %s', (...c) => check(c));
});

describe('the request of a task, after greetings and politeness', () => {
  it.each<Case>([
    [
      'it',
      'Ciao, vorrei che mi preparaste una lettera per il cliente.',
      MON,
      { intent: 'task', text: 'preparare una lettera per il cliente' },
    ],
    [
      'it',
      'vorrei che traduceste il contratto in inglese entro venerdì',
      MON,
      { intent: 'task', text: 'tradurre il contratto in inglese', due: '2026-11-27' },
    ],
    [
      'it',
      'Buongiorno, potreste preparare la fattura per Bianchi?',
      MON,
      { intent: 'task', text: 'preparare la fattura per Bianchi' },
    ],
    [
      'it',
      'Buongiorno, mi serve una mano: il cliente Ferri chiede una copia del contratto',
      MON,
      { intent: 'task', text: 'il cliente Ferri chiede una copia del contratto' },
    ],
    [
      'en',
      'Hi, could you please translate the contract into English?',
      MON,
      { intent: 'task', text: 'translate the contract into English' },
    ],
    [
      'en',
      'Hello, I need a hand: the client Ferri wants a copy of the contract',
      MON,
      { intent: 'task', text: 'the client Ferri wants a copy of the contract' },
    ],
    [
      'it',
      'rispondi al cliente che ha scritto ieri, entro venerdì',
      MON,
      { intent: 'task', text: 'rispondere al cliente che ha scritto ieri', due: '2026-11-27' },
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('a time that cannot be used', () => {
  it.each<Case>([
    [
      'it',
      'ricordami ieri alle 10 di pagare',
      MON,
      { intent: 'reminder', text: 'pagare', timeIssue: { reason: 'past', said: 'ieri' } },
    ],
    [
      'it',
      "ricordami l'altro ieri di pagare",
      MON,
      { intent: 'reminder', text: 'pagare', timeIssue: { reason: 'past', said: "l'altro ieri" } },
    ],
    [
      'it',
      'ricordami la settimana scorsa di pagare',
      MON,
      { intent: 'reminder', text: 'pagare', timeIssue: { reason: 'past', said: 'la settimana scorsa' } },
    ],
    [
      'it',
      'riunione con Bianchi venerdì scorso alle 10',
      MON,
      { intent: 'booking', timeIssue: { reason: 'past', said: 'venerdì scorso' } },
    ],
    [
      'en',
      'remind me yesterday at 10 to pay',
      MON,
      { intent: 'reminder', text: 'pay', timeIssue: { reason: 'past', said: 'yesterday' } },
    ],
    [
      'en',
      'remind me last week to pay',
      MON,
      { intent: 'reminder', text: 'pay', timeIssue: { reason: 'past', said: 'last week' } },
    ],
    [
      'it',
      'ricordami tra 0 minuti di pagare',
      MON,
      { intent: 'reminder', text: 'pagare', timeIssue: { reason: 'now', said: '0 minuti' } },
    ],
    [
      'en',
      'remind me in 0 minutes to pay',
      MON,
      { intent: 'reminder', text: 'pay', timeIssue: { reason: 'now', said: '0 minutes' } },
    ],
    [
      'it',
      'ricordami il 31 febbraio alle 10 di pagare',
      MON,
      { intent: 'reminder', text: 'pagare', timeIssue: { reason: 'no_such_date', said: '31 febbraio' } },
    ],
    [
      'it',
      'riunione il 31 febbraio alle 10',
      MON,
      { intent: 'booking', title: 'riunione', timeIssue: { reason: 'no_such_date', said: '31 febbraio' } },
    ],
    [
      'it',
      'ricordami domani alle 25 di pagare',
      MON,
      { intent: 'reminder', text: 'pagare', timeIssue: { reason: 'no_such_time', said: '25' } },
    ],
    [
      'en',
      'Remind me at 25:00 to call',
      MON,
      { intent: 'reminder', text: 'call', timeIssue: { reason: 'no_such_time', said: '25:00' } },
    ],
  ])('leaves when unset and says why: %s: %s', (...c) => {
    check(c);
    expect(understand(c[1], c[2], c[0])).not.toHaveProperty('when');
  });

  it.each<Case>([
    ['en', 'book a meeting for the last week of December', MON, { intent: 'booking' }],
    [
      'it',
      'manda a Rossi il verbale della settimana scorsa',
      MON,
      { intent: 'task', text: 'mandare a Rossi il verbale della settimana scorsa' },
    ],
  ])('keeps past words that name something else: %s: %s', (...c) => {
    check(c);
    expect(understand(c[1], c[2], c[0])).not.toHaveProperty('timeIssue');
  });
});

describe('informal phrasing', () => {
  it.each<Case>([
    [
      'it',
      'ricordami dmn alle 3 d chiamare il commercialista',
      MON,
      { intent: 'reminder', when: '2026-11-24T15:00:00+01:00', text: 'chiamare il commercialista' },
    ],
    [
      'it',
      "fammi ricordare giovedi alle 11 di pagare l'F24",
      MON,
      { intent: 'reminder', when: '2026-11-26T11:00:00+01:00' },
    ],
    [
      'it',
      'mi ricordi venerdì di mandare il preventivo a Bianchi?',
      MON,
      { intent: 'reminder', when: '2026-11-27T09:00:00+01:00' },
    ],
    [
      'it',
      'promemoria: dentista mercoledi alle 16:30',
      MON,
      { intent: 'reminder', when: '2026-11-25T16:30:00+01:00', text: 'dentista' },
    ],
    [
      'it',
      'Devo ricordarmi di comprare il latte stasera',
      MON,
      { intent: 'reminder', when: '2026-11-23T19:00:00+01:00' },
    ],
    [
      'it',
      'non farmi dimenticare di pagare il bollo venerdì',
      MON,
      { intent: 'reminder', when: '2026-11-27T09:00:00+01:00' },
    ],
    [
      'it',
      'puoi prenotarmi un tavolo per 4 sabato sera da Gino?',
      MON,
      { intent: 'booking', when: '2026-11-28T19:00:00+01:00' },
    ],
    [
      'it',
      'fissami un appuntamento dal commercialista il 2 dicembre alle 9.15',
      MON,
      { intent: 'booking', when: '2026-12-02T09:15:00+01:00' },
    ],
    [
      'it',
      "metti in agenda riunione con Rossi lunedì prossimo alle 10 per un'ora",
      MON,
      { intent: 'booking', when: '2026-11-30T10:00:00+01:00', durationMin: 60, with: 'Rossi' },
    ],
    ['it', 'segna: riunione condominio martedì alle 21', MON, { intent: 'booking', when: '2026-11-24T21:00:00+01:00' }],
    ['it', 'cosa ho domani?', MON, { intent: 'agenda', from: '2026-11-24', to: '2026-11-24' }],
    ['it', 'i miei promemoria', MON, { intent: 'agenda' }],
    [
      'en',
      'remind me tmrw at 3 to call the accountant',
      MON,
      { intent: 'reminder', when: '2026-11-24T15:00:00+01:00', text: 'call the accountant' },
    ],
    [
      'en',
      'reminder: dentist on Wednesday at 4:30',
      MON,
      { intent: 'reminder', when: '2026-11-25T16:30:00+01:00', text: 'dentist' },
    ],
    [
      'en',
      'set a reminder for Friday at 5pm to send the report',
      MON,
      { intent: 'reminder', when: '2026-11-27T17:00:00+01:00' },
    ],
    [
      'en',
      "don't let me forget to pay the rent on the 1st",
      MON,
      { intent: 'reminder', when: '2026-12-01T09:00:00+01:00', text: 'pay the rent' },
    ],
    ['en', 'I need a table for 4', MON, { intent: 'booking' }],
    ['en', 'I need a table for 4 on Saturday at 8pm', MON, { intent: 'booking', when: '2026-11-28T20:00:00+01:00' }],
    ['en', "what's on next week?", MON, { intent: 'agenda', from: '2026-11-30', to: '2026-12-06' }],
    ['en', 'my reminders', MON, { intent: 'agenda' }],
  ])('%s: %s', (...c) => check(c));
});

describe('bookings', () => {
  it.each<Case>([
    [
      'it',
      'Segna in agenda il convegno a Bologna venerdì',
      MON,
      { intent: 'booking', when: '2026-11-27', title: 'convegno a Bologna' },
    ],
    [
      'en',
      'Add the board meeting on 8 January to my agenda',
      DEC30,
      { intent: 'booking', when: '2027-01-08', title: 'board meeting' },
    ],
  ])('a booking with no time keeps the date only: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Fissami un appuntamento con il notaio Russo giovedì alle 11',
      MON,
      { with: 'notaio Russo', title: 'appuntamento con il notaio Russo' },
    ],
    [
      'it',
      'Blocca in agenda la call con lo studio Bianchi lunedì dalle 11 alle 12',
      FRI,
      { when: '2026-11-30T11:00:00+01:00', durationMin: 60 },
    ],
    ['it', "Fissa una call con Marco domani per mezz'ora", MON, { durationMin: 30, with: 'Marco' }],
    [
      'en',
      'Schedule a call with the Boston team on Wednesday at 2pm for 90 minutes',
      MON,
      { with: 'Boston team', durationMin: 90 },
    ],
    [
      'en',
      'Block my calendar for the client workshop on Friday from 9 to 12',
      MON,
      { when: '2026-11-27T09:00:00+01:00', durationMin: 180 },
    ],
    ['en', 'Book a meeting with Anna tomorrow at 10am for 2 hours', MON, { durationMin: 120, with: 'Anna' }],
  ])('title, with and duration: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Aggiungi in agenda la fiera di Verona dal 3 al 5 febbraio',
      DEC30,
      { intent: 'booking', when: '2027-02-03' },
    ],
    ['en', 'Add the Verona fair to my calendar from 3 to 5 February', DEC30, { intent: 'booking', when: '2027-02-03' }],
  ])('an event over several days starts on the first: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Prenotami un volo per Londra e mandami le opzioni entro domani',
      FRI,
      { intent: 'task', category: 'booking', due: '2026-11-28' },
    ],
    [
      'en',
      'Could you book me a flight to Berlin for Thursday?',
      MON,
      { intent: 'task', category: 'booking', due: '2026-11-26' },
    ],
  ])('travel to book is a task for a human: %s: %s', (...c) => check(c));
});

describe('agenda ranges', () => {
  it.each<Case>([
    ['it', 'Cosa ho oggi?', MON, { from: '2026-11-23', to: '2026-11-23' }],
    ['it', 'Che impegni ho questa settimana?', MON, { from: '2026-11-23', to: '2026-11-29' }],
    ['it', 'Che appuntamenti ho la settimana prossima?', BEFORE_SPRING, { from: '2027-03-29', to: '2027-04-04' }],
    ['it', 'Che impegni ho il weekend?', MON, { from: '2026-11-28', to: '2026-11-29' }],
    ['it', 'Cosa ho a dicembre?', MON, { from: '2026-12-01', to: '2026-12-31' }],
    ['it', "Cosa c'è in agenda per il 2 gennaio?", DEC30, { from: '2027-01-02', to: '2027-01-02' }],
    ['en', 'What do I have today?', MON, { from: '2026-11-23', to: '2026-11-23' }],
    ['en', 'What do I have tomorrow?', MON, { from: '2026-11-24', to: '2026-11-24' }],
    ['en', "What's on this week?", MON, { from: '2026-11-23', to: '2026-11-29' }],
    ['en', "What's on my calendar next week?", MON, { from: '2026-11-30', to: '2026-12-06' }],
    ['en', "What's on this weekend?", MON, { from: '2026-11-28', to: '2026-11-29' }],
    ['en', "What's on my calendar in December?", MON, { from: '2026-12-01', to: '2026-12-31' }],
  ])('%s: %s', (lang, text, now, expected) => check([lang, text, now, { intent: 'agenda', ...expected }]));
});

describe('task categories', () => {
  it.each<Case>([
    ['it', 'Traduci il sito in francese', MON, { category: 'translation' }],
    ['it', 'Scrivi una lettera di sollecito per il cliente Neri', MON, { category: 'writing' }],
    ['it', 'Scrivi un post per Instagram sulla promozione di Natale', MON, { category: 'social' }],
    ['it', 'Prepara la fattura elettronica per il cliente Gialli', MON, { category: 'admin' }],
    ['it', 'Rispondi tu alla mail del cliente Ferrari', MON, { category: 'email' }],
    ['it', 'Fai una ricerca sui bandi regionali per le PMI', MON, { category: 'research' }],
    ['it', 'Chiama il fornitore di carta e chiedi quando arriva l’ordine', MON, { category: 'call' }],
    ['it', 'Organizzami il viaggio a Roma, treno e hotel', MON, { category: 'booking' }],
    ['en', 'Translate the menu into English', MON, { category: 'translation' }],
    ['en', 'Proofread the English version of the website', MON, { category: 'writing' }],
    ['en', 'Write a LinkedIn post about our new office', MON, { category: 'social' }],
    ['en', 'Prepare the November invoices', MON, { category: 'admin' }],
    ['en', 'Reply to the email from the landlord', MON, { category: 'email' }],
    ['en', 'Research three coworking spaces in Brooklyn', MON, { category: 'research' }],
    ['en', 'Please call the courier and ask where our parcel is', MON, { category: 'call' }],
    ['en', 'Find me a hotel in Munich for the trade fair', MON, { category: 'booking' }],
  ])('%s: %s', (lang, text, now, expected) => check([lang, text, now, { intent: 'task', ...expected }]));
});

describe('cancel and reschedule', () => {
  it.each<Case>([
    ['it', 'Annulla il promemoria per la polizza', MON, { intent: 'cancel', target: 'promemoria per la polizza' }],
    [
      'it',
      'Elimina il promemoria di domani alle 10',
      MON,
      { intent: 'cancel', target: 'promemoria di domani alle 10' },
    ],
    ['it', 'non ricordarmi più della palestra', MON, { intent: 'cancel' }],
    [
      'en',
      'Cancel the reminder about the VAT return',
      MON,
      { intent: 'cancel', target: 'reminder about the VAT return' },
    ],
    ['en', 'Stop reminding me about the gym', MON, { intent: 'cancel' }],
  ])('cancel: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Sposta il dentista al 14 gennaio alle 4 e mezza',
      DEC30,
      { intent: 'reschedule', when: '2027-01-14T16:30:00+01:00', target: 'dentista' },
    ],
    [
      'it',
      'Sposta la riunione di domani a giovedì alle 15',
      MON,
      { intent: 'reschedule', when: '2026-11-26T15:00:00+01:00' },
    ],
    ['it', 'Sposta la riunione con Rossi a venerdì', MON, { intent: 'reschedule', when: '2026-11-27' }],
    [
      'en',
      'Push the meeting with the notary to Wednesday at 3pm',
      FRI,
      { intent: 'reschedule', when: '2026-12-02T15:00:00+01:00', target: 'meeting with the notary' },
    ],
    ['en', 'Move the dentist to Friday', MON, { intent: 'reschedule', when: '2026-11-27' }],
  ])('reschedule to a time, or to a date keeping the time: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'it',
      'Sposta la riunione delle 15 alle 16',
      MON,
      { intent: 'reschedule', when: '2026-11-23T16:00:00+01:00', target: 'riunione delle 15' },
    ],
    [
      'en',
      'Move my 3pm meeting to 4pm',
      MON,
      { intent: 'reschedule', when: '2026-11-23T16:00:00+01:00', target: '3pm meeting' },
    ],
  ])('the time that names the item stays in the target: %s: %s', (...c) => check(c));

  it.each<Case>([
    ['it', "Posticipa di un'ora la call con Marco", MON, { intent: 'reschedule', shiftMin: 60 }],
    ['it', "Anticipa di mezz'ora l'appuntamento dal dentista", MON, { intent: 'reschedule', shiftMin: -30 }],
    ['it', 'Rimanda di un giorno la consegna', MON, { intent: 'reschedule', shiftMin: 1440 }],
    ['en', 'Push back the call with Marco by 30 minutes', MON, { intent: 'reschedule', shiftMin: 30 }],
    ['en', 'Bring the meeting with Paolo forward by an hour', MON, { intent: 'reschedule', shiftMin: -60 }],
  ])('reschedule by an amount: %s: %s', (...c) => check(c));
});

describe('help and other', () => {
  it.each<Case>([
    ['it', '/start', MON, { intent: 'help' }],
    ['it', 'Ciao! Cosa sai fare?', MON, { intent: 'help' }],
    ['it', 'buongiorno', MON, { intent: 'help' }],
    ['en', 'Hi! What can you do?', MON, { intent: 'help' }],
    ['en', 'good morning!', MON, { intent: 'help' }],
    ['it', 'Grazie mille, perfetto!', MON, { intent: 'other' }],
    ['it', 'Oggi piove di nuovo, che noia', MON, { intent: 'other' }],
    ['it', 'che tempo fa domani?', MON, { intent: 'other' }],
    ['en', "what's the weather like tomorrow?", MON, { intent: 'other' }],
    ['en', 'Thanks, that’s perfect', MON, { intent: 'other' }],
  ])('%s: %s', (...c) => check(c));
});

describe('robustness', () => {
  it.each<Case>([
    ['it', 'Ricordami il 31 febbraio di pagare', MON, { intent: 'reminder', text: 'pagare' }],
    ['it', 'Ricordami alle 25 di chiamare', MON, { intent: 'reminder' }],
    ['it', 'Ricordami alle 10:75 di chiamare', MON, { intent: 'reminder' }],
    ['en', 'Remind me on 31 February to pay', MON, { intent: 'reminder' }],
    ['en', 'Remind me at 25 to call', MON, { intent: 'reminder' }],
    ['it', 'Ricordami tra 99999999999 giorni di chiamare', MON, { intent: 'reminder' }],
  ])('a date or time that cannot exist leaves when unset: %s: %s', (...c) => {
    check(c);
    expect(understand(c[1], c[2], c[0])).not.toHaveProperty('when');
  });

  it.each(['', '   ', '😀🎉', '?!', '\u0000\uD800', 'x'.repeat(10_000), 'ricordami domani alle 3 di '.repeat(400)])(
    'never throws (%#)',
    (text) => {
      for (const lang of ['it', 'en'] as const) {
        const u = understand(text, MON, lang);
        expect(understandingSchema.safeParse(u).success).toBe(true);
      }
    },
  );

  it('answers a message with no words as other', () => {
    expect(understand('😀🎉', MON, 'it')).toEqual({ intent: 'other' });
    expect(understand('', MON, 'en')).toEqual({ intent: 'other' });
  });

  it('reads a message in the other language than the client hint', () => {
    expect(understand('Remind me tomorrow at 3 to call the accountant', MON, 'it')).toMatchObject({
      intent: 'reminder',
      when: '2026-11-24T15:00:00+01:00',
    });
    expect(understand('Ricordami domani alle 3 di chiamare il commercialista', MON, 'en')).toMatchObject({
      intent: 'reminder',
      when: '2026-11-24T15:00:00+01:00',
    });
  });

  it('falls back to Europe/Rome for an unknown time zone', () => {
    expect(understand('Ricordami domani alle 3 di chiamare', MON, 'it', 'Mars/Olympus').when).toBe(
      '2026-11-24T15:00:00+01:00',
    );
  });
});
