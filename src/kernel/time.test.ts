import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dateOf,
  easterSunday,
  formatInstant,
  localDateTime,
  nthWeekdayOfMonth,
  parseDate,
  zonedInstant,
} from './time.js';

describe('calendar', () => {
  it('builds an instant from a wall-clock time, with the offset the zone has that day', () => {
    expect(formatInstant(zonedInstant({ year: 2027, month: 3, day: 27 }, 9 * 60, 'Europe/Rome'), 'Europe/Rome')).toBe(
      '2027-03-27T09:00:00+01:00',
    );
    expect(formatInstant(zonedInstant({ year: 2027, month: 3, day: 28 }, 9 * 60, 'Europe/Rome'), 'Europe/Rome')).toBe(
      '2027-03-28T09:00:00+02:00',
    );
    expect(formatInstant(zonedInstant({ year: 2026, month: 10, day: 25 }, 9 * 60, 'Europe/Rome'), 'Europe/Rome')).toBe(
      '2026-10-25T09:00:00+01:00',
    );
    expect(
      formatInstant(zonedInstant({ year: 2026, month: 11, day: 26 }, 9 * 60, 'America/New_York'), 'America/New_York'),
    ).toBe('2026-11-26T09:00:00-05:00');
  });

  it('moves a wall time skipped by the spring change forward, like the clocks', () => {
    expect(
      formatInstant(zonedInstant({ year: 2027, month: 3, day: 28 }, 2 * 60 + 30, 'Europe/Rome'), 'Europe/Rome'),
    ).toBe('2027-03-28T03:30:00+02:00');
  });

  it('reads the wall clock of an instant in a zone', () => {
    expect(localDateTime(new Date('2026-11-29T23:10:00Z'), 'Europe/Rome')).toEqual({
      year: 2026,
      month: 11,
      day: 30,
      hour: 0,
      minute: 10,
      weekday: 1,
    });
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths({ year: 2027, month: 1, day: 31 }, 1)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonths({ year: 2026, month: 12, day: 15 }, 1)).toEqual({ year: 2027, month: 1, day: 15 });
  });

  it('reads a YYYY-MM-DD day, refusing one that does not exist', () => {
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDate('2027-02-29')).toBeUndefined();
    expect(parseDate('2027-2-1')).toBeUndefined();
    expect(() => dateOf('2027-02-31')).toThrow(RangeError);
  });
});

describe('movable feasts', () => {
  it('computes Easter Sunday for known years', () => {
    const known: [number, number, number][] = [
      [2024, 3, 31],
      [2025, 4, 20],
      [2026, 4, 5],
      [2027, 3, 28],
      [2028, 4, 16],
      [2038, 4, 25],
      [2285, 3, 22],
    ];
    for (const [year, month, day] of known) expect(easterSunday(year)).toEqual({ year, month, day });
  });

  it('finds the nth and the last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2027, 3, 1, 1)).toEqual({ year: 2027, month: 3, day: 1 });
    expect(nthWeekdayOfMonth(2027, 9, 2, 3)).toEqual({ year: 2027, month: 9, day: 21 });
    expect(nthWeekdayOfMonth(2027, 9, 5, -1)).toEqual({ year: 2027, month: 9, day: 24 });
    expect(nthWeekdayOfMonth(2027, 11, 4, 4)).toEqual({ year: 2027, month: 11, day: 25 });
    expect(nthWeekdayOfMonth(2027, 2, 1, 5)).toBeUndefined();
  });
});
