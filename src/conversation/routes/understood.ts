import type { Logger } from '../../infra/logger.js';
import type { Understand } from '../../understanding/understand.js';
import { intentStep } from '../intents.js';
import { UNDERSTAND_MAX_CHARS, type Route, type Turn } from '../turn.js';
import type { Understanding } from '../../understanding/contract.js';
import { mailReplyFlow, type Written } from '../flows/mail-reply.js';
import { fileStep } from './files.js';
import { cannotStandAlone, holdStep, isPlainText } from '../fragments.js';

/** The last route: the message is understood (rules, or the LLM when allowed) and goes to its intent's flow. */
export function understoodRoute(
  understand: Understand,
  logger: Logger,
  /** a reply to the client's e-mail is written (by the LLM, when allowed) before the transaction */
  writeReply?: (u: Understanding, turn: Turn) => Promise<Written | undefined>,
): Route {
  return async (msg, turn) => {
    const text = msg.text.slice(0, UNDERSTAND_MAX_CHARS);
    const { understanding, source, fallbackReason } = await understand(text, {
      now: turn.now,
      tz: turn.tz,
      lang: turn.lang,
      llmAllowed: turn.llmAllowed,
    });
    logger.info(
      { clientId: turn.clientId, intent: understanding.intent, source, fallbackReason, chars: msg.text.length },
      'message understood',
    );
    if (understanding.intent === 'other' && msg.attachments.length) return fileStep(msg);
    if (turn.mayHold && isPlainText(msg) && cannotStandAlone(understanding, text)) return holdStep(text, msg.chatId);
    if (understanding.intent === 'mail_reply' && writeReply) {
      const written = await writeReply(understanding, turn);
      return (ctx) => mailReplyFlow(ctx, { understanding, written });
    }
    return intentStep(understanding, msg, turn);
  };
}
