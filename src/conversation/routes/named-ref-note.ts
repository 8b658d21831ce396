import type { Understand } from '../../understanding/understand.js';
import type { FlowContext, FlowResult } from '../flow.js';
import { isPlainText } from '../fragments.js';
import { withOpenRequest } from '../named-ref.js';
import { UNDERSTAND_MAX_CHARS, type Route } from '../turn.js';
import { isNewsForRequest, noteToRequest } from './about-request.js';
import { addedWords } from './addition.js';

/**
 * "per la richiesta 1003: …", "x la pratica 1003, …", "riguardo alla #1003 …", "richiesta 1003: …",
 * "re request 1003, …", "about ticket 1003 - …": a message opening on a request's number, then the
 * words about it. A bare "#" takes three digits or more ("#1 priorità: …" names no request).
 */
const namedOpener = new RegExp(
  String.raw`^(?:(?:ah|oh|e|ok|okay|poi|allora|senti|and|so)[,\s]+)*` +
    String.raw`(?:(?:per|x|riguardo(?:\s+a)?|quanto\s+a|circa|about|regarding|as\s+for|re:?|on|for)\s+)?` +
    String.raw`(?:(?:il|lo|la|l'|al|alla|all'|the|my)\s*)?` +
    String.raw`(?:(?:richiesta|pratica|request|ticket|riferimento|reference|rif\.?|ref\.?)\s*(?:n\.|nr\.?|#)?\s*|#\s*(?=\d{3}))` +
    String.raw`(\d{1,9})(?![\p{L}\p{N}])\s*(?:[:,.;–—-]\s*)?`,
  'iu',
);

/** The number a message opens on and the words said about it ("aggiungi che" left out), or undefined. Pure. */
export function namedNote(text: string): { ref: number; words: string } | undefined {
  const trimmed = text.trim();
  const opener = namedOpener.exec(trimmed);
  if (!opener) return undefined;
  const rest = trimmed.slice(opener[0].length).trim();
  if (!/\p{L}/u.test(rest)) return undefined;
  return { ref: Number(opener[1]), words: addedWords(rest) ?? rest };
}

/** The note goes to the request named; a number not theirs or a request closed is said so, nothing is added elsewhere. */
async function toNamed(ctx: FlowContext, ref: number, words: string): Promise<FlowResult> {
  return withOpenRequest(ctx, ref, 'refClosedNoNote', (request) => noteToRequest(ctx, request, words));
}

/**
 * "per la richiesta 1003: aggiungi che serve entro venerdì" while an assistant talks with the
 * client about another request: the number names where the words go, whatever request is in
 * conversation. A question ("rif 1003 a che punto siamo?"), a move or a cancel by number, or a
 * request of its own go their way.
 */
export function namedRefNoteRoute(understand: Understand): Route {
  return async (msg, turn) => {
    if ((turn.pending && !turn.pending.held) || !isPlainText(msg)) return undefined;
    const text = msg.text.slice(0, UNDERSTAND_MAX_CHARS).trim();
    const note = namedNote(text);
    if (!note) return undefined;
    if (!(await isNewsForRequest(understand, text, turn))) return undefined;
    return (ctx) => toNamed(ctx, note.ref, note.words);
  };
}
