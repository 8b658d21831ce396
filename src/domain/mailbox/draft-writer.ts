import { z } from 'zod';
import { errorMessage } from '../../kernel/errors.js';
import type { Lang } from '../../understanding/contract.js';
import { askForJson, type MailLlmDeps } from './llm-json.js';

/** What a reply is written from: the e-mail answered, who answers, and what they want said (if they said it). */
export interface DraftRequest {
  lang: Lang;
  /** the client, who signs the reply */
  signer: string;
  original: { from: string; subject: string | null; text: string | null };
  /** the client's words for the answer; absent for a suggestion to the desk */
  words?: string;
}

/** Writes a reply with an LLM; undefined when it fails or refuses (the caller has a plain template). */
export type DraftWriter = (request: DraftRequest) => Promise<string | undefined>;

/** The e-mail's text sent to the model, at most. */
const ORIGINAL_CHARS = 4000;

const SYSTEM_PROMPT = `You write the reply to one e-mail on behalf of the person who received it (a professional whose virtual office writes for them).
Write in the language asked, as plain text: a greeting, the answer, a sign-off with the signer's name. No subject line, no placeholders, no markdown.
When "words" are given they are what the person wants to answer: say exactly that, politely, adding no fact, date, price or promise they did not give.
When no words are given, write a short answer that acknowledges the e-mail and says a fuller answer follows, promising nothing specific.
Answer as JSON: {"reply": "<the e-mail text>"}.`;

const output = z.object({ reply: z.string().min(1).max(10_000) });

const responseFormat = {
  type: 'json_schema' as const,
  json_schema: {
    name: 'reply',
    strict: true,
    schema: {
      type: 'object',
      properties: { reply: { type: 'string' } },
      required: ['reply'],
      additionalProperties: false,
    },
  },
};

/** The e-mail reply writer on the configured OpenAI-compatible API; failures are logged without the mail's words. */
export function createDraftWriter(deps: MailLlmDeps): DraftWriter {
  return async (request) => {
    const user = {
      language: request.lang === 'it' ? 'Italian' : 'English',
      signer: request.signer,
      email: { ...request.original, text: (request.original.text ?? '').slice(0, ORIGINAL_CHARS) },
      ...(request.words ? { words: request.words } : {}),
    };
    try {
      const content = await askForJson(deps, SYSTEM_PROMPT, user, responseFormat);
      const parsed = output.safeParse(JSON.parse(content ?? 'null'));
      if (!parsed.success) throw new Error('the model answered without a reply');
      return parsed.data.reply.trim();
    } catch (err) {
      deps.logger.warn({ err: errorMessage(err) }, 'LLM reply draft failed, the plain template is used');
      return undefined;
    }
  };
}
