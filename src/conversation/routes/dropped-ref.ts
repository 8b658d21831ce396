import { cancelFlow } from '../flows/cancel.js';
import { isPlainText } from '../fragments.js';
import { droppedRef } from '../refs.js';
import type { Route } from '../turn.js';

/**
 * "pratica 1005 lasciala perdere, l'idraulico l'ho trovato io", "#1006 annullalo": a request named
 * by its number with words that drop it is cancelled like "annulla la richiesta 1005" (asked
 * first when an assistant already works on it), however the rest of the message reads, and
 * whatever thread the client is in.
 */
export const droppedRefRoute: Route = (msg) => {
  if (!isPlainText(msg)) return undefined;
  const ref = droppedRef(msg.text);
  if (ref === undefined) return undefined;
  return (ctx) => cancelFlow(ctx, { intent: 'cancel', ref });
};
