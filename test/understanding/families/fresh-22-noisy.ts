import type { Family } from './calendar.js';
import { fresh22NoisyRound1 } from './fresh-22-noisy-round1.js';
import { fresh22NoisyRound2 } from './fresh-22-noisy-round2.js';
import { fresh22NoisyRound3 } from './fresh-22-noisy-round3.js';
import { fresh22NoisyRound4 } from './fresh-22-noisy-round4.js';

/** Fresh batch 22 ("noisy"): whole messages as phones and hurried thumbs mangle them, every round. */
export const fresh22NoisyRounds: readonly (readonly Family[])[] = [
  fresh22NoisyRound1,
  fresh22NoisyRound2,
  fresh22NoisyRound3,
  fresh22NoisyRound4,
];

export const fresh22Noisy: readonly Family[] = fresh22NoisyRounds.flat();
