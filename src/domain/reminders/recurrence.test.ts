import { describe, expect, it } from 'vitest';
import { nextOccurrence } from './recurrence.js';

const rome = 'Europe/Rome';

describe('next occurrence of a recurring reminder', () => {
  it('keeps 09:00 local across the March change to summer time', () => {
    const first = new Date('2027-03-22T09:00:00+01:00');
    expect(nextOccurrence('FREQ=WEEKLY;BYDAY=MO', first, rome, first)?.toISOString()).toBe(
      new Date('2027-03-29T09:00:00+02:00').toISOString(),
    );
  });

  it('keeps 09:00 local across the October change to winter time', () => {
    const first = new Date('2026-10-24T09:00:00+02:00');
    expect(nextOccurrence('FREQ=DAILY', first, rome, first)?.toISOString()).toBe(
      new Date('2026-10-25T09:00:00+01:00').toISOString(),
    );
  });

  it('skips weekends for weekday reminders', () => {
    const friday = new Date('2026-11-27T08:30:00+01:00');
    expect(nextOccurrence('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', friday, rome, friday)?.toISOString()).toBe(
      new Date('2026-11-30T08:30:00+01:00').toISOString(),
    );
  });

  it('finds the next one after a long outage, not every missed one', () => {
    const first = new Date('2026-11-02T18:00:00+01:00');
    const after = new Date('2026-11-20T12:00:00+01:00');
    expect(nextOccurrence('FREQ=WEEKLY;BYDAY=MO', first, rome, after)?.toISOString()).toBe(
      new Date('2026-11-23T18:00:00+01:00').toISOString(),
    );
  });

  it('handles monthly and yearly rules', () => {
    const first = new Date('2026-12-05T09:00:00+01:00');
    expect(nextOccurrence('FREQ=MONTHLY;BYMONTHDAY=5', first, rome, first)?.toISOString()).toBe(
      new Date('2027-01-05T09:00:00+01:00').toISOString(),
    );
    const birthday = new Date('2027-02-10T09:00:00+01:00');
    expect(nextOccurrence('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=10', birthday, rome, birthday)?.toISOString()).toBe(
      new Date('2028-02-10T09:00:00+01:00').toISOString(),
    );
  });

  it('returns null when a bounded series has ended', () => {
    const first = new Date('2026-11-23T09:00:00+01:00');
    expect(nextOccurrence('FREQ=DAILY;COUNT=2', first, rome, new Date('2026-11-24T10:00:00+01:00'))).toBeNull();
  });
});
