import { describe, expect, it } from 'vitest';
import { understandRules } from '../understanding/rules.js';
import { describeRecurrence } from './recurrence.js';

describe('recurrence in words', () => {
  it.each([
    ['FREQ=DAILY', 'ogni giorno', 'every day'],
    ['FREQ=DAILY;INTERVAL=2', 'ogni due giorni', 'every other day'],
    ['FREQ=DAILY;INTERVAL=3', 'ogni 3 giorni', 'every 3 days'],
    ['FREQ=WEEKLY', 'ogni settimana', 'every week'],
    ['FREQ=WEEKLY;BYDAY=MO', 'ogni lunedì', 'every Monday'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'dal lunedì al venerdì', 'every weekday'],
    ['FREQ=WEEKLY;BYDAY=TU,TH', 'ogni martedì e giovedì', 'every Tuesday and Thursday'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'ogni lunedì, mercoledì e venerdì', 'every Monday, Wednesday and Friday'],
    ['FREQ=WEEKLY;BYDAY=SA,SU', 'ogni sabato e domenica', 'every Saturday and Sunday'],
    ['FREQ=WEEKLY;INTERVAL=2', 'ogni due settimane', 'every other week'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', 'ogni due settimane di venerdì', 'every other Friday'],
    ['FREQ=WEEKLY;INTERVAL=3;BYDAY=MO', 'ogni 3 settimane di lunedì', 'every 3 weeks on Monday'],
    ['FREQ=MONTHLY', 'ogni mese', 'every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', 'ogni 15 del mese', 'on the 15th of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=1', 'ogni primo del mese', 'on the 1st of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=22', 'ogni 22 del mese', 'on the 22nd of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=13', 'ogni 13 del mese', 'on the 13th of every month'],
    ['FREQ=MONTHLY;INTERVAL=2', 'ogni due mesi', 'every other month'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=5', 'ogni 3 mesi il 5', 'every 3 months on the 5th'],
    ['FREQ=MONTHLY;BYDAY=1MO', 'ogni primo lunedì del mese', 'every first Monday of the month'],
    ['FREQ=MONTHLY;BYDAY=3WE', 'ogni terzo mercoledì del mese', 'every third Wednesday of the month'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'ogni ultimo venerdì del mese', 'every last Friday of the month'],
    ['FREQ=MONTHLY;BYDAY=-2TH', 'ogni penultimo giovedì del mese', 'every second-to-last Thursday of the month'],
    ['FREQ=MONTHLY;BYDAY=1SU', 'ogni prima domenica del mese', 'every first Sunday of the month'],
    ['FREQ=MONTHLY;BYDAY=-1SU', 'ogni ultima domenica del mese', 'every last Sunday of the month'],
    ['FREQ=YEARLY', 'ogni anno', 'every year'],
    ['FREQ=YEARLY;INTERVAL=2', 'ogni due anni', 'every other year'],
    ['FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1', 'ogni anno il primo maggio', 'every year on 1 May'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=10', 'ogni anno il 10 febbraio', 'every year on 10 February'],
    ['FREQ=HOURLY', 'periodicamente', 'repeatedly'],
    ['FREQ=MONTHLY;BYDAY=9MO', 'periodicamente', 'repeatedly'],
  ])('%s', (rrule, italian, english) => {
    expect(describeRecurrence(rrule, 'it')).toBe(italian);
    expect(describeRecurrence(rrule, 'en')).toBe(english);
  });

  it.each([
    [
      'FREQ=MONTHLY;BYDAY=1MO',
      '2026-12-07T09:00:00+01:00',
      'ogni primo lunedì del mese alle 9:00',
      'every first Monday of the month at 9:00',
    ],
    [
      'FREQ=WEEKLY;BYDAY=TU,TH',
      '2026-12-08T08:30:00+01:00',
      'ogni martedì e giovedì alle 8:30',
      'every Tuesday and Thursday at 8:30',
    ],
    ['FREQ=DAILY', '2026-12-08T07:00:00+01:00', 'ogni giorno alle 7:00', 'every day at 7:00'],
    [
      'FREQ=MONTHLY;BYDAY=-1FR',
      '2026-12-25T13:15:00+01:00',
      'ogni ultimo venerdì del mese alle 13:15',
      'every last Friday of the month at 13:15',
    ],
    ['FREQ=DAILY', '2026-12-08T01:30:00+01:00', "ogni giorno all'1:30", 'every day at 1:30'],
    [
      'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270228T235959Z',
      '2027-01-18T09:00:00+01:00',
      'ogni lunedì alle 9:00 fino al 28 febbraio',
      'every Monday at 9:00 until 28 February',
    ],
    [
      'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20271111T235959Z',
      '2027-11-09T07:30:00+01:00',
      "ogni martedì e giovedì alle 7:30 fino all'11 novembre",
      'every Tuesday and Thursday at 7:30 until 11 November',
    ],
    [
      'FREQ=DAILY;UNTIL=20270501T235959Z',
      '2027-04-20T18:00:00+02:00',
      'ogni giorno alle 18:00 fino al primo maggio',
      'every day at 18:00 until 1 May',
    ],
  ])('%s with its time of day', (rrule, instant, italian, english) => {
    const at = { instant: new Date(instant), tz: 'Europe/Rome' };
    expect(describeRecurrence(rrule, 'it', at)).toBe(italian);
    expect(describeRecurrence(rrule, 'en', at)).toBe(english);
  });

  // what the understanding writes, from what clients say: every rule it produces has words
  it.each([
    ['it', 'ricordami ogni giorno alle 7 di prendere la pillola'],
    ['it', 'ricordami a giorni alterni di annaffiare'],
    ['it', 'ricordami ogni 3 giorni di fare il backup'],
    ['it', 'ricordami ogni martedì e giovedì alle 8:30 di andare in palestra'],
    ['it', 'ricordami dal lunedì al venerdì alle 9 di leggere la posta'],
    ['it', 'ricordami ogni weekend di fare la spesa'],
    ['it', 'ricordami ogni due settimane il lunedì di pagare il giardiniere'],
    ['it', 'ricordami ogni settimana di chiamare la mamma'],
    ['it', 'ricordami ogni 15 del mese di pagare l affitto'],
    ['it', 'ricordami il 5 di ogni mese di mandare le fatture'],
    ['it', 'ogni primo lunedì del mese ricordami di mandare le fatture al commercialista'],
    ['it', "ricordami l'ultimo venerdì di ogni mese di fare il punto"],
    ['it', 'ricordami ogni mese di controllare il conto'],
    ['it', 'ricordami ogni 2 mesi di cambiare il filtro'],
    ['it', 'ricordami ogni 10 febbraio il compleanno di Anna'],
    ['it', 'ricordami ogni anno di rinnovare il dominio'],
    ['en', 'remind me every day at 7 to take the pill'],
    ['en', 'remind me every other day to water the plants'],
    ['en', 'remind me every Tuesday and Thursday at 8:30 to go to the gym'],
    ['en', 'remind me every weekday at 9 to read the mail'],
    ['en', 'remind me every other Friday to pay the gardener'],
    ['en', 'remind me on the 5th of every month to send the invoices'],
    ['en', 'remind me every first Monday of the month to send the invoices'],
    ['en', 'remind me the last Friday of every month to review the month'],
    ['en', 'remind me every 3 months to change the filter'],
    ['en', 'remind me every February 10 about Anna birthday'],
    ['en', 'remind me every year to renew the domain'],
  ] as const)('%s: %s', (lang, text) => {
    const ctx = { now: new Date('2026-12-02T11:20:00+01:00'), tz: 'Europe/Rome', lang };
    const { rrule } = understandRules(text, ctx);
    expect(rrule, text).toBeDefined();
    expect(describeRecurrence(rrule!, lang), rrule).not.toBe(lang === 'it' ? 'periodicamente' : 'repeatedly');
  });
});
