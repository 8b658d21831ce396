import { t } from '../../i18n/catalog.js';
import type { ItemRef } from '../../kernel/actions.js';
import { keepFlow } from '../flows/cancel.js';
import { cancelItem } from '../flows/manage.js';
import { refusesCancel, smallTalkOf } from '../small-talk.js';
import { instantOf, startOfLocalDay } from '../../kernel/time.js';
import { keepClashFlow } from '../flows/keep-clash.js';
import { keepsAnyway } from '../keep-anyway.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { completePending } from '../../understanding/clarify.js';
import type { Understand } from '../../understanding/understand.js';
import type { Step } from '../flow.js';
import { mentionsDay, timeIssueText } from '../flows/when.js';
import { intentStep } from '../intents.js';
import { asClock, correctedWords } from './correction.js';
import { question, sameUnderstanding, type Pending } from '../pending.js';
import { UNDERSTAND_MAX_CHARS, type Route, type Turn } from '../turn.js';

/** An answer to a question acts on the whole request: the earlier words come first in the text. */
function answering(pending: Pending, step: Step): Step {
  const earlier = pending.requestText;
  if (!earlier) return step;
  return async (ctx) => {
    const text = `${earlier}\n${ctx.text}`;
    const result = await step({ ...ctx, text });
    return result.pending
      ? { ...result, pending: { ...result.pending, requestText: result.pending.requestText ?? text } }
      : result;
  };
}

/** A question the client may leave (the time of a date-only booking): an answer with no time leaves it; a request of its own is that request. */
function leftAsItIs(understand: Understand, msg: InboundMessage, turn: Turn): Promise<Step> {
  const text = msg.text.slice(0, UNDERSTAND_MAX_CHARS);
  return understand(text, { now: turn.now, tz: turn.tz, lang: turn.lang, llmAllowed: turn.llmAllowed }).then(
    ({ understanding }) =>
      understanding.intent === 'other'
        ? async (ctx) => ({ reply: { text: t(ctx.lang, 'bookingLeftAllDay') }, pending: null, understood: true })
        : intentStep(understanding, msg, turn),
  );
}

/** An answer that adds nothing keeps the question and the request as they were, and asks again. */
const askAgain =
  (pending: Pending): Step =>
  async (ctx) => ({
    reply: {
      text: `${t(ctx.lang, 'answerNotUnderstood')} ${question(pending.understanding, pending.missing, ctx.lang)}`,
    },
    pending: { ...pending },
    understood: true,
  });

/** Still missing something: asked again, saying first why a time named could not be used. */
function stillMissing(pending: Pending, completed: Pending['understanding'], missing: Pending['missing']): Step {
  const { timeIssue, ...understanding } = completed;
  return answering(pending, async (ctx) => {
    const asked = question(understanding, missing, ctx.lang);
    const text = timeIssue && missing.includes('when') ? `${timeIssueText(timeIssue, ctx.lang)} ${asked}` : asked;
    return {
      reply: { text },
      pending: { ...pending, understanding, missing, requestText: undefined },
      understood: true,
    };
  });
}

/**
 * "Annullo «…»?": a yes (👍, ok, va bene) cancels, a no ("no aspetta, lo teniamo") keeps it;
 * anything else is a message of its own.
 */
function confirmationAnswer(item: ItemRef, text: string): Step | undefined {
  if (smallTalkOf(text) === 'yes') return (ctx) => cancelItem(ctx, item);
  if (refusesCancel(text)) return (ctx) => keepFlow(ctx, item);
  return undefined;
}

/** "mettilo lo stesso alle 11" after a clash at 9:30 names another time: that is a new time, not a keep. */
function anotherTime(outcome: ReturnType<typeof completePending>, askedAt: string, tz: string): boolean {
  if (outcome.kind !== 'completed') return false;
  const at = instantOf(outcome.understanding.when, tz);
  return at !== undefined && at.toISOString() !== askedAt;
}

/**
 * "anzi alle 4", "facciamo alle 4", "make it 4" answering "which time?": the words after the
 * opener are the answer; a bare hour ("make it 4", "facciamo le 4") is that hour of the day.
 */
export function correctedTime(text: string, lang: string): string | undefined {
  const said = correctedWords(text)?.said;
  return said ? asClock(said, lang) : undefined;
}

/** The answer read as a time when it opens with a correction ("anzi alle 4"), else as written. */
function completeAnswer(pending: Pending, text: string, ctx: Parameters<typeof completePending>[3]) {
  const corrected = pending.missing.includes('when') ? correctedTime(text, ctx.lang ?? 'it') : undefined;
  if (corrected) {
    const outcome = completePending(pending.understanding, pending.missing, corrected, ctx);
    if (outcome.kind === 'completed') return outcome;
  }
  return completePending(pending.understanding, pending.missing, text, ctx);
}

/**
 * "grz mille x tutto", "a domani" while a question is open: thanks and goodbyes are no answer. They
 * get their word back; the question stays open (a time said later still completes it), and one the
 * request cannot do without is asked once more.
 */
function socialWhileAsked(pending: Pending, text: string): Step | undefined {
  const said = smallTalkOf(text);
  if (said !== 'thanks' && said !== 'farewell') return undefined;
  return async (ctx) => {
    const word = t(ctx.lang, said === 'thanks' ? 'youAreWelcome' : 'farewell');
    const again = pending.optional ? '' : ` ${question(pending.understanding, pending.missing, ctx.lang)}`;
    return { reply: { text: word + again }, pending: { ...pending }, understood: true };
  };
}

/** The answer to the open question: completes the request, drops it, or asks again. */
export function pendingAnswerRoute(understand: Understand): Route {
  return (msg, turn) => {
    const pending = turn.pending;
    const text = msg.text.slice(0, UNDERSTAND_MAX_CHARS);
    if (!pending || !text.trim()) return undefined;
    if (pending.confirmCancel) return confirmationAnswer(pending.confirmCancel, text);
    // "which request?" is answered with its buttons; a message meanwhile goes the normal way
    if (pending.held) return undefined;
    const social = pending.missing.length > 0 ? socialWhileAsked(pending, text) : undefined;
    if (social) return social;
    // "alle 15" after "giovedì hai già il dentista": the time applies to the day asked about.
    const now = pending.baseDay && !mentionsDay(text) ? startOfLocalDay(pending.baseDay, turn.tz) : turn.now;
    const outcome = completeAnswer(pending, text, {
      now,
      tz: turn.tz,
      lang: turn.lang,
    });
    if (pending.clashOffer && keepsAnyway(text) && !anotherTime(outcome, pending.clashOffer.startsAt, turn.tz)) {
      const key = pending.clashOffer.key;
      return (ctx) => keepClashFlow(ctx, key);
    }
    if (outcome.kind === 'dropped')
      return async (ctx) => ({ reply: { text: t(ctx.lang, 'pendingDropped') }, pending: null, understood: true });
    if (outcome.kind === 'completed')
      return answering(pending, intentStep(outcome.understanding, msg, turn, pending.itemRef));
    // After "Change time" the item is known: a time completes the answer without a description.
    if (outcome.kind === 'still_missing' && pending.itemRef && !outcome.missing.includes('when'))
      return answering(pending, intentStep(outcome.understanding, msg, turn, pending.itemRef));
    if (pending.optional) return leftAsItIs(understand, msg, turn);
    // a request of its own goes through the routes after this one
    if (outcome.kind === 'new_request') return undefined;
    if (sameUnderstanding(outcome.understanding, pending.understanding)) return askAgain(pending);
    return stillMissing(pending, outcome.understanding, outcome.missing);
  };
}
