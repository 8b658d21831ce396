import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** New Year's Eve, Friday 31 December 2027, 15:10 in New York; the Italian client in Rome at 16:40 the same day. */
const en = { now: new Date('2027-12-31T15:10:00-05:00'), tz: 'America/New_York', lang: 'en' as const };
const it_ = { now: new Date('2027-12-31T16:40:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };

describe('issue 17, corpus batch 14 round 1', () => {
  it('reads four digits of a 24-hour clock followed by "hours" as a time, never as an amount', () => {
    expect(understandRules('at 1600 hrs remind me to take the bins out', en).when).toBe('2027-12-31T16:00:00-05:00');
    expect(understandRules('remind me at 0830 hours to call the bank', en).when).toBe('2028-01-01T08:30:00-05:00');
    expect(understandRules('remind me in 48 hours to call the bank', en).when).toBe('2028-01-02T15:10:00-05:00');
  });

  it('never schedules an amount counted back from now: "2 hours ago" is a time gone, asked back', () => {
    const past = { reason: 'past' };
    expect(understandRules('remind me 2 hours ago to call the bank', en)).toMatchObject({ timeIssue: past });
    expect(understandRules('remind me 2 hours ago to call the bank', en).when).toBeUndefined();
    expect(understandRules('tre giorni fa ricordami di pagare', it_)).toMatchObject({ timeIssue: past });
    expect(understandRules('tre giorni fa ricordami di pagare', it_).when).toBeUndefined();
    // a past amount inside the errand is no time of the reminder
    expect(
      understandRules('ricordami domani di chiedere a Luca della mail che mi ha mandato due giorni fa', it_).when,
    ).toBe('2028-01-01T09:00:00+01:00');
  });
});

describe('issue 17, corpus batch 14 round 2', () => {
  /** Christmas Day, Saturday 25 December 2027, 20:15 in Sydney */
  const sydney = { now: new Date('2027-12-25T20:15:00+11:00'), tz: 'Australia/Sydney', lang: 'en' as const };
  const rome = { now: new Date('2027-12-25T20:15:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };

  it('reads "this time next week" as a whole week on at the clock time it is now, not next Monday', () => {
    expect(understandRules('this time next week remind me to call Anna', sydney).when).toBe(
      '2028-01-01T20:15:00+11:00',
    );
    expect(understandRules('remind me next month at the same time to call Anna', sydney).when).toBe(
      '2028-01-25T20:15:00+11:00',
    );
    expect(understandRules("ricordami la settimana prossima a quest'ora di pagare", rome).when).toBe(
      '2028-01-01T20:15:00+01:00',
    );
    expect(understandRules('alla stessa ora il mese prossimo ricordami di pagare', rome).when).toBe(
      '2028-01-25T20:15:00+01:00',
    );
    // next week alone is still its Monday
    expect(understandRules('remind me next week to call Anna', sydney).when).toBe('2027-12-27T09:00:00+11:00');
  });

  it('reads "12 midnight" as the end of the day and "12 noon" as noon', () => {
    expect(understandRules('remind me at 12 midnight to lock up', en).when).toBe('2028-01-01T00:00:00-05:00');
    expect(understandRules('at 12:00 midnight remind me to lock up', en).when).toBe('2028-01-01T00:00:00-05:00');
    expect(understandRules('remind me tomorrow at 12 noon to lock up', en).when).toBe('2028-01-01T12:00:00-05:00');
  });
});

describe('issue 17, corpus batch 14 round 3', () => {
  /** Monday 29 November 2027, 07:15 in Rome and in New York */
  const rome = { now: new Date('2027-11-29T07:15:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
  const ny = { now: new Date('2027-11-29T07:15:00-05:00'), tz: 'America/New_York', lang: 'en' as const };

  it('reads a weekday before or after another day: "il lunedì dopo Pasqua", "the friday before christmas"', () => {
    expect(understandRules('il lunedì dopo Pasqua ricordami di chiamare Anna', rome).when).toBe(
      '2028-04-17T09:00:00+02:00',
    );
    expect(understandRules('ricordami il venerdì prima di Natale alle 10 di pagare', rome).when).toBe(
      '2027-12-24T10:00:00+01:00',
    );
    // 15 August 2028 is a Tuesday
    expect(understandRules('ricordami il sabato dopo il 15 agosto di pagare', rome).when).toBe(
      '2028-08-19T09:00:00+02:00',
    );
    expect(understandRules('remind me on the friday before christmas at 4pm to call Anna', ny).when).toBe(
      '2027-12-24T16:00:00-05:00',
    );
    // this year's Thanksgiving is gone: next year's is Thursday 23 November 2028
    expect(understandRules('the sunday after thanksgiving remind me to call Anna', ny).when).toBe(
      '2028-11-26T09:00:00-05:00',
    );
    // a weekday then "dopo" and no day is still that weekday
    expect(understandRules('ricordami lunedì dopo pranzo di pagare', rome).when).toBe('2027-12-06T14:00:00+01:00');
  });

  it('reads dates written with dashes around a month name, and an ISO date joined to its time by "T"', () => {
    expect(understandRules('17-Mar-2028 remind me to pay the rent', ny).when).toBe('2028-03-17T09:00:00-04:00');
    expect(understandRules('ricordami il 2-ott-2028 di pagare', rome).when).toBe('2028-10-02T09:00:00+02:00');
    expect(understandRules('remind me on 2028-01-12T10:00 to call Anna', ny)).toMatchObject({
      when: '2028-01-12T10:00:00-05:00',
      text: 'call Anna',
    });
  });
});

describe('issue 17, corpus batch 14 round 4', () => {
  /** Friday 1 September 2028, 16:05 in Denver and in Rome */
  const denver = { now: new Date('2028-09-01T16:05:00-06:00'), tz: 'America/Denver', lang: 'en' as const };
  const rome = { now: new Date('2028-09-01T16:05:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };

  it('adds two counts: whole days keep the clock time, hours count elapsed time', () => {
    expect(understandRules('in 1 week and 2 days remind me to pay the rent', denver).when).toBe(
      '2028-09-10T16:05:00-06:00',
    );
    expect(understandRules('remind me in 2 days and 3 hours to call Anna', denver).when).toBe(
      '2028-09-03T19:05:00-06:00',
    );
    expect(understandRules('ricordami tra 1 settimana e 2 giorni di pagare', rome).when).toBe(
      '2028-09-10T16:05:00+02:00',
    );
    expect(understandRules('fra due giorni e tre ore ricordami di pagare', rome).when).toBe(
      '2028-09-03T19:05:00+02:00',
    );
  });

  it('reads the last day of the year', () => {
    expect(understandRules("l'ultimo giorno dell'anno ricordami di pagare", rome).when).toBe(
      '2028-12-31T09:00:00+01:00',
    );
    expect(understandRules("ricordami alla fine dell'anno di pagare", rome)).toMatchObject({
      when: '2028-12-31T09:00:00+01:00',
      text: 'pagare',
    });
    expect(understandRules('remind me on the last day of the year to call Anna', denver).when).toBe(
      '2028-12-31T09:00:00-07:00',
    );
  });
});

describe('issue 17, corpus batch 14 round 5', () => {
  /** Thursday 9 March 2028, 21:30 in Phoenix */
  const phoenix = { now: new Date('2028-03-09T21:30:00-07:00'), tz: 'America/Phoenix', lang: 'en' as const };

  it('reads minutes in two words before "to"/"past": "twenty-five to eleven", "twenty five past six"', () => {
    expect(understandRules('remind me at twenty-five to eleven to send the invoice', phoenix)).toMatchObject({
      when: '2028-03-10T10:35:00-07:00',
      text: 'send the invoice',
    });
    expect(understandRules('remind me at twenty five past six to call Anna', phoenix).when).toBe(
      '2028-03-10T18:25:00-07:00',
    );
    expect(understandRules('remind me at twenty-five past midnight to call Anna', phoenix).when).toBe(
      '2028-03-10T00:25:00-07:00',
    );
  });
});

describe('issue 17, corpus batch 14 round 7', () => {
  /** Good Friday, 14 April 2028, 17:35 in Rome; Wednesday 17 May 2028, 12:10 in Singapore */
  const rome = { now: new Date('2028-04-14T17:35:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
  const singapore = { now: new Date('2028-05-17T12:10:00+08:00'), tz: 'Asia/Singapore', lang: 'en' as const };

  it('lets midnight inside an evening or a night say the time: "stasera a mezzanotte", "tonight at midnight"', () => {
    expect(understandRules('stasera a mezzanotte ricordami di chiamare Anna', rome).when).toBe(
      '2028-04-15T00:00:00+02:00',
    );
    expect(understandRules('ricordami domani sera a mezzanotte di pagare', rome).when).toBe(
      '2028-04-16T00:00:00+02:00',
    );
    expect(understandRules('remind me tonight at midnight to send the invoice', singapore).when).toBe(
      '2028-05-18T00:00:00+08:00',
    );
    // an evening with an hour stays the evening
    expect(understandRules('remind me tonight at 11 to send the invoice', singapore).when).toBe(
      '2028-05-17T23:00:00+08:00',
    );
  });
});
