import type { Db } from '../../infra/db/types.js';
import { confirmGuess } from '../flows/cancel.js';
import { isPlainText } from '../fragments.js';
import { justMade } from '../just-made.js';
import type { Route } from '../turn.js';

/**
 * "annullala", "toglilo pure", "lasciala perdere", "cancel it": a cancel with only a pronoun for
 * its item, nothing else in the message. Pure.
 */
export function cancelsByPronoun(text: string): boolean {
  const said = text
    .trim()
    .toLowerCase()
    .replace(/[.!?\s]+$/u, '');
  return IT_PRONOUN_CANCEL.test(said) || EN_PRONOUN_CANCEL.test(said);
}

const OPENERS = String.raw`(?:(?:ok|okay|allora|anzi|senti|no|actually|oh)[\s,]+)*`;
const IT_PRONOUN_CANCEL = new RegExp(
  String.raw`^${OPENERS}(?:(?:annulla|cancella|elimina|disdici|togli)(?:l[aoei]|li)|(?:lascia|lasciamo)l[aoei]\s+(?:perdere|stare))(?:[\s,]+(?:pure|allora|grazie|dai))*$`,
  'u',
);
const EN_PRONOUN_CANCEL = new RegExp(
  String.raw`^${OPENERS}(?:cancel|scrap|drop|delete|remove)\s+(?:it|that)(?:[\s,]+(?:please|thanks|then))*$`,
  'u',
);

/**
 * "annullala" right after the bot confirmed what the previous message made: that item, asked
 * first (a pronoun is a guess, however likely), never another one. With nothing just made the
 * understanding answers as before.
 */
export function pronounCancelRoute(db: Db): Route {
  return async (msg, turn) => {
    if (turn.pending || !isPlainText(msg) || !cancelsByPronoun(msg.text)) return undefined;
    const made = await justMade(db, turn.conversationId, turn.clientId);
    if (!made) return undefined;
    return (ctx) => confirmGuess(ctx, { kind: made.kind, id: made.id });
  };
}
