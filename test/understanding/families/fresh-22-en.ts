import type { Family } from './calendar.js';
import { fresh22EnRound1 } from './fresh-22-en-round1.js';
import { fresh22EnRound2 } from './fresh-22-en-round2.js';
import { fresh22EnRound3 } from './fresh-22-en-round3.js';
import { fresh22EnRound4 } from './fresh-22-en-round4.js';

/** Fresh batch 22 (English): whole client messages, every round (all written before the rules ran on them). */
export const fresh22En: readonly Family[] = [
  ...fresh22EnRound1,
  ...fresh22EnRound2,
  ...fresh22EnRound3,
  ...fresh22EnRound4,
];
