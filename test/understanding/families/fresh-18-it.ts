import type { Family } from './calendar.js';
import { fresh18ItRound1 } from './fresh-18-it-round1.js';
import { fresh18ItRound2 } from './fresh-18-it-round2.js';
import { fresh18ItRound3 } from './fresh-18-it-round3.js';
import { fresh18ItRound4 } from './fresh-18-it-round4.js';
import { fresh18ItRound5 } from './fresh-18-it-round5.js';
import { fresh18ItRound6 } from './fresh-18-it-round6.js';

/** Fresh batch 18 (Italian): whole client messages, every round (all written before the rules ran on them). */
export const fresh18ItRounds: readonly (readonly Family[])[] = [
  fresh18ItRound1,
  fresh18ItRound2,
  fresh18ItRound3,
  fresh18ItRound4,
  fresh18ItRound5,
  fresh18ItRound6,
];

export const fresh18It: readonly Family[] = fresh18ItRounds.flat();
