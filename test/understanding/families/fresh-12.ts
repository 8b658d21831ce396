import type { Family } from './calendar.js';
import { fresh12Round1 } from './fresh-12-round1.js';
import { fresh12Round2 } from './fresh-12-round2.js';
import { fresh12Round3 } from './fresh-12-round3.js';
import { fresh12Round4 } from './fresh-12-round4.js';

/** Fresh batch 12: Italian whole client messages, every round (each written before the rules ran on it). */
export const fresh12: readonly Family[] = [...fresh12Round1, ...fresh12Round2, ...fresh12Round3, ...fresh12Round4];
