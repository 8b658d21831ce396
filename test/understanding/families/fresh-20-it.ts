import type { Family } from './calendar.js';
import { fresh20ItRound1 } from './fresh-20-it-round1.js';
import { fresh20ItRound2 } from './fresh-20-it-round2.js';
import { fresh20ItRound3 } from './fresh-20-it-round3.js';
import { fresh20ItRound4 } from './fresh-20-it-round4.js';

/** Fresh batch 20 (Italian): whole client messages, every round (each written before the rules ran on it). */
export const fresh20It: readonly Family[] = [
  ...fresh20ItRound1,
  ...fresh20ItRound2,
  ...fresh20ItRound3,
  ...fresh20ItRound4,
];
