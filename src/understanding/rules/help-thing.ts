import type { Token } from '../normalize.js';

/** "thank you for all your help", "la lista dei menù": help the client had, or a thing, not asked for */
const HAD_HELP: ReadonlySet<string> = new Set(['your', 'the', 'all', 'dei', 'degli', 'delle', 'of']);
/** "il menù di San Valentino", "the menu for Friday": an article and words after make the help word a thing */
const A_THING: ReadonlySet<string> = new Set('a my our il lo la un uno una del dello della al nel'.split(' '));
export const isAThing = (tokens: readonly Token[], first: number, last: number): boolean =>
  HAD_HELP.has(tokens[first - 1]?.norm ?? '') ||
  (A_THING.has(tokens[first - 1]?.norm ?? '') && tokens[last + 1]?.kind === 'word');
