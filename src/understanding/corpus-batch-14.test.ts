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
