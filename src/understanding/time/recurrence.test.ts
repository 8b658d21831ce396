import { describe, expect, it } from 'vitest';
import { firstOccurrence, mergeRecurrence, toRrule } from './recurrence.js';

describe('toRrule', () => {
  it('writes FREQ first and days Monday first, with no DTSTART or BYHOUR', () => {
    expect(toRrule({ freq: 'WEEKLY', byDay: [0, 6, 1] })).toBe('FREQ=WEEKLY;BYDAY=MO,SA,SU');
    expect(toRrule({ freq: 'WEEKLY', interval: 2, byDay: [5] })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR');
    expect(toRrule({ freq: 'DAILY', interval: 1 })).toBe('FREQ=DAILY');
    expect(toRrule({ freq: 'YEARLY', byMonth: 2, byMonthDay: 10 })).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=10');
  });
});

describe('mergeRecurrence', () => {
  it('adds the day the client named to the rule', () => {
    expect(mergeRecurrence({ freq: 'WEEKLY', interval: 2 }, { kind: 'weekday', weekday: 1, nextWeek: false })).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      byDay: [1],
    });
    expect(mergeRecurrence({ freq: 'MONTHLY' }, { kind: 'monthDay', day: 5 })).toEqual({
      freq: 'MONTHLY',
      byMonthDay: 5,
    });
    expect(mergeRecurrence({ freq: 'YEARLY' }, { kind: 'date', day: 10, month: 2 })).toEqual({
      freq: 'YEARLY',
      byMonth: 2,
      byMonthDay: 10,
    });
  });
});

describe('firstOccurrence', () => {
  const tz = 'Europe/Rome';
  it('is the first matching instant after now, today included', () => {
    const now = new Date('2026-11-23T10:00:00+01:00');
    const from = { year: 2026, month: 11, day: 23 };
    expect(firstOccurrence({ freq: 'WEEKLY', byDay: [1] }, { now, tz, from, minute: 18 * 60 })?.toISOString()).toBe(
      '2026-11-23T17:00:00.000Z',
    );
    expect(firstOccurrence({ freq: 'WEEKLY', byDay: [1] }, { now, tz, from, minute: 9 * 60 })?.toISOString()).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });

  it('finds a 29 February years ahead', () => {
    const now = new Date('2026-03-01T10:00:00+01:00');
    expect(
      firstOccurrence(
        { freq: 'YEARLY', byMonth: 2, byMonthDay: 29 },
        { now, tz, from: { year: 2026, month: 3, day: 1 }, minute: 9 * 60 },
      )?.toISOString(),
    ).toBe('2028-02-29T08:00:00.000Z');
  });
});
