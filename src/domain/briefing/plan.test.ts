import { describe, expect, it } from 'vitest';
import { briefingAt, briefingsAround } from './plan.js';

describe('morning briefing instants', () => {
  it('stay at 08:00 local across the daylight-saving changes of Europe/Rome', () => {
    expect(briefingAt('2026-03-28', 'Europe/Rome', '08:00').toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(briefingAt('2026-03-29', 'Europe/Rome', '08:00').toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(briefingAt('2026-03-30', 'Europe/Rome', '08:00').toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(briefingAt('2026-10-25', 'Europe/Rome', '08:00').toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(briefingAt('2026-10-26', 'Europe/Rome', '07:30').toISOString()).toBe('2026-10-26T06:30:00.000Z');
  });

  it('are today and tomorrow in the client zone, whatever the UTC date', () => {
    // 23:30 UTC on the 28th is already the 29th in Rome
    expect(
      briefingsAround(new Date('2026-03-28T23:30:00Z'), 'Europe/Rome', '08:00').map((b) => [b.day, b.at.toISOString()]),
    ).toEqual([
      ['2026-03-29', '2026-03-29T06:00:00.000Z'],
      ['2026-03-30', '2026-03-30T06:00:00.000Z'],
    ]);
    expect(
      briefingsAround(new Date('2026-11-23T12:00:00Z'), 'America/New_York', '08:00').map((b) => b.at.toISOString()),
    ).toEqual(['2026-11-23T13:00:00.000Z', '2026-11-24T13:00:00.000Z']);
  });
});
