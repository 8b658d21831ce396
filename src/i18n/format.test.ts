import { describe, expect, it } from 'vitest';
import { formatDateTime, formatIsoDay } from './format.js';

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
      'lunedì 29 marzo 2027 alle 09:00',
    );
  });

  it('names a bare date without shifting it through a time zone', () => {
    expect(formatIsoDay('2026-12-08', 'it', now)).toBe('martedì 8 dicembre');
    expect(formatIsoDay('2026-12-08', 'en', now)).toBe('Tuesday 8 December');
  });
});
