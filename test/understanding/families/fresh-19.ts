import type { Family } from './calendar.js';
import { fresh19Round1 } from './fresh-19-round1.js';
import { fresh19Round2 } from './fresh-19-round2.js';
import { fresh19Round3 } from './fresh-19-round3.js';
import { fresh19Round4 } from './fresh-19-round4.js';

/** Fresh batch 19: Slack and web-chat messages during work, Italian and English, every round. */
export const fresh19: readonly Family[] = [...fresh19Round1, ...fresh19Round2, ...fresh19Round3, ...fresh19Round4];
