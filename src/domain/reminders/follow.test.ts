import { describe, expect, it } from 'vitest';
import { followingTime } from './follow.js';

const tz = 'Europe/Rome';
const at = (local: string) => new Date(`${local}+01:00`);

describe('a reminder set before a meeting follows it', () => {
  it.each([
    // the day before at 9: moved by as many days as the meeting, still at 9
    ['2026-11-26T09:00', '2026-11-27T15:00', '2026-11-27T16:00', '2026-11-26T09:00'],
    ['2026-11-26T09:00', '2026-11-27T15:00', '2026-11-28T15:00', '2026-11-27T09:00'],
    ['2026-11-26T09:00', '2026-11-27T15:00', '2026-12-01T10:00', '2026-11-30T09:00'],
    // an hour before: still an hour before
    ['2026-11-27T14:00', '2026-11-27T15:00', '2026-11-28T11:30', '2026-11-28T10:30'],
  ])('reminder %s, meeting %s moved to %s: %s', (reminder, from, to, expected) =>
    expect(followingTime(at(reminder), at(from), at(to), tz)).toEqual(at(expected)),
  );
});
