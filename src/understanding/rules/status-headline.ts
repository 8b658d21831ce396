import type { AvailabilityKind } from '../contract.js';
import type { Analysis } from '../analyze.js';
import { lookupVerb } from './verbs.js';

/** how many words a headline with no subject nor preposition may take ("gym", "school run", "picking up the kids") */
const HEADLINE_WORDS = 4;
/** a need before the end is a request with a deadline, not where the client is ("need the report till friday") */
/** only a plain end makes a headline ("for friday", "per le 5" are a purpose or a time) */
const END_WORDS: ReadonlySet<string> = new Set(['fino', 'finche', 'until', 'till', 'til']);
/** "doing school drop off", "finishing the pick up": what follows these is what the client does, verbs as nouns too */
const GERUNDS: ReadonlySet<string> = new Set(['doing', 'finishing', 'running', 'handling', 'covering']);
const NEEDS: ReadonlySet<string> = new Set(['need', 'needs', 'want', 'serve', 'servono', 'voglio', 'devo', 'bisogna']);

/**
 * "gym till 7", "with a client till 6", "palestra fino alle 7", "picking up the kids till 6": a few
 * words with no request verb, then the end ("till", "fino"), is where the client is until then.
 */
export function bareHeadline(analysis: Analysis, i: number): { kind: AvailabilityKind; length: number } | undefined {
  const { tokens, consumed } = analysis;
  const end = analysis.matches.find((m) => m.first > i && m.first <= i + HEADLINE_WORDS + 1);
  if (end === undefined || end.component.kind === 'amount') return undefined;
  const word = END_WORDS.has(tokens[end.first - 1]?.norm ?? '');
  if (!word && !END_WORDS.has(end.prep?.split(' ')[0] ?? '')) return undefined;
  const until = word ? end.first - 1 : end.first;
  const words = tokens.slice(i, until);
  // "doing school drop off till 9": after a gerund the words are what the client does, verbs as nouns too
  const first = words[0]?.norm ?? '';
  const doing = analysis.lang === 'en' && GERUNDS.has(first);
  const plain = (t: (typeof tokens)[number], k: number) =>
    t.kind === 'word' && !consumed[i + k] && !NEEDS.has(t.norm) && (doing || !lookupVerb(t.norm, analysis.lang));
  return words.length > 0 && words.every(plain) ? { kind: 'busy', length: until - i } : undefined;
}

/** words that may close a status after its end: "txt if urgent", "then free", "then at my desk" */
export const STATUS_TAIL_WORDS: readonly string[] = [
  ...['txt', 'text', 'msg', 'message', 'email', 'whatsapp', 'ring', 'call', 'only', 'urgent', 'needed', 'necessary'],
  ...['emergency', 'emergencies', 'its', "it's", 'it', 'is', 'unless', 'then', 'free', 'after', 'afterwards'],
  ...['available', 'back', 'in', 'my', 'desk', 'office', 'home'],
  // "… so no replies", "…, phone off", "… no signal": why the office hears nothing (batch 22)
  ...['so', 'no', 'replies', 'reply', 'calls', 'texts', 'messages', 'phone', 'off', 'signal', 'reception'],
];
