import type { Family } from './calendar.js';
import { fresh21EnRound1 } from './fresh-21-en-round1.js';
import { fresh21EnRound2 } from './fresh-21-en-round2.js';
import { fresh21EnRound3 } from './fresh-21-en-round3.js';

/** Fresh batch 21 (English): whole client messages, every round (all written before the rules ran on them). */
export const fresh21En: readonly Family[] = [...fresh21EnRound1, ...fresh21EnRound2, ...fresh21EnRound3];
