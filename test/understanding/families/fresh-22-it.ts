import type { Family } from './calendar.js';
import { fresh22ItRound1 } from './fresh-22-it-round1.js';
import { fresh22ItRound2 } from './fresh-22-it-round2.js';
import { fresh22ItRound3 } from './fresh-22-it-round3.js';
import { fresh22ItRound4 } from './fresh-22-it-round4.js';

/** Fresh batch 22 (Italian): whole client messages, every round (all written before the rules ran on them). */
export const fresh22ItRounds: readonly (readonly Family[])[] = [
  fresh22ItRound1,
  fresh22ItRound2,
  fresh22ItRound3,
  fresh22ItRound4,
];

export const fresh22It: readonly Family[] = fresh22ItRounds.flat();
