import { smallTalkOf } from '../small-talk.js';
import { say, type Route } from '../turn.js';

/** "ciao", "ok", "👍", "grazie": a short answer, never the whole help (that is for /help and "cosa sai fare?"). */
export const smallTalkRoute: Route = (msg) => {
  const kind = msg.attachments.length ? undefined : smallTalkOf(msg.text);
  if (kind === 'greeting') return say('greeting');
  if (kind === 'thanks') return say('youAreWelcome');
  if (kind === 'farewell') return say('farewell');
  return kind ? say('acknowledged') : undefined;
};
