import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';

/** Words that only agree to what was said before: "sì va bene, alle 6 allora", "yes that's fine at 5". */
const ASSENT: Record<Lang, ReadonlySet<string>> = {
  it: new Set(
    "si ok okay va bene benissimo perfetto perfetta allora d' accordo daccordo certo certamente ottimo confermo vabbe vabbene ecco dai grazie mille per me andata fatto".split(
      ' ',
    ),
  ),
  en: new Set(
    "yes yeah yep yup ok okay sure fine that 's sounds good great perfect alright all right then cool works for me thanks deal it".split(
      ' ',
    ),
  ),
};

/** Whether every word left is an assent: an answer to the bot, not a request of its own. */
export function onlyAssents(
  tokens: readonly Token[],
  consumed: readonly boolean[],
  lang: Lang,
  start: number,
): boolean {
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' && !consumed[i] && !ASSENT[lang].has(t.norm)) return false;
  }
  return true;
}
