import { describe, expect, it } from 'vitest';
import { bookingReminderKey, planBookingReminders, type BookingFacts } from './booking-reminders.js';

const client = {
  tz: 'Europe/Rome',
  quietHoursStart: '21:00',
  quietHoursEnd: '08:00',
  bookingReminderOffsets: [1440, 60],
};
const at = (iso: string) => new Date(iso);
const now = at('2026-11-23T10:00:00+01:00');
const booking = (over: Partial<BookingFacts> = {}): BookingFacts => ({
  id: 'b1',
  status: 'confirmed',
  startsAt: at('2026-11-26T10:30:00+01:00'),
  changedAt: now,
  ...over,
});

describe('booking reminders', () => {
  it('come 24 h and 1 h before a confirmed booking', () => {
    expect(planBookingReminders(booking(), client, now).map((p) => [p.offsetMin, p.at.toISOString()])).toEqual([
      [1440, at('2026-11-25T10:30:00+01:00').toISOString()],
      [60, at('2026-11-26T09:30:00+01:00').toISOString()],
    ]);
  });

  it('follow the client setting', () => {
    expect(
      planBookingReminders(booking(), { ...client, bookingReminderOffsets: [30] }, now).map((p) => p.offsetMin),
    ).toEqual([30]);
    expect(planBookingReminders(booking(), { ...client, bookingReminderOffsets: [] }, now)).toEqual([]);
  });

  it('are none for a cancelled, unconfirmed, untimed or started booking', () => {
    expect(planBookingReminders(booking({ status: 'cancelled' }), client, now)).toEqual([]);
    expect(planBookingReminders(booking({ status: 'requested' }), client, now)).toEqual([]);
    expect(planBookingReminders(booking({ startsAt: null }), client, now)).toEqual([]);
    expect(planBookingReminders(booking(), client, at('2026-11-26T10:31:00+01:00'))).toEqual([]);
  });

  it('get new keys when the booking moves', () => {
    const before = planBookingReminders(booking(), client, now).map(bookingReminderKey);
    const after = planBookingReminders(booking({ startsAt: at('2026-11-27T11:00:00+01:00') }), client, now).map(
      bookingReminderKey,
    );
    expect(after.some((key) => before.includes(key))).toBe(false);
  });

  it('skip an instant already past when the booking got its time', () => {
    const soon = booking({ startsAt: at('2026-11-23T13:00:00+01:00') });
    expect(planBookingReminders(soon, client, now).map((p) => p.offsetMin)).toEqual([60]);
  });

  it('wait for the morning, unless the morning is too late for the booking', () => {
    const evening = planBookingReminders(booking({ startsAt: at('2026-11-26T22:00:00+01:00') }), client, now);
    expect(evening.map((p) => p.at.toISOString())).toEqual([
      at('2026-11-26T08:00:00+01:00').toISOString(),
      at('2026-11-26T21:00:00+01:00').toISOString(),
    ]);
    const early = planBookingReminders(booking({ startsAt: at('2026-11-26T07:30:00+01:00') }), client, now);
    expect(early.map((p) => p.at.toISOString())).toEqual([
      at('2026-11-25T08:00:00+01:00').toISOString(),
      at('2026-11-26T06:30:00+01:00').toISOString(),
    ]);
  });
});
