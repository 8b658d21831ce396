import type { Family } from './calendar.js';
import { fresh18EnRound1 } from './fresh-18-en-round1.js';
import { fresh18EnRound2 } from './fresh-18-en-round2.js';
import { fresh18EnRound3 } from './fresh-18-en-round3.js';
import { fresh18EnRound4 } from './fresh-18-en-round4.js';
import { fresh18EnRound5 } from './fresh-18-en-round5.js';

/** Fresh batch 18 (English): whole client messages, every round (all written before the rules ran on them). */
export const fresh18En: readonly Family[] = [
  ...fresh18EnRound1,
  ...fresh18EnRound2,
  ...fresh18EnRound3,
  ...fresh18EnRound4,
  ...fresh18EnRound5,
];
