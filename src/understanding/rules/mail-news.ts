import type { Analysis } from '../analyze.js';
import type { Lang, Understanding } from '../contract.js';
import type { Token } from '../normalize.js';
import { phrases, phrasesStartingWith, type Phrase } from './cues.js';

/**
 * The client asking what came into their mailbox: "cosa c'è di nuovo nella posta?", "mi sono
 * arrivate email?", "anything new in my email?". It takes a word for the mailbox, a word for
 * what is new or arrived, and a question (or "dimmi", "tell me"); a verb that asks the office
 * to write, send, forward or answer makes it a request instead.
 */
interface MailCues {
  mail: ReadonlySet<string>;
  news: Phrase[];
  /** openers that ask without a question mark */
  asks: Phrase[];
  /** the office asked to do something with e-mail: a task, not a question */
  work: ReadonlySet<string>;
}

const cues: Record<Lang, MailCues> = {
  it: {
    mail: new Set(['posta', 'email', 'mail', 'emails', 'mails', 'casella', 'inbox']),
    news: phrases('it', [
      'di nuovo',
      'novità',
      'nuove',
      'nuova',
      'nuovi',
      'arrivato',
      'arrivata',
      'arrivate',
      'arrivati',
      'ricevuto',
      'ricevute',
      'ricevuti',
      'chi mi ha scritto',
      "cosa c'è",
      "che c'è",
      'ci sono',
    ]),
    asks: phrases('it', ['dimmi', 'fammi sapere', 'controlla', 'guarda', 'dammi']),
    work: new Set([
      ...['scrivi', 'scrivere', 'scrivete', 'manda', 'mandare', 'mandate', 'invia', 'inviare', 'inviate'],
      ...['inoltra', 'inoltrare', 'inoltrate', 'rispondi', 'rispondere', 'rispondete', 'prepara', 'preparare'],
    ]),
  },
  en: {
    mail: new Set(['email', 'emails', 'mail', 'mails', 'inbox', 'mailbox']),
    news: phrases('en', [
      'new',
      'come in',
      'came in',
      'arrived',
      'received',
      'did i get',
      'have i got',
      'any',
      'who wrote',
      "what's in",
      'what is in',
    ]),
    asks: phrases('en', ['tell me', 'show me', 'check', 'let me know']),
    work: new Set(['write', 'send', 'forward', 'reply', 'answer', 'draft', 'compose']),
  },
};

function hasPhrase(tokens: readonly Token[], list: readonly Phrase[], from = 0, to = tokens.length): boolean {
  for (let i = from; i < to; i++) {
    const starting = phrasesStartingWith(list, tokens[i]!.norm);
    if (starting.some((p) => p.every((word, k) => tokens[i + k]?.norm === word))) return true;
  }
  return false;
}

/** A question about what came into the client's mailbox; undefined otherwise. */
export function readMailQuestion(analysis: Analysis): Understanding | undefined {
  const { tokens, lang } = analysis;
  const c = cues[lang];
  if (!tokens.some((t) => c.mail.has(t.norm))) return undefined;
  if (tokens.some((t) => c.work.has(t.norm))) return undefined;
  const first = tokens.findIndex((t) => t.kind !== 'punct');
  const asked = tokens.some((t) => t.norm === '?') || hasPhrase(tokens, c.asks, first, first + 1);
  if (!asked || !hasPhrase(tokens, c.news)) return undefined;
  return { intent: 'mail_news' };
}
