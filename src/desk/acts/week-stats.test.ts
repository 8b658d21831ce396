import { describe, expect, it } from 'vitest';
import { deskStats, weekStart } from './week-stats.js';

const at = (iso: string) => new Date(iso);

describe('deskStats', () => {
  const from = at('2026-11-23T00:00:00Z');
  const to = at('2026-11-26T00:00:00Z');

  it('counts what happened in the period and measures from creation', () => {
    const stats = deskStats(
      [
        // created, claimed after 10 min, done after 2 h
        {
          createdAt: at('2026-11-23T09:00:00Z'),
          claimedAt: at('2026-11-23T09:10:00Z'),
          doneAt: at('2026-11-23T11:00:00Z'),
        },
        // created, claimed after 30 min, still open
        { createdAt: at('2026-11-24T09:00:00Z'), claimedAt: at('2026-11-24T09:30:00Z'), doneAt: null },
        // created the week before, claimed and done in this one
        {
          createdAt: at('2026-11-20T09:00:00Z'),
          claimedAt: at('2026-11-23T09:00:00Z'),
          doneAt: at('2026-11-23T21:00:00Z'),
        },
        // created, nobody has claimed it
        { createdAt: at('2026-11-25T09:00:00Z'), claimedAt: null, doneAt: null },
        // all before the period
        {
          createdAt: at('2026-11-10T09:00:00Z'),
          claimedAt: at('2026-11-10T10:00:00Z'),
          doneAt: at('2026-11-11T09:00:00Z'),
        },
      ],
      from,
      to,
    );
    expect(stats).toEqual({
      created: 3,
      claimed: 3,
      done: 2,
      medianClaimMin: 30,
      medianDoneMin: (120 + 3 * 24 * 60 + 720) / 2,
    });
  });

  it('has no medians for an empty week', () => {
    expect(deskStats([], from, to)).toEqual({
      created: 0,
      claimed: 0,
      done: 0,
      medianClaimMin: null,
      medianDoneMin: null,
    });
  });
});

describe('weekStart', () => {
  it('is Monday midnight in the desk time zone', () => {
    expect(weekStart(at('2026-11-26T15:00:00Z'), 'Europe/Rome').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    // Sunday late evening in Rome is still the same week.
    expect(weekStart(at('2026-11-29T22:30:00Z'), 'Europe/Rome').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    // Monday 00:30 in Rome (Sunday in UTC) starts a new week.
    expect(weekStart(at('2026-11-29T23:30:00Z'), 'Europe/Rome').toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });
});
