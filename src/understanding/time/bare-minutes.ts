import { pattern, type GrammarRule } from './grammar.js';

/**
 * "in 45 to switch the laundry", "in 5 remind me to call Paolo", "tra 5 ricordami di chiamare Paolo": a count
 * of 5 to 59 with no unit after "in" / "tra" / "fra", then the request, is minutes (the contract is silent;
 * an hour or a day would be said). Pure.
 */
const EN_NEXT = String.raw`to|and|so|pls|please|plz|,|remind|ping|text|call|ring|wake|tell|let`;
const IT_NEXT = String.raw`ricordami|ricordamelo|ricordatemi|avvisami|chiamami|scrivimi|svegliami|per favore|per piacere|x favore|pls|,|mi (?:ricordi|ricorderesti|avvisi|chiami|scrivi|svegli)`;

const bareMinutes = (before: string, next: string): GrammarRule => ({
  name: 'offset-bare-minutes',
  re: pattern(String.raw`(?<p>${before}) (?<n>[1-5]\d|[5-9])(?= (?:${next})(?![^ ]))`),
  build: (g) => ({ kind: 'offset', amount: Number(g.n), unit: 'minute' }),
});

export const englishBareMinutes = bareMinutes('in', EN_NEXT);
export const italianBareMinutes = bareMinutes('tra|fra', IT_NEXT);
