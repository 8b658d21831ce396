import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';

/**
 * A remark after a comma about getting there or what comes next ("il dentista martedì alle 10, ci vogliono
 * 2 ore di macchina", "riunione con Bianchi, poi ho 3 ore di treno", "the dentist at 10, it takes 2 hours to
 * drive there") is no part of the booking's title: it opens with a verb of its own. Pure.
 */
const JOINS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['e', 'ma', 'poi', 'dopo', 'cmq', 'comunque', 'pero']),
  en: new Set(['and', 'but', 'then', 'after', 'anyway']),
};
const OPENERS: Record<Lang, readonly (readonly string[])[]> = {
  it: [['ci', 'vogliono'], ['ci', 'vuole'], ["c'", 'e'], ['ho'], ['sono'], ['devo'], ['dovrei'], ['saranno']],
  en: [
    ['it', 'takes'],
    ['it', "'s"],
    ['it', 'is'],
    ['takes'],
    ['i', 'have'],
    ['i', "'ve"],
    ['there', "'s"],
    ['there', 'is'],
  ],
};

export function beforeAsideClause(tokens: readonly Token[], indices: readonly number[], lang: Lang): number[] {
  const opens = (k: number): boolean => {
    let at = k;
    while (JOINS[lang].has(tokens[indices[at] ?? -1]?.norm ?? '')) at++;
    return OPENERS[lang].some((words) => words.every((w, n) => tokens[indices[at + n] ?? -1]?.norm === w));
  };
  const cut = indices.findIndex((i, k) => k > 0 && tokens[i]?.norm === ',' && opens(k + 1));
  return cut < 0 ? [...indices] : indices.slice(0, cut);
}
