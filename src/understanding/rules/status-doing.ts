import type { Lang } from '../contract.js';
import type { Analysis } from '../analyze.js';

/**
 * "sto facendo una piega fino alle 4", "I'm doing a colour until 5": a client in the middle of
 * their work (the progressive, then what they do) until a time is busy until then.
 */
const DOING: Record<Lang, { subjects: readonly (readonly string[])[]; verb: RegExp }> = {
  it: { subjects: [['sto']], verb: /^[a-z]{3,}(?:ando|endo)$/ },
  en: { subjects: [['i', "'m"], ['im'], ['i', 'am']], verb: /^[a-z]{3,}ing$/ },
};

/** how many words what the client is doing may take before its end ("una piega alla signora Rossi") */
export const DOING_REACH = 6;

/** "sto facendo", "I'm doing": the progressive that opens what the client is busy with; its length in tokens. */
export function doingLead(analysis: Analysis, i: number): number | undefined {
  const { subjects, verb } = DOING[analysis.lang];
  const at = (phrase: readonly string[]) =>
    phrase.every((word, k) => analysis.tokens[i + k]?.norm === word && !analysis.consumed[i + k]);
  const subject = subjects.find(at);
  if (subject === undefined) return undefined;
  const gerund = analysis.tokens[i + subject.length];
  const isGerund = gerund !== undefined && !analysis.consumed[i + subject.length] && verb.test(gerund.norm);
  return isGerund ? subject.length + 1 : undefined;
}
