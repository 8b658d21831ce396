import type { Lang } from '../contract.js';

/**
 * "…, ci pensate voi?", "…, te ne occupi tu?", "… - can someone on your side put it together?": a closing
 * question handing what was just said to the office. It asks nothing of the agenda: the request is the words
 * before it, read alone.
 */
const CLOSERS: Record<Lang, RegExp> = {
  it: /[\s,.;:!–-]+(?:(?:ci|ve ne|te ne|se ne|me ne|la|lo|le|li) )?(?:pensate|pensi|pensa|occupate|occupi|occupa|gestite|gestisci|gestisce|sistemate|sistemi)(?: (?:voi|tu|lei))?(?: per favore| grazie)?\s*[?!.]*\s*$/iu,
  en: /[\s,.;:!–-]+(?:can|could|would) (?:you|u|ye|someone|somebody|one of you)(?: on your (?:side|end))?(?: please)? (?:handle|sort|take care of|deal with|put|pull) (?:it|this|that)(?: (?:together|out|for me|for us))?(?: please| pls)?\s*[?!.]*\s*$/iu,
};

/** The words before a closing question that hands them to the office, or undefined when there is none. */
export function beforeDelegationCloser(text: string, lang: Lang): string | undefined {
  const match = CLOSERS[lang].exec(text);
  if (match === null || match.index === 0) return undefined;
  const rest = text.slice(0, match.index).trim();
  return rest === '' ? undefined : rest;
}
