import type { Token } from '../normalize.js';

/**
 * "viewing at 14 Burton Rd", "drop the keys at 22 wilbraham road", "in via Roma 14": a house number is never a
 * day or an hour. English puts it before one or two words of the name and the street word; Italian after the
 * street word and its name.
 */
const STREET_WORDS: ReadonlySet<string> = new Set(
  'rd road st street ave avenue lane ln drive close way crescent terrace tce blvd boulevard place pl square sq court ct grove gardens gdns parade mews row hill walk'.split(
    ' ',
  ),
);
const ITALIAN_STREETS: ReadonlySet<string> = new Set(['via', 'viale', 'corso', 'piazza', 'vicolo', 'largo']);
/** words that end a place's name before a street word ("at 10 at St Mary's", "at 3 on Main St" keep their hours) */
const NOT_A_NAME: ReadonlySet<string> = new Set('at in on to with the and for from by see near off of a an'.split(' '));

const isName = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && !NOT_A_NAME.has(token.norm) && !STREET_WORDS.has(token.norm);

export function isHouseNumber(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.kind !== 'number' || !/^\d{1,4}[a-z]?$/u.test(tokens[i]!.norm)) return false;
  for (const length of [1, 2]) {
    const name = tokens.slice(i + 1, i + 1 + length);
    if (name.length === length && name.every(isName) && STREET_WORDS.has(tokens[i + 1 + length]?.norm ?? ''))
      return true;
  }
  const italian = ITALIAN_STREETS.has(tokens[i - 2]?.norm ?? '') || ITALIAN_STREETS.has(tokens[i - 3]?.norm ?? '');
  return italian && /^\p{Lu}/u.test(tokens[i - 1]?.raw ?? '');
}
