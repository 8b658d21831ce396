import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Tuesday 13 April 2027, 08:15 in Rome; the English client in London at 08:15 the same day. */
const it_ = { now: new Date('2027-04-13T08:15:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-04-13T08:15:00+01:00'), tz: 'Europe/London', lang: 'en' as const };
const read = (text: string, ctx: typeof en | typeof it_) => understandRules(text, ctx);
const when = (text: string, ctx: typeof en | typeof it_) => read(text, ctx).when;

describe('issue 17, corpus batch 18: a time gone is asked back, never scheduled', () => {
  it.each([
    ["ricordami l'altro ieri di pagare il bollo", it_],
    ["ricordami ieri l'altro di pagare il bollo", it_],
    ['ieri sera alle 8 ricordami di pagare il bollo', it_],
    ['ricordami lunedì scorso di pagare il bollo', it_],
    ['tre giorni fa ricordami di pagare il bollo', it_],
    ['ricordami la settimana scorsa di pagare il bollo', it_],
    ['remind me the day before yesterday to pay the gas bill', en],
    ['last night at 9 remind me to pay the gas bill', en],
    ['remind me last friday to pay the gas bill', en],
    ['two days ago remind me to pay the gas bill', en],
    ['remind me yesterday morning to pay the gas bill', en],
    ['remind me last week to pay the gas bill', en],
  ] as const)('%s', (text, ctx) => {
    const got = read(text, ctx);
    expect(got.when).toBeUndefined();
    expect(got.timeIssue?.reason).toBe('past');
  });
});

describe('issue 17, corpus batch 18: seasons and quarters are their first day, their end the last', () => {
  it('reads a season as its first day (meteorological), its end as its last, a bare season word as no time', () => {
    expect(when('ricordami in autunno di cambiare le gomme', it_)).toBe('2027-09-01T09:00:00+02:00');
    expect(when('ricordami a fine estate di disdire la piscina', it_)).toBe('2027-08-31T09:00:00+02:00');
    expect(when('remind me next winter to service the boiler', en)).toBe('2027-12-01T09:00:00+00:00');
    // said in spring: next year's
    expect(when('remind me in early spring to prune the roses', en)).toBe('2028-03-01T09:00:00+00:00');
    expect(when('ricordami domani di ordinare la collezione estate', it_)).toBe('2027-04-14T09:00:00+02:00');
    expect(when('remind me tomorrow to buy a summer dress', en)).toBe('2027-04-14T09:00:00+01:00');
    expect(when("ricordami di comprare le gomme da neve per l'inverno", it_)).toBeUndefined();
  });

  it('reads a quarter as its first day, a deadline on it as its last, every quarter as every three months', () => {
    expect(when('ricordami nel terzo trimestre di rivedere il budget', it_)).toBe('2027-07-01T09:00:00+02:00');
    expect(when('entro il secondo trimestre ricordami di chiudere il bilancio', it_)).toBe('2027-06-30T09:00:00+02:00');
    expect(when('remind me in Q4 2028 to renew the lease', en)).toBe('2028-10-01T09:00:00+01:00');
    expect(when('remind me at the start of next quarter to send the figures', en)).toBe('2027-07-01T09:00:00+01:00');
    expect(read("ogni trimestre ricordami di versare l'iva", it_)).toMatchObject({
      when: '2027-04-13T09:00:00+02:00',
      rrule: 'FREQ=MONTHLY;INTERVAL=3',
    });
    expect(read('remind me quarterly to read the meter', en).rrule).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(read('remind me on friday about the quarterly review', en).rrule).toBeUndefined();
  });
});

describe('issue 17, corpus batch 18: business days and the day before the last', () => {
  it("skips weekends and the public holidays of the client's language", () => {
    // 1 May 2027 is a Saturday (and a holiday)
    expect(when('ricordami il primo giorno lavorativo di maggio di pagare i contributi', it_)).toBe(
      '2027-05-03T09:00:00+02:00',
    );
    // 1 November 2027 is a Monday, Ognissanti
    expect(when('ricordami il primo giorno feriale di novembre di pagare i contributi', it_)).toBe(
      '2027-11-02T09:00:00+01:00',
    );
    expect(when("ricordami l'ultimo giorno lavorativo del mese di mandare le fatture", it_)).toBe(
      '2027-04-30T09:00:00+02:00',
    );
    expect(when('remind me the last business day of july to file the expenses', en)).toBe('2027-07-30T09:00:00+01:00');
    expect(when('remind me the first working day of next year to renew the domain', en)).toBe(
      '2028-01-03T09:00:00+00:00',
    );
  });

  it('reads the last-but-one day and weekday, "second" written as a number', () => {
    expect(when('ricordami il penultimo giorno di maggio di pagare la rata', it_)).toBe('2027-05-30T09:00:00+02:00');
    expect(when('remind me the second to last day of the month to pay the rent', en)).toBe('2027-04-29T09:00:00+01:00');
    expect(when('remind me the penultimate friday of may to book the table', en)).toBe('2027-05-21T09:00:00+01:00');
  });
});

describe('issue 17, corpus batch 18: dawn, mid-morning, close of business, late evening', () => {
  it('reads each as its time, with the day said', () => {
    expect(when("ricordami dopodomani all'alba di partire", it_)).toBe('2027-04-15T06:00:00+02:00');
    expect(when('remind me at sunrise on friday to water the garden', en)).toBe('2027-04-16T06:00:00+01:00');
    expect(when('ricordami a metà mattina di fare la pausa', it_)).toBe('2027-04-13T10:30:00+02:00');
    expect(when('remind me mid-morning on thursday to call the bank', en)).toBe('2027-04-15T10:30:00+01:00');
    expect(when('ricordami a fine giornata di chiudere la cassa', it_)).toBe('2027-04-13T17:00:00+02:00');
    expect(when('remind me at close of business tomorrow to lock up', en)).toBe('2027-04-14T17:00:00+01:00');
    expect(when('ricordami domani sera tardi di spegnere il forno', it_)).toBe('2027-04-14T22:00:00+02:00');
    expect(when('remind me late tomorrow night to switch off the oven', en)).toBe('2027-04-14T22:00:00+01:00');
  });

  it('never reads a name as dawn', () => {
    expect(when('ricordami domani di chiamare Alba', it_)).toBe('2027-04-14T09:00:00+02:00');
    expect(when('remind me tomorrow to call Dawn', en)).toBe('2027-04-14T09:00:00+01:00');
  });
});

describe('issue 17, corpus batch 18: counts, clocks and ranges', () => {
  it('reads "qualche", "alcuni", "a few" as two', () => {
    expect(when('ricordami tra qualche ora di ritirare la macchina', it_)).toBe('2027-04-13T10:15:00+02:00');
    expect(when('ricordami fra alcuni giorni di ritirare la macchina', it_)).toBe('2027-04-15T08:15:00+02:00');
    expect(when('remind me in a few weeks to check the tyres', en)).toBe('2027-04-27T08:15:00+01:00');
    expect(when('remind me a few minutes from now to check the oven', en)).toBe('2027-04-13T08:17:00+01:00');
  });

  it('reads a four-digit clock with a leading zero, never a phone number', () => {
    expect(when('ricordami domani h 0645 di prendere il treno', it_)).toBe('2027-04-14T06:45:00+02:00');
    expect(when('remind me 0715 on friday to catch the train', en)).toBe('2027-04-16T07:15:00+01:00');
    expect(when('chiama lo 0612 345678 domani', it_) ?? '').not.toContain('06:12');
  });

  it('reads months from a day, a range up to noon, the same time with a part of the day', () => {
    expect(when('ricordami tra due mesi da domani di rinnovare la tessera', it_)).toBe('2027-06-14T09:00:00+02:00');
    expect(when('ricordami domani tra le 11 e mezzogiorno di passare in banca', it_)).toBe('2027-04-14T11:00:00+02:00');
    expect(when('ricordami domani mattina alla stessa ora di portare il cane fuori', it_)).toBe(
      '2027-04-14T08:15:00+02:00',
    );
    expect(when('remind me same time the day after tomorrow to walk the dog', en)).toBe('2027-04-15T08:15:00+01:00');
  });

  it('reads "every 2nd" and "bi-weekly" as intervals', () => {
    expect(read('remind me every 2nd month to change the filter', en)).toMatchObject({
      when: '2027-04-13T09:00:00+01:00',
      rrule: 'FREQ=MONTHLY;INTERVAL=2',
    });
    expect(read('remind me bi-weekly to water the plants', en).rrule).toBe('FREQ=WEEKLY;INTERVAL=2');
  });
});

describe('issue 17, corpus batch 18 merged with English batch 18', () => {
  it('keeps a quarter after an article or owner with no preposition as a thing, in the text', () => {
    expect(read('need the Q4 numbers pulled together by cob wed', en)).toMatchObject({
      text: 'the Q4 numbers pulled together',
      due: '2027-04-14',
    });
    expect(read('our Q2 targets review on friday at 10', en).when).toBe('2027-04-16T10:00:00+01:00');
    expect(read('remind me in Q4 to renew the lease', en).when).toBe('2027-10-01T09:00:00+01:00');
  });

  it('reads the end of the working day before an abbreviated weekday as that day at 17:00', () => {
    expect(when('remind me by eod thurs to send the invoices', en)).toBe('2027-04-15T17:00:00+01:00');
    expect(when('remind me by close of business fri to book the van', en)).toBe('2027-04-16T17:00:00+01:00');
  });
});
