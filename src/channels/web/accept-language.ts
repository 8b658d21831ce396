import { languages, type Lang } from '../../understanding/contract.js';

/**
 * The first language Delego speaks among those the browser asks for, by preference
 * ("en-GB;q=0.8, it;q=0.9" is Italian), else the fallback.
 */
export function pickLang(acceptLanguage: string | undefined, fallback: Lang): Lang {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const match = ranked.find((entry) => (languages as readonly string[]).includes(entry.base));
  return match ? (match.base as Lang) : fallback;
}
