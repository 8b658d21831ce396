import { z } from 'zod';
import type { IncomingMail } from '../../infra/mail/parse.js';
import { errorMessage } from '../../kernel/errors.js';
import { askForJson, type MailLlmDeps } from './llm-json.js';
import type { TriageVerdict } from './triage.js';

/** What the LLM may decide for mail the rules have no firm verdict on. */
export type LlmTriage = 'ticket' | 'notified' | 'counted' | 'ignored';

/** Classifies one e-mail with an LLM; undefined when it fails, refuses or times out (the rules' verdict stands). */
export type TriageClassifier = (mail: IncomingMail) => Promise<LlmTriage | undefined>;

/** The LLM is asked at most this long before the rules' verdict stands. */
export const LLM_TRIAGE_TIMEOUT_MS = 10_000;

/** The e-mail's text sent to the model, at most. */
const TEXT_CHARS = 3000;

const SYSTEM_PROMPT = `You sort one e-mail received by a professional whose virtual office reads their mailbox.
Answer with exactly one category:
- "ticket": the sender asks something or expects an answer or an action;
- "notified": urgent, the professional must know at once;
- "counted": information only, nothing to answer (a confirmation, a receipt, an update);
- "ignored": promotional or marketing mail.
Answer as JSON: {"triage": "<category>"}.`;

const output = z.object({ triage: z.enum(['ticket', 'notified', 'counted', 'ignored']) });

const responseFormat = {
  type: 'json_schema' as const,
  json_schema: {
    name: 'triage',
    strict: true,
    schema: {
      type: 'object',
      properties: { triage: { type: 'string', enum: ['ticket', 'notified', 'counted', 'ignored'] } },
      required: ['triage'],
      additionalProperties: false,
    },
  },
};

/** The model's answer, validated; throws when it is not one of the four categories. */
export function parseTriageAnswer(content: string | null | undefined): LlmTriage {
  let json: unknown;
  try {
    json = JSON.parse(content ?? 'null');
  } catch {
    throw new Error('the model did not answer JSON');
  }
  const parsed = output.safeParse(json);
  if (!parsed.success) throw new Error('the model answered without a triage category');
  return parsed.data.triage;
}

/**
 * Whether the rules decided for good: mail nobody answers (automatic, lists, spam), the
 * client's own, and a VIP's. Everything else may be classified by the LLM.
 */
export function isFirmVerdict(verdict: TriageVerdict): boolean {
  return verdict.triage === 'ignored' || verdict.reason === 'vip';
}

/** The LLM's verdict, its source kept in the reason ("llm:…"; every other reason comes from the rules). */
export function llmVerdict(triage: LlmTriage): { triage: LlmTriage; reason: string } {
  return { triage, reason: `llm:${triage}` };
}

/** The e-mail triage on the configured OpenAI-compatible API; a failure is logged in one line, without the mail's words. */
export function createTriageClassifier(deps: MailLlmDeps): TriageClassifier {
  return async (mail) => {
    const user = {
      from: mail.from?.address ?? '',
      subject: mail.subject,
      text: mail.text.slice(0, TEXT_CHARS),
    };
    try {
      const content = await askForJson(deps, SYSTEM_PROMPT, user, responseFormat);
      return parseTriageAnswer(content);
    } catch (err) {
      deps.logger.warn({ err: errorMessage(err) }, 'LLM e-mail triage failed, the rules\u2019 verdict stands');
      return undefined;
    }
  };
}
