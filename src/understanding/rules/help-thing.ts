import type { Token } from '../normalize.js';

/** "thank you for all your help", "la lista dei menù": help the client had, or a thing, not asked for */
const HAD_HELP: ReadonlySet<string> = new Set(['your', 'the', 'all', 'dei', 'degli', 'delle', 'of']);
/** "il menù di San Valentino", "the menu for Friday": an article and words after make the help word a thing */
const A_THING: ReadonlySet<string> = new Set('a my our il lo la un uno una del dello della al nel'.split(' '));
/** "grazie x l aiuto", "grazie del vostro aiuto", "thanks for all the help": help thanked for, just before */
const THANKS: ReadonlySet<string> = new Set(['grazie', 'thanks', 'thank', 'thx', 'ringrazio', 'ringraziamo']);
const THANKS_REACH = 4;
const thanked = (tokens: readonly Token[], first: number): boolean =>
  tokens.slice(Math.max(0, first - THANKS_REACH), first).some((t, k, near) => {
    const between = near.slice(k + 1);
    return THANKS.has(t.norm) && between.every((w) => w.kind === 'word');
  });
export const isAThing = (tokens: readonly Token[], first: number, last: number): boolean =>
  HAD_HELP.has(tokens[first - 1]?.norm ?? '') ||
  thanked(tokens, first) ||
  (A_THING.has(tokens[first - 1]?.norm ?? '') && tokens[last + 1]?.kind === 'word');
