import { describe, expect, it } from 'vitest';
import { loggedMinutes } from './texts.js';

describe('a // note that is only a duration logs time', () => {
  it.each([
    ['30 min', 30],
    ['45m', 45],
    ["20'", 20],
    ['1h', 60],
    ['1 h 30', 90],
    ['1h30m', 90],
    ['1 ora e 15', 75],
    ['2 ore', 120],
    ['1,5 h', 90],
    ['1:45', 105],
    ['+15 min', 15],
    ['tempo: 25 minuti', 25],
    ['1 hour and 5 minutes', 65],
  ])('%s → %i minutes', (note, minutes) => expect(loggedMinutes(note)).toBe(minutes));

  it.each(['30', '0 min', 'il cliente richiama alle 15', '30 minuti di telefonata', 'call at 3h', ''])(
    '%s is an ordinary note',
    (note) => expect(loggedMinutes(note)).toBeNull(),
  );
});
