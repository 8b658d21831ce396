import { describe, expect, it } from 'vitest';
import { describeWhen, formatDateTime, formatIsoDay, formatSpanWhen, formatWhen } from './format.js';

const now = new Date('2026-11-23T10:00:00+01:00');

describe('local date formatting', () => {
  it('writes Italian dates the Italian way, in the client zone', () => {
    expect(formatDateTime(new Date('2026-11-24T14:00:00Z'), 'it', 'Europe/Rome', now)).toBe(
      'martedì 24 novembre alle 15:00',
    );
  });

  it('writes English dates with the weekday and 24-hour time', () => {
    expect(formatDateTime(new Date('2026-11-24T14:00:00Z'), 'en', 'Europe/Rome', now)).toBe(
      'Tuesday 24 November at 15:00',
    );
  });

  it('adds the year only when it is not the current one', () => {
    expect(formatDateTime(new Date('2027-01-14T15:30:00Z'), 'it', 'Europe/Rome', now)).toBe(
      'giovedì 14 gennaio 2027 alle 16:30',
    );
  });

  it('uses summer time after the March change', () => {
    expect(formatDateTime(new Date('2027-03-29T07:00:00Z'), 'it', 'Europe/Rome', now)).toBe(
      'lunedì 29 marzo 2027 alle 9:00',
    );
  });

  it('names a bare date without shifting it through a time zone', () => {
    expect(formatIsoDay('2026-12-08', 'it', now)).toBe('martedì 8 dicembre');
    expect(formatIsoDay('2026-12-08', 'en', now)).toBe('Tuesday 8 December');
  });
});

describe('when, to a client reading it now', () => {
  const rome = 'Europe/Rome';

  it('says today and tomorrow in the client zone, and any other day in full', () => {
    expect(formatWhen(new Date('2026-11-23T17:30:00+01:00'), 'it', rome, now)).toBe('oggi alle 17:30');
    expect(formatWhen(new Date('2026-11-24T09:00:00+01:00'), 'it', rome, now)).toBe('domani alle 9:00');
    expect(formatWhen(new Date('2026-11-24T09:00:00+01:00'), 'en', rome, now)).toBe('tomorrow at 9:00');
    expect(formatWhen(new Date('2026-11-25T09:00:00+01:00'), 'it', rome, now)).toBe('mercoledì 25 novembre alle 9:00');
  });

  it('counts the days where the client is, not in UTC', () => {
    // 00:30 in Rome on Tuesday is still Monday in UTC: tomorrow for the client
    expect(formatWhen(new Date('2026-11-23T23:30:00Z'), 'en', rome, now)).toBe('tomorrow at 0:30');
    // 00:30 in New York on the 24th is the 24th there; for a New York client at 10:00 Rome (04:00 there) it is tomorrow
    expect(formatWhen(new Date('2026-11-24T00:30:00-05:00'), 'en', 'America/New_York', now)).toBe('tomorrow at 0:30');
  });

  it('says spans and date-only bookings the same way', () => {
    const start = new Date('2026-11-24T10:00:00+01:00');
    const end = new Date('2026-11-24T10:30:00+01:00');
    expect(formatSpanWhen(start, end, 'it', rome, now)).toBe('domani, 10:00–10:30');
    expect(describeWhen({ startsAt: null, day: new Date('2026-11-23T00:00:00Z') }, 'it', rome, now)).toBe('oggi');
    expect(describeWhen({ startsAt: null, day: new Date('2026-11-26T00:00:00Z') }, 'en', rome, now)).toBe(
      'Thursday 26 November',
    );
  });
});
