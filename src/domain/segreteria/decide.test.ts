import { describe, expect, it } from 'vitest';
import { decideDelivery } from './decide.js';

const quiet = { tz: 'Europe/Rome', quietHoursStart: '21:00', quietHoursEnd: '08:00' };
const at = (local: string) => new Date(`${local}+01:00`);
const available = { kind: 'available' as const, until: null };

describe('when a message taken for the client reaches them', () => {
  it('goes at once to an available client in the day', () => {
    expect(decideDelivery(available, quiet, false, at('2026-11-23T10:00:00'))).toEqual({ action: 'deliver' });
  });

  it('waits for the end of a meeting', () => {
    const busy = { kind: 'busy' as const, until: at('2026-11-23T16:00:00') };
    expect(decideDelivery(busy, quiet, false, at('2026-11-23T10:00:00'))).toEqual({
      action: 'hold',
      until: at('2026-11-23T16:00:00'),
      reason: 'busy',
    });
  });

  it('waits for the morning when do-not-disturb ends in the night', () => {
    const dnd = { kind: 'dnd' as const, until: at('2026-11-23T23:00:00') };
    expect(decideDelivery(dnd, quiet, false, at('2026-11-23T18:00:00'))).toEqual({
      action: 'hold',
      until: at('2026-11-24T08:00:00'),
      reason: 'dnd',
    });
  });

  it('waits for the end of quiet hours', () => {
    expect(decideDelivery(available, quiet, false, at('2026-11-23T22:30:00'))).toEqual({
      action: 'hold',
      until: at('2026-11-24T08:00:00'),
      reason: 'quiet_hours',
    });
  });

  it('treats a status past its end as available', () => {
    const ended = { kind: 'busy' as const, until: at('2026-11-23T09:00:00') };
    expect(decideDelivery(ended, quiet, false, at('2026-11-23T10:00:00'))).toEqual({ action: 'deliver' });
  });

  it('delivers an urgent message through a meeting and quiet hours', () => {
    const busy = { kind: 'dnd' as const, until: at('2026-11-24T09:00:00') };
    expect(decideDelivery(busy, quiet, true, at('2026-11-23T23:00:00'))).toEqual({ action: 'deliver' });
  });
});
