import { pattern, type GrammarRule } from './grammar.js';
import { englishClock } from './english-ranges.js';

/**
 * English time rules added after english.ts filled up (batch 22). "fri night 7.45", "sat morning 10.30", "tmrw arvo
 * 3.15": a dotted clock right after a part of the day, with no "at", is that part's clock (the part makes a bare
 * hour evening or morning as "at" would); a colon clock there was already read ("night 7:45").
 */
export const englishPartClockRules: readonly GrammarRule[] = [
  {
    name: 'part-then-dotted-clock',
    re: pattern(
      String.raw`(?<=(?:^| )(?:morning|afternoon|evening|night|tonight|lunch|lunchtime) )(?<h>\d{1,2})\.(?<m>[0-5]\d)(?![.\d])(?: (?<ap>am|pm))?`,
    ),
    build: (g) => englishClock(g, ''),
  },
];
