import { describe, expect, it } from 'vitest';
import { deferForQuietHours, inQuietHours } from './quiet-hours.js';

const rome = { tz: 'Europe/Rome', quietHoursStart: '21:00', quietHoursEnd: '08:00' };
const at = (iso: string) => new Date(iso);

describe('quiet hours', () => {
  it('lets a push through during the day', () => {
    const noon = at('2026-11-23T12:00:00+01:00');
    expect(inQuietHours(noon, rome)).toBe(false);
    expect(deferForQuietHours(noon, rome)).toEqual(noon);
  });

  it('defers an evening push to 08:00 the next morning', () => {
    expect(deferForQuietHours(at('2026-11-23T22:30:00+01:00'), rome).toISOString()).toBe(
      at('2026-11-24T08:00:00+01:00').toISOString(),
    );
    expect(deferForQuietHours(at('2026-11-23T21:00:00+01:00'), rome).toISOString()).toBe(
      at('2026-11-24T08:00:00+01:00').toISOString(),
    );
  });

  it('defers a push after midnight to 08:00 the same day, and lets 08:00 itself through', () => {
    expect(deferForQuietHours(at('2026-11-24T03:10:00+01:00'), rome).toISOString()).toBe(
      at('2026-11-24T08:00:00+01:00').toISOString(),
    );
    expect(inQuietHours(at('2026-11-24T08:00:00+01:00'), rome)).toBe(false);
    expect(inQuietHours(at('2026-11-24T07:59:00+01:00'), rome)).toBe(true);
  });

  it('reads the hours in the client zone, across the October change to winter time', () => {
    // 24 October 2026 23:00 summer time; the morning after is already winter time (+01:00).
    expect(deferForQuietHours(at('2026-10-24T23:00:00+02:00'), rome).toISOString()).toBe(
      at('2026-10-25T08:00:00+01:00').toISOString(),
    );
    const london = { tz: 'Europe/London', quietHoursStart: '21:00', quietHoursEnd: '08:00' };
    expect(inQuietHours(at('2026-11-23T21:30:00+01:00'), london)).toBe(false);
  });

  it('handles a window inside the day and no window at all', () => {
    const siesta = { tz: 'Europe/Rome', quietHoursStart: '13:00', quietHoursEnd: '15:00' };
    expect(deferForQuietHours(at('2026-11-23T14:00:00+01:00'), siesta).toISOString()).toBe(
      at('2026-11-23T15:00:00+01:00').toISOString(),
    );
    expect(inQuietHours(at('2026-11-23T22:00:00+01:00'), siesta)).toBe(false);
    const never = { tz: 'Europe/Rome', quietHoursStart: '00:00', quietHoursEnd: '00:00' };
    expect(inQuietHours(at('2026-11-23T03:00:00+01:00'), never)).toBe(false);
  });
});
