import type { Family } from './calendar.js';
import { fresh21ItRound1 } from './fresh-21-it-round1.js';
import { fresh21ItRound2 } from './fresh-21-it-round2.js';
import { fresh21ItRound3 } from './fresh-21-it-round3.js';

/** Fresh batch 21 (Italian): whole client messages, every round (all written before the rules ran on them). */
export const fresh21ItRounds: readonly (readonly Family[])[] = [fresh21ItRound1, fresh21ItRound2, fresh21ItRound3];

export const fresh21It: readonly Family[] = fresh21ItRounds.flat();
