import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, defaultAgencyWeek, nextBusinessInstant, type WeekHours } from './business-hours.js';

const agency = { tz: 'Europe/Rome', week: defaultAgencyWeek };
const at = (iso: string) => new Date(iso);

describe('agency business hours', () => {
  it('counts open minutes within a working day', () => {
    expect(addBusinessMinutes(at('2026-11-23T10:00:00+01:00'), 15, agency).toISOString()).toBe(
      at('2026-11-23T10:15:00+01:00').toISOString(),
    );
  });

  it('carries what is left of a Friday evening over to Monday morning', () => {
    expect(addBusinessMinutes(at('2026-11-27T17:55:00+01:00'), 15, agency).toISOString()).toBe(
      at('2026-11-30T09:10:00+01:00').toISOString(),
    );
  });

  it('starts counting at the opening when a ticket arrives at night', () => {
    expect(addBusinessMinutes(at('2026-11-24T02:00:00+01:00'), 15, agency).toISOString()).toBe(
      at('2026-11-24T09:15:00+01:00').toISOString(),
    );
    expect(nextBusinessInstant(at('2026-11-28T11:00:00+01:00'), agency).toISOString()).toBe(
      at('2026-11-30T09:00:00+01:00').toISOString(),
    );
    expect(nextBusinessInstant(at('2026-11-23T11:00:00+01:00'), agency).toISOString()).toBe(
      at('2026-11-23T11:00:00+01:00').toISOString(),
    );
  });

  it('skips the lunch break of split hours', () => {
    const split: WeekHours = {
      ...defaultAgencyWeek,
      mon: [
        { start: '14:00', end: '18:00' },
        { start: '09:00', end: '13:00' },
      ],
    };
    expect(
      addBusinessMinutes(at('2026-11-23T12:50:00+01:00'), 15, { tz: 'Europe/Rome', week: split }).toISOString(),
    ).toBe(at('2026-11-23T14:05:00+01:00').toISOString());
  });

  it('keeps 09:00 local across the change to summer time', () => {
    // Saturday 27 March 2027 in winter time; Monday the 29th is summer time (+02:00).
    expect(nextBusinessInstant(at('2027-03-27T12:00:00+01:00'), agency).toISOString()).toBe(
      at('2027-03-29T09:00:00+02:00').toISOString(),
    );
  });

  it('counts plain minutes when the agency never closes its hours', () => {
    const none: WeekHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(
      addBusinessMinutes(at('2026-11-28T03:00:00+01:00'), 15, { tz: 'Europe/Rome', week: none }).toISOString(),
    ).toBe(at('2026-11-28T03:15:00+01:00').toISOString());
  });
});
