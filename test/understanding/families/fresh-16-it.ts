import type { Family } from './calendar.js';
import { fresh16ItRound1 } from './fresh-16-it-round1.js';
import { fresh16ItRound2 } from './fresh-16-it-round2.js';
import { fresh16ItRound3 } from './fresh-16-it-round3.js';
import { fresh16ItRound4 } from './fresh-16-it-round4.js';
import { fresh16ItRound5 } from './fresh-16-it-round5.js';
import { fresh16ItRound6 } from './fresh-16-it-round6.js';

/** Fresh batch 16 (Italian): whole client messages, every round (each written before the rules ran on it). */
export const fresh16It: readonly Family[] = [
  ...fresh16ItRound1,
  ...fresh16ItRound2,
  ...fresh16ItRound3,
  ...fresh16ItRound4,
  ...fresh16ItRound5,
  ...fresh16ItRound6,
];
