import type { Understand } from '../../understanding/understand.js';
import { isGibberish } from '../context.js';
import { isPlainText } from '../fragments.js';
import { say, UNDERSTAND_MAX_CHARS, type Route } from '../turn.js';

/**
 * "asdjk ricrdm qll cs dll tto ke ti dcv ieri bho": words nobody can read get "non ho capito,
 * puoi riformulare?" in the client's language. They are never joined to the message before,
 * passed to an assistant or held with words waiting for a tap; an open question is asked again instead.
 */
export function gibberishRoute(understand: Understand): Route {
  return async (msg, turn) => {
    // an open question is asked again by its own route ("Non ho capito la risposta. Quando…?")
    const question = turn.pending && !turn.pending.held && !turn.pending.fragment;
    if (question || !isPlainText(msg) || !isGibberish(msg.text)) return undefined;
    const { understanding } = await understand(msg.text.slice(0, UNDERSTAND_MAX_CHARS), {
      now: turn.now,
      tz: turn.tz,
      lang: turn.lang,
      llmAllowed: false,
    });
    if (understanding.intent !== 'other' || understanding.when) return undefined;
    return say('notUnderstoodRephrase', false);
  };
}
