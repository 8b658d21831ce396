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
